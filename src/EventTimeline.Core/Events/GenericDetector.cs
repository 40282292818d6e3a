using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>Tells a trigger that names no particular event (a habit, a standing condition, the writer's own doing) from one that reports an occurrence, read from Resources/events/generic-cues.json.</summary>
/// <remarks>
/// Generic: "every" and a time unit, or a habitual phrase, in the trigger's clause ("every 20 years or so, there will be big floods"); a noun
/// trigger inside a phrase of condition ("with the approval of the Unified Command"); a verb right after "I" outside a quotation ("i claimed
/// for my salary"), the writer's aside in a comment or a blog; a verb whose subject is an indefinite pronoun ("someone warns me"); a noun
/// held, not done ("Taiwan currently has supplies", "companies have plans"); a counted plural of statements ("after 10 GAO reports"); a
/// gerund naming a skill ("experts in capturing and caring for sea life").
/// Such a trigger yields no event mention. Immutable and thread-safe.
/// </remarks>
internal sealed class GenericDetector
{
    private static readonly Lazy<GenericDetector> _builtIn = new(() => Parse(ResourceFile.ReadText("events/generic-cues.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    // How many words after "every" a time unit may stand ("every 20 years", "every other week").
    private const int EveryWindow = 3;

    private readonly ImmutableHashSet<string> _units;
    private readonly ImmutableArray<ImmutableArray<string>> _habitual;
    private readonly ImmutableArray<ImmutableArray<string>> _conditions;
    private readonly ImmutableHashSet<string> _writerSubjects;
    private readonly ImmutableHashSet<string> _writerBetween;
    private readonly ImmutableHashSet<string> _indefiniteSubjects;
    private readonly ImmutableHashSet<string> _holdingVerbs;
    private readonly ImmutableHashSet<string> _holdingBetween;
    private readonly ImmutableHashSet<string> _heldNouns;
    private readonly ImmutableHashSet<string> _counters;
    private readonly ImmutableArray<ImmutableArray<string>> _skills;

    private GenericDetector(
        ImmutableHashSet<string> units,
        ImmutableArray<ImmutableArray<string>> habitual,
        ImmutableArray<ImmutableArray<string>> conditions,
        ImmutableHashSet<string> writerSubjects,
        ImmutableHashSet<string> writerBetween,
        ImmutableHashSet<string> indefiniteSubjects,
        ImmutableHashSet<string> holdingVerbs,
        ImmutableHashSet<string> holdingBetween,
        ImmutableHashSet<string> heldNouns,
        ImmutableHashSet<string> counters,
        ImmutableArray<ImmutableArray<string>> skills)
    {
        _units = units;
        _habitual = habitual;
        _conditions = conditions;
        _writerSubjects = writerSubjects;
        _writerBetween = writerBetween;
        _indefiniteSubjects = indefiniteSubjects;
        _holdingVerbs = holdingVerbs;
        _holdingBetween = holdingBetween;
        _heldNouns = heldNouns;
        _counters = counters;
        _skills = skills;
    }

    /// <summary>The embedded cues, loaded once.</summary>
    public static GenericDetector BuiltIn => _builtIn.Value;

    /// <summary>Builds a detector from a JSON document in the shape of Resources/events/generic-cues.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static GenericDetector Parse(string json)
    {
        var file = RuleJson.Deserialize<CueFile>(json, "generic cues");
        return new GenericDetector(
            Set(file.Units),
            StatusCues.Phrases(file.HabitualPhrases),
            StatusCues.Phrases(file.Conditions),
            Set(file.WriterSubjects),
            Set(file.WriterBetween),
            Set(file.IndefiniteSubjects),
            Set(file.HoldingVerbs),
            Set(file.HoldingBetween),
            Set(file.HeldNouns),
            Set(file.Counters),
            StatusCues.Phrases(file.SkillPhrases));
    }

    /// <summary>Returns whether <paramref name="trigger"/> names no particular event; a <paramref name="reporting"/> trigger (a statement) is never habitual by the words of what it reports.</summary>
    public bool IsGeneric(SentenceView view, FoundTrigger trigger, bool reporting)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        return (!reporting && Habitual(view, trigger))
            || (trigger.Nominal && InCondition(view, trigger))

            // Read as a noun whatever the tagger made of it: "have plans", "10 GAO reports" take no verb there.
            || Held(view, trigger) || (reporting && Counted(view, trigger)) || Skill(view, trigger)
            || (!trigger.Nominal && (ByWriter(view, trigger) || _indefiniteSubjects.Contains(view.WordAt(SubjectBefore(view, trigger)))));
    }

    // "Taiwan currently has supplies of ...", "companies have plans with ...": a thing held, not an act.
    private bool Held(SentenceView view, FoundTrigger trigger)
    {
        if (trigger.First != trigger.Last || !_heldNouns.Contains(view.Tokens[trigger.First].Lower))
        {
            return false;
        }

        return _holdingVerbs.Contains(view.WordAt(Before(view, trigger.First, _holdingBetween)));
    }

    // "experts in capturing and caring for sea life": a gerund right after a phrase of skill names what someone can do, no act.
    private bool Skill(SentenceView view, FoundTrigger trigger)
    {
        if (!view.Tokens[trigger.First].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        return _skills.Any(phrase => phrase.Length <= trigger.First
            && Enumerable.Range(0, phrase.Length).All(k => view.WordAt(trigger.First - phrase.Length + k) == phrase[k]));
    }

    // "after 10 inspector general reports, 10 GAO reports": a plural of statements after a number or a quantifier, at most two words
    // between (what kind of report), counts many, none in particular.
    private bool Counted(SentenceView view, FoundTrigger trigger)
    {
        var form = view.Tokens[trigger.Last].Lower;
        if (!form.EndsWith('s') || form.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        for (var j = trigger.First - 1; j >= 0 && j >= trigger.First - 3; j--)
        {
            var token = view.Tokens[j];
            if (!token.IsWord)
            {
                return false;
            }

            if (_counters.Contains(token.Lower) || (char.IsDigit(token.Text[0]) && token.Text != "1"))
            {
                return true;
            }
        }

        return false;
    }

    // The word a verb's subject would stand at: right before it, past at most two of the writer's "between" words ("someone has warned").
    private int SubjectBefore(SentenceView view, FoundTrigger trigger) => Before(view, trigger.First, _writerBetween);

    // The index of the word before token `index`, past at most two of the `skipped` words ("someone has already", "currently has").
    private static int Before(SentenceView view, int index, ImmutableHashSet<string> skipped)
    {
        var j = index - 1;
        for (var between = 0; between < 2 && skipped.Contains(view.WordAt(j)); between++)
        {
            j--;
        }

        return j;
    }

    private bool Habitual(SentenceView view, FoundTrigger trigger)
    {
        var clause = view.ClauseAt(trigger.First);
        var words = new List<string>();
        for (var j = clause.Start; j < clause.End; j++)
        {
            if (view.Tokens[j].IsWord)
            {
                words.Add(view.Tokens[j].Lower);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "every" && Enumerable.Range(i + 1, EveryWindow).Any(k => k < words.Count && _units.Contains(words[k])))
            {
                return true;
            }

            if (_habitual.Any(phrase => StartsAt(words, i, phrase)))
            {
                return true;
            }
        }

        return false;
    }

    // The trigger's word stands inside one of the phrases, at the phrase's own place: "with the approval of".
    private bool InCondition(SentenceView view, FoundTrigger trigger)
    {
        foreach (var phrase in _conditions)
        {
            for (var k = 0; k < phrase.Length; k++)
            {
                var start = trigger.First - k;
                if (start >= 0 && start + phrase.Length <= view.Tokens.Length
                    && Enumerable.Range(0, phrase.Length).All(m => view.WordAt(start + m) == phrase[m])
                    && trigger.Last < start + phrase.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool ByWriter(SentenceView view, FoundTrigger trigger)
    {
        if (view.InQuote[trigger.First])
        {
            return false;
        }

        var j = SubjectBefore(view, trigger);
        return _writerSubjects.Contains(view.WordAt(j)) && !view.InQuote[j];
    }

    private static bool StartsAt(List<string> words, int start, ImmutableArray<string> phrase) =>
        start + phrase.Length <= words.Count && Enumerable.Range(0, phrase.Length).All(k => words[start + k] == phrase[k]);

    private static ImmutableHashSet<string> Set(List<string>? words) =>
        (words ?? []).Select(word => word.ToLowerInvariant()).ToImmutableHashSet(StringComparer.Ordinal);

    private sealed class CueFile
    {
        public string? About { get; set; }

        public List<string>? Units { get; set; }

        public List<string>? HabitualPhrases { get; set; }

        public List<string>? Conditions { get; set; }

        public List<string>? WriterSubjects { get; set; }

        public List<string>? WriterBetween { get; set; }

        public List<string>? IndefiniteSubjects { get; set; }

        public List<string>? HoldingVerbs { get; set; }

        public List<string>? HoldingBetween { get; set; }

        public List<string>? HeldNouns { get; set; }

        public List<string>? Counters { get; set; }

        public List<string>? SkillPhrases { get; set; }
    }
}
