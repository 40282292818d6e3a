namespace EventTimeline.Time;

/// <summary>Thrown when a temporal engine could not tag a batch (its process died, hung or rejected the text); the pipeline retries the batch's documents one by one and marks the ones that still fail.</summary>
public sealed class TaggingFailedException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public TaggingFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public TaggingFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TaggingFailedException()
        : base("the temporal engine could not tag the text")
    {
    }
}
