namespace EventTimeline.Evaluation;

/// <summary>The temporal relations a timeline produces: x ends before y starts, or x and y share start and end.</summary>
internal enum TemporalRelation
{
    Before,
    Simultaneous,
}

/// <summary>A relation between two entities (events or time anchors) named by id.</summary>
internal sealed record TemporalLink(string Source, string Target, TemporalRelation Relation);

/// <summary>What a graph says about a relation.</summary>
internal enum Entailment
{
    Unknown,
    Entailed,
    Contradicted,
}

/// <summary>Interval entities as pairs of points (start &lt; end) under the point algebra {&lt;, =}: the closure of what was added, built incrementally.</summary>
/// <remarks>Equal points are merged (union–find); the strict order between merged points is a DAG, and p &lt; q holds in the
/// closure exactly when q's class is reachable from p's. Additions that would make a cycle are refused, so the DAG stays acyclic.</remarks>
internal sealed class TemporalGraph
{
    private readonly Dictionary<string, int> _entities = new(StringComparer.Ordinal);
    private readonly List<int> _parent = [];
    private readonly List<HashSet<int>> _successors = [];

    public bool Contains(string entity) => _entities.ContainsKey(entity);

    public Entailment Check(TemporalLink link)
    {
        if (!_entities.TryGetValue(link.Source, out var x) || !_entities.TryGetValue(link.Target, out var y))
        {
            return Entailment.Unknown;
        }

        if (link.Relation == TemporalRelation.Before)
        {
            var (end, start) = (End(x), Start(y));
            if (Less(end, start))
            {
                return Entailment.Entailed;
            }

            return Same(end, start) || Less(start, end) ? Entailment.Contradicted : Entailment.Unknown;
        }

        var pairs = new[] { (Start(x), Start(y)), (End(x), End(y)) };
        if (pairs.All(p => Same(p.Item1, p.Item2)))
        {
            return Entailment.Entailed;
        }

        // With start < end inside every interval, one pair ordered either way is the only way merging both pairs can close a cycle.
        return pairs.Any(p => Less(p.Item1, p.Item2) || Less(p.Item2, p.Item1)) ? Entailment.Contradicted : Entailment.Unknown;
    }

    /// <summary>Adds <paramref name="link"/>; the caller has checked it is not contradicted.</summary>
    public void Add(TemporalLink link)
    {
        var x = Entity(link.Source);
        var y = Entity(link.Target);
        if (link.Relation == TemporalRelation.Before)
        {
            _successors[Find(End(x))].Add(Start(y));
        }
        else
        {
            Union(Start(x), Start(y));
            Union(End(x), End(y));
        }
    }

    private static int Start(int entity) => 2 * entity;

    private static int End(int entity) => (2 * entity) + 1;

    private int Entity(string id)
    {
        if (_entities.TryGetValue(id, out var entity))
        {
            return entity;
        }

        entity = _entities.Count;
        _entities.Add(id, entity);
        _parent.Add(Start(entity));
        _parent.Add(End(entity));
        _successors.Add([End(entity)]);
        _successors.Add([]);
        return entity;
    }

    private int Find(int point)
    {
        var root = point;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (point != root)
        {
            var next = _parent[point];
            _parent[point] = root;
            point = next;
        }

        return root;
    }

    private bool Same(int p, int q) => Find(p) == Find(q);

    private void Union(int p, int q)
    {
        var (a, b) = (Find(p), Find(q));
        if (a == b)
        {
            return;
        }

        _parent[b] = a;
        _successors[a].UnionWith(_successors[b]);
        _successors[b].Clear();
    }

    // p < q in the closure: q's class is reachable from p's along at least one strict edge (classes differ, the DAG has no cycle).
    private bool Less(int p, int q)
    {
        var (from, to) = (Find(p), Find(q));
        if (from == to)
        {
            return false;
        }

        var seen = new HashSet<int> { from };
        var stack = new Stack<int>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            foreach (var next in _successors[stack.Pop()])
            {
                var root = Find(next);
                if (root == to)
                {
                    return true;
                }

                if (seen.Add(root))
                {
                    stack.Push(root);
                }
            }
        }

        return false;
    }
}
