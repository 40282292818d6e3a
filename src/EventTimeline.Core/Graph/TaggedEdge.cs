namespace EventTimeline.Graph;

/// <summary>A directed edge carrying a tag (QuikGraph's <c>TaggedEdge&lt;TVertex, TTag&gt;</c>); two edges with the same ends and tag are equal.</summary>
/// <typeparam name="TVertex">The vertex type.</typeparam>
/// <typeparam name="TTag">The tag type.</typeparam>
/// <param name="Source">The vertex the edge leaves.</param>
/// <param name="Target">The vertex the edge enters.</param>
/// <param name="Tag">What the edge says about its ends.</param>
internal sealed record TaggedEdge<TVertex, TTag>(TVertex Source, TVertex Target, TTag Tag) : IEdge<TVertex>;
