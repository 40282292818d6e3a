using System.Collections.Immutable;

using EventTimeline.Resources;
using EventTimeline.Text;

namespace EventTimeline.Events;

/// <summary>The event vocabulary: trigger surface forms ("warned", "phone call", "talks") to event types with their CAMEO code and Goldstein score.</summary>
/// <remarks>Immutable and thread-safe. Forms match case-insensitively after <see cref="PhraseKey"/> folding; a form shared by several types yields every type, in file order.</remarks>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> _builtIn = new(() => Parse(ResourceFile.ReadText("events/triggers.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseIndex<EventTrigger> _forms;
    private readonly ImmutableDictionary<string, EventType> _typesById;
    private readonly ImmutableDictionary<string, ImmutableArray<EventTrigger>> _triggersByType;
    private readonly ImmutableDictionary<(string, string), ImmutableHashSet<TriggerPos>> _readings;

    private EventLexicon(ImmutableArray<EventType> types, ImmutableArray<EventTrigger> triggers, ImmutableDictionary<(string, string), ImmutableHashSet<TriggerPos>> readings)
    {
        _readings = readings;
        Types = types;
        Triggers = triggers;
        _typesById = types.ToImmutableDictionary(type => type.Id, StringComparer.OrdinalIgnoreCase);
        _triggersByType = triggers
            .GroupBy(trigger => trigger.Type.Id, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
        var forms = new PhraseIndex<EventTrigger>.Builder();
        foreach (var trigger in triggers)
        {
            forms.Add(trigger.Form, trigger, CaseRule.Any);
        }

        _forms = forms.Build();
    }

    /// <summary>The embedded lexicon, loaded once.</summary>
    public static EventLexicon BuiltIn => _builtIn.Value;

    /// <summary>Every event type, in file order.</summary>
    public ImmutableArray<EventType> Types { get; }

    /// <summary>Every trigger form, one per form and type, in file order.</summary>
    public ImmutableArray<EventTrigger> Triggers { get; }

    /// <summary>The number of distinct trigger keys.</summary>
    public int FormCount => _forms.Count;

    /// <summary>Builds a lexicon from a JSON document in the shape of Resources/events/triggers.json.</summary>
    /// <exception cref="FormatException">The document is malformed or a type lacks an id or label.</exception>
    public static EventLexicon Parse(string json)
    {
        var file = TriggerFile.Parse(json);
        var types = ImmutableArray.CreateBuilder<EventType>();
        var triggers = ImmutableArray.CreateBuilder<EventTrigger>();
        var readings = new Dictionary<(string, string), ImmutableHashSet<TriggerPos>>();
        foreach (var entry in file.Types ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Label))
            {
                throw new FormatException("triggers: a type has no id or label");
            }

            var type = new EventType(entry.Id, entry.Label, entry.Cameo, entry.Goldstein, entry.Note);
            types.Add(type);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var trigger in entry.Triggers ?? [])
            {
                var pos = ParsePos(trigger.Pos, entry.Id);
                var lemma = trigger.Lemma ?? throw new FormatException($"triggers: a trigger of '{entry.Id}' has no lemma");
                foreach (var form in trigger.Forms ?? [])
                {
                    var key = (entry.Id, PhraseKey.Normalize(form));
                    readings[key] = (readings.TryGetValue(key, out var known) ? known : []).Add(pos);
                    // A form listed twice in one type ("meeting" as verb and noun) keeps its first reading.
                    if (seen.Add(PhraseKey.Normalize(form)))
                    {
                        triggers.Add(new EventTrigger(form, lemma, pos, type));
                    }
                }
            }
        }

        return new EventLexicon(types.ToImmutable(), triggers.ToImmutable(), readings.ToImmutableDictionary());
    }

    /// <summary>Every reading (verb, noun, phrase) the file gives <paramref name="form"/> in type <paramref name="typeId"/>, the ones a form listed twice does not keep included; empty when it is no form of the type.</summary>
    public ImmutableHashSet<TriggerPos> Readings(string typeId, string form)
    {
        ArgumentNullException.ThrowIfNull(typeId);
        ArgumentNullException.ThrowIfNull(form);
        return _readings.GetValueOrDefault((typeId, PhraseKey.Normalize(form)), []);
    }

    /// <summary>Returns the type with id <paramref name="id"/>, or null.</summary>
    public EventType? Type(string id) => _typesById.GetValueOrDefault(id);

    /// <summary>Returns the triggers of the type <paramref name="typeId"/>.</summary>
    public ImmutableArray<EventTrigger> TriggersOf(string typeId) => _triggersByType.GetValueOrDefault(typeId, []);

    /// <summary>Returns every trigger written <paramref name="surface"/>, one per type, in file order.</summary>
    public ImmutableArray<EventTrigger> Lookup(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return _forms.Lookup(surface);
    }

    /// <summary>Returns the first trigger written <paramref name="surface"/>, or null.</summary>
    public EventTrigger? Find(string surface)
    {
        var found = Lookup(surface);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>Returns the longest trigger starting at token <paramref name="start"/> ("called for" before "called"), or null.</summary>
    public PhraseMatch<EventTrigger>? LongestMatchAt(IReadOnlyList<string> tokens, int start) => _forms.LongestMatchAt(tokens, start);

    private static TriggerPos ParsePos(string? pos, string typeId)
    {
        return pos switch
        {
            "verb" => TriggerPos.Verb,
            "noun" => TriggerPos.Noun,
            "phrase" => TriggerPos.Phrase,
            _ => throw new FormatException($"triggers: a trigger of '{typeId}' has pos '{pos}'; expected verb, noun or phrase"),
        };
    }
}
