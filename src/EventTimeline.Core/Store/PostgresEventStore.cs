using System.Data.Common;

using Npgsql;

namespace EventTimeline.Store;

/// <summary>An event store in a PostgreSQL database (Npgsql): many worker processes on many machines fill it at once.</summary>
internal sealed class PostgresEventStore : SqlEventStore
{
    // Any number; it only has to be the same for every process creating the schema.
    private const long SchemaLock = 0x45_76_54_6C_53_74_6F_72;

    private readonly string _connectionString;

    private PostgresEventStore(NpgsqlConnection connection, string description, string connectionString)
        : base(connection, description)
    {
        _connectionString = connectionString;
    }

    /// <inheritdoc/>
    public override IEventStore Reopen() => Open(_connectionString);

    /// <inheritdoc/>
    protected override string BlobType => "BYTEA";

    /// <inheritdoc/>
    protected override string RealType => "DOUBLE PRECISION";

    /// <inheritdoc/>
    protected override string NowSeconds => "EXTRACT(EPOCH FROM clock_timestamp())::DOUBLE PRECISION";

    /// <inheritdoc/>
    protected override string ClusteredTable => string.Empty;

    /// <inheritdoc/>
    protected override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    /// <summary>Opens the store in the database of <paramref name="connectionString"/>, creating its tables when the database has none.</summary>
    public static PostgresEventStore Open(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreSchemaException($"not a PostgreSQL connection string: {e.Message}", e);
        }

        var description = $"PostgreSQL store {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            var store = new PostgresEventStore(connection, description, connectionString);
            store.EnsureSchema();
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or PostgresException)
        {
            connection.Dispose();
            throw new StoreSchemaException($"cannot open {description}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    protected override bool TableExists(DbTransaction? transaction, string table) =>
        Scalar(transaction, "SELECT to_regclass(@name)::TEXT", ("name", table)) is not null;

    /// <inheritdoc/>
    protected override void LockForSchema(DbTransaction transaction) => Execute(transaction, "SELECT pg_advisory_xact_lock(@lock)", ("lock", SchemaLock));
}
