namespace EventTimeline.Graph;

/// <summary>A directed edge between two vertices (QuikGraph's <c>IEdge&lt;TVertex&gt;</c>).</summary>
/// <typeparam name="TVertex">The vertex type.</typeparam>
internal interface IEdge<out TVertex>
{
    /// <summary>The vertex the edge leaves.</summary>
    TVertex Source { get; }

    /// <summary>The vertex the edge enters.</summary>
    TVertex Target { get; }
}
