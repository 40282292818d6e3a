using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>A group of event types whose mentions may merge.</summary>
/// <param name="Index">Position of the group in the file, used in blocking keys.</param>
/// <param name="Types">The types that merge with each other.</param>
/// <param name="Absorbs">Types of acts the group's types take in (a warning given during a call), empty for a plain group.</param>
/// <param name="MinSharedActors">How many actors two mentions must share.</param>
internal sealed record MergeGroup(int Index, ImmutableHashSet<string> Types, ImmutableHashSet<string> Absorbs, int MinSharedActors)
{
    /// <summary>Whether the group lets types <paramref name="a"/> and <paramref name="b"/> merge.</summary>
    public bool Joins(string a, string b)
    {
        if (Absorbs.IsEmpty)
        {
            return Types.Contains(a) && Types.Contains(b);
        }

        return (Types.Contains(a) && Absorbs.Contains(b)) || (Absorbs.Contains(a) && Types.Contains(b));
    }

    /// <summary>Whether the group mentions the type at all.</summary>
    public bool Covers(string type) => Types.Contains(type) || Absorbs.Contains(type);
}

/// <summary>Which event types may merge and which type a merged event takes, read from Resources/events/merge-rules.json.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class MergeRules
{
    private static readonly Lazy<MergeRules> _builtIn = new(() => Parse(ResourceFile.ReadText("events/merge-rules.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, int> _preference;

    private MergeRules(int reportedWindowDays, int reportedSupportDays, int vagueDays, int statementSupportDays, ImmutableHashSet<ActorKind> broadActorKinds, ImmutableArray<MergeGroup> groups, ImmutableArray<string> preference, ImmutableHashSet<string> sameSource, ImmutableHashSet<string> sameTarget, ImmutableHashSet<string> oncePerTarget)
    {
        ReportedWindowDays = reportedWindowDays;
        ReportedSupportDays = reportedSupportDays;
        VagueDays = vagueDays;
        StatementSupportDays = statementSupportDays;
        SameTarget = sameTarget;
        OncePerTarget = oncePerTarget;
        BroadActorKinds = broadActorKinds;
        SameSource = sameSource;
        Groups = groups;
        _preference = preference.Select((type, index) => (type, index))
            .GroupBy(pair => pair.type, StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.First().index, StringComparer.Ordinal);
    }

    /// <summary>The embedded rules, loaded once.</summary>
    public static MergeRules BuiltIn => _builtIn.Value;

    /// <summary>How many days before its publication date an undated report may still merge with a dated event.</summary>
    public int ReportedWindowDays { get; }

    /// <summary>How many days after a dated event an undated report's publication date supports that date by itself (else its document must name the date).</summary>
    public int ReportedSupportDays { get; }

    /// <summary>How many days wide a mention's own date may be before it counts as vague: a vague date joins a narrower event only where its document supports it, as a report's does.</summary>
    public int VagueDays { get; }

    /// <summary>How many days after a dated statement an undated report of the same speaker's words supports that date by itself (at most <see cref="ReportedSupportDays"/>).</summary>
    public int StatementSupportDays { get; }

    /// <summary>Types whose event is told by its target (an appointment, an arrest): mentions naming different specific targets, or a target and none, are two events.</summary>
    public ImmutableHashSet<string> SameTarget { get; }

    /// <summary>Types that befall a specific target once (a product's launch, a company's founding): a vague date naming the same target needs no other support to join the narrower event.</summary>
    public ImmutableHashSet<string> OncePerTarget { get; }

    /// <summary>Actor kinds that, shared alone, do not make two reports one event (countries and their governments).</summary>
    public ImmutableHashSet<ActorKind> BroadActorKinds { get; }

    /// <summary>Types whose mentions merge only when they share a doer.</summary>
    public ImmutableHashSet<string> SameSource { get; }

    /// <summary>The groups, in file order.</summary>
    public ImmutableArray<MergeGroup> Groups { get; }

    /// <summary>Returns the number of actors mentions of types <paramref name="a"/> and <paramref name="b"/> must share to merge, or null when they never merge.</summary>
    public int? SharedActorsNeeded(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        int? needed = null;
        foreach (var group in Groups)
        {
            if (group.Joins(a, b))
            {
                needed = needed is null ? group.MinSharedActors : Math.Min(needed.Value, group.MinSharedActors);
            }
        }

        return needed;
    }

    /// <summary>Returns the rank of <paramref name="type"/> when choosing a merged event's type (lower wins); unlisted types rank after listed ones.</summary>
    public int Rank(string type) => _preference.TryGetValue(type, out var rank) ? rank : _preference.Count;

    /// <summary>Returns the blocking families of <paramref name="type"/>: its own id and every group that covers it.</summary>
    public IEnumerable<string> Families(string type)
    {
        yield return "t:" + type;
        foreach (var group in Groups)
        {
            if (group.Covers(type))
            {
                yield return "g:" + group.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Builds rules from a JSON document in the shape of Resources/events/merge-rules.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static MergeRules Parse(string json)
    {
        var file = RuleJson.Deserialize<RuleFile>(json, "merge rules");
        var groups = ImmutableArray.CreateBuilder<MergeGroup>();
        foreach (var entry in file.Groups ?? [])
        {
            if (entry.Types is null || entry.Types.Count == 0)
            {
                throw new FormatException("merge rules: a group has no types");
            }

            groups.Add(new MergeGroup(
                groups.Count,
                entry.Types.ToImmutableHashSet(StringComparer.Ordinal),
                (entry.Absorbs ?? []).ToImmutableHashSet(StringComparer.Ordinal),
                Math.Max(1, entry.MinSharedActors ?? 1)));
        }

        var broad = ImmutableHashSet.CreateBuilder<ActorKind>();
        foreach (var name in file.BroadActorKinds ?? [])
        {
            if (!Enum.TryParse<ActorKind>(name, ignoreCase: true, out var kind))
            {
                throw new FormatException($"merge rules: unknown actor kind '{name}' in broadActorKinds");
            }

            broad.Add(kind);
        }

        return new MergeRules(
            Math.Max(0, file.ReportedWindowDays ?? 31),
            Math.Max(0, file.ReportedSupportDays ?? 3),
            Math.Max(0, file.VagueDays ?? 7),
            Math.Max(0, file.StatementSupportDays ?? file.ReportedSupportDays ?? 3),
            broad.ToImmutable(),
            groups.ToImmutable(),
            [.. file.Preference ?? []],
            (file.SameSource ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            (file.SameTarget ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            (file.OncePerTarget ?? []).ToImmutableHashSet(StringComparer.Ordinal));
    }

    private sealed class RuleFile
    {
        public string? About { get; set; }

        public int? ReportedWindowDays { get; set; }

        public int? ReportedSupportDays { get; set; }

        public int? VagueDays { get; set; }

        public int? StatementSupportDays { get; set; }

        public List<string>? BroadActorKinds { get; set; }

        public List<GroupEntry>? Groups { get; set; }

        public List<string>? Preference { get; set; }

        public List<string>? SameSource { get; set; }

        public List<string>? SameTarget { get; set; }

        public List<string>? OncePerTarget { get; set; }
    }

    private sealed class GroupEntry
    {
        public List<string>? Types { get; set; }

        public List<string>? Absorbs { get; set; }

        public int? MinSharedActors { get; set; }
    }
}
