namespace EventTimeline.Graph;

/// <summary>One directed edge of the actor/event graph, in the project's own terms: two vertex ids and what the edge says.</summary>
/// <param name="Source">The id the edge leaves.</param>
/// <param name="Target">The id the edge enters.</param>
/// <param name="Tag">What the edge says about its ends.</param>
internal sealed record GraphEdge(string Source, string Target, GraphEdgeTag Tag);
