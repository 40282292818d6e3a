namespace EventTimeline.Graph;

/// <summary>Which edges a walk may follow from a vertex.</summary>
internal enum EdgeDirection
{
    /// <summary>Edges leaving the vertex, source to target.</summary>
    Out,

    /// <summary>Edges entering the vertex, target to source.</summary>
    In,

    /// <summary>Edges either way, as if the graph were undirected.</summary>
    Both,
}
