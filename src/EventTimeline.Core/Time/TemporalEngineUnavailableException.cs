namespace EventTimeline.Time;

/// <summary>Thrown when a temporal engine cannot run on this machine (a runtime or its files are missing); the message is one line for the user.</summary>
public sealed class TemporalEngineUnavailableException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public TemporalEngineUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public TemporalEngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TemporalEngineUnavailableException()
        : base("the temporal engine is unavailable")
    {
    }
}
