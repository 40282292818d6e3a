namespace EventTimeline.Graph;

/// <summary>Thrown when an ordering is asked of a graph that has a cycle (QuikGraph's exception of the same name).</summary>
internal sealed class NonAcyclicGraphException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming a vertex on the cycle.</summary>
    public NonAcyclicGraphException(string message)
        : base(message)
    {
    }
}
