namespace EventTimeline.Store;

/// <summary>Opens the store a <c>--store</c> value names: a PostgreSQL connection string ("Host=…;Database=…") or the path of an SQLite file.</summary>
internal static class EventStores
{
    /// <summary>Whether <paramref name="store"/> is a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgres(string store) =>
        store.Contains("Host=", StringComparison.OrdinalIgnoreCase) || store.Contains("Server=", StringComparison.OrdinalIgnoreCase)
        || store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when new) the store <paramref name="store"/> names.</summary>
    /// <exception cref="StoreSchemaException">It cannot be opened, or is not a store this tool can read.</exception>
    public static IEventStore Open(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        return IsPostgres(store) ? PostgresEventStore.Open(store) : SqliteEventStore.Open(store);
    }
}
