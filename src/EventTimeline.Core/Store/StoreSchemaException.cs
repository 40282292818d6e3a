namespace EventTimeline.Store;

/// <summary>The database is not an event store this tool can read (a newer schema, another program's tables), or cannot be opened.</summary>
internal sealed class StoreSchemaException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public StoreSchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public StoreSchemaException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
