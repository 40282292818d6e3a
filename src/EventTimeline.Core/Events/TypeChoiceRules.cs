using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>What a trigger's context must hold for one of its event types to be chosen.</summary>
/// <param name="Type">The event type the rule is about.</param>
/// <param name="Forms">Lower-case trigger forms it applies to; empty for every form of the type.</param>
/// <param name="Window">How many words around the trigger are looked at.</param>
/// <param name="AfterOnly">Only words after the trigger count.</param>
/// <param name="Words">Context words, lower case; empty when the rule has no word condition.</param>
/// <param name="ActorKinds">Kinds of actor whose mention in the window meets the rule.</param>
/// <param name="ActorAfter">An actor mention starting within the window after the trigger meets the rule.</param>
/// <param name="NotAfterActor">Words that keep such an actor from meeting the rule when they follow it right away ("called Smith a liar": the verb names, it does not phone); "'s" stands for a possessive actor.</param>
/// <param name="HasRequirement">Whether the rule requires anything at all (a rule may only forbid neighbours).</param>
/// <param name="NotAfter">Words that must not stand right before the trigger.</param>
/// <param name="NotBefore">Words that must not stand right after the trigger.</param>
/// <param name="OtherwiseForms">Forms that take <paramref name="OtherwiseType"/> when the requirement fails.</param>
/// <param name="OtherwiseType">The type to use instead when the requirement fails, or null.</param>
internal sealed record TypeChoiceRule(
    string Type,
    ImmutableHashSet<string> Forms,
    int Window,
    bool AfterOnly,
    ImmutableHashSet<string> Words,
    ImmutableHashSet<ActorKind> ActorKinds,
    bool ActorAfter,
    ImmutableHashSet<string> NotAfterActor,
    bool HasRequirement,
    ImmutableHashSet<string> NotAfter,
    ImmutableHashSet<string> NotBefore,
    ImmutableHashSet<string> OtherwiseForms,
    string? OtherwiseType)
{
    /// <summary>Whether the rule applies to a trigger written <paramref name="lowerForm"/>.</summary>
    public bool AppliesTo(string lowerForm) => Forms.IsEmpty || Forms.Contains(lowerForm);
}

/// <summary>The context rules that choose among a trigger's event types, read from Resources/events/type-choice.json.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class TypeChoiceRules
{
    private static readonly Lazy<TypeChoiceRules> _builtIn = new(() => Parse(ResourceFile.ReadText("events/type-choice.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, ImmutableArray<TypeChoiceRule>> _byType;

    private TypeChoiceRules(ImmutableArray<TypeChoiceRule> rules, ImmutableHashSet<string> modifierHeads)
    {
        Rules = rules;
        ModifierHeads = modifierHeads;
        _byType = rules.GroupBy(rule => rule.Type, StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The embedded rules, loaded once.</summary>
    public static TypeChoiceRules BuiltIn => _builtIn.Value;

    /// <summary>Nouns after which a trigger is a mere modifier ("talk show").</summary>
    public ImmutableHashSet<string> ModifierHeads { get; }

    /// <summary>Every rule, in file order.</summary>
    public ImmutableArray<TypeChoiceRule> Rules { get; }

    /// <summary>Returns the rules of <paramref name="typeId"/> that apply to the form <paramref name="lowerForm"/>.</summary>
    public IEnumerable<TypeChoiceRule> For(string typeId, string lowerForm)
    {
        return _byType.TryGetValue(typeId, out var rules) ? rules.Where(rule => rule.AppliesTo(lowerForm)) : [];
    }

    /// <summary>Builds rules from a JSON document in the shape of Resources/events/type-choice.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static TypeChoiceRules Parse(string json)
    {
        var file = RuleJson.Deserialize<RuleFile>(json, "type choice");
        var rules = ImmutableArray.CreateBuilder<TypeChoiceRule>();
        foreach (var entry in file.Rules ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Type))
            {
                throw new FormatException("type choice: a rule has no type");
            }

            var requires = entry.Requires;
            var kinds = (requires?.ActorKinds ?? []).Select(kind => ParseKind(kind, entry.Type)).ToImmutableHashSet();
            var words = LowerSet(requires?.Words);
            rules.Add(new TypeChoiceRule(
                entry.Type,
                LowerSet(entry.Forms),
                requires?.Window ?? 6,
                requires?.After ?? false,
                words,
                kinds,
                requires?.ActorAfter ?? false,
                LowerSet(requires?.NotAfterActor),
                requires is not null && (!words.IsEmpty || !kinds.IsEmpty || requires.ActorAfter == true),
                LowerSet(entry.NotAfter),
                LowerSet(entry.NotBefore),
                LowerSet(entry.Otherwise?.Forms),
                entry.Otherwise?.Type));
        }

        return new TypeChoiceRules(rules.ToImmutable(), LowerSet(file.ModifierHeads));
    }

    /// <summary>Parses an actor kind written in camelCase ("armedGroup") or kebab-case ("armed-group").</summary>
    internal static ActorKind ParseKind(string kind, string where)
    {
        return Enum.TryParse<ActorKind>(kind.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw new FormatException($"{where}: unknown actor kind '{kind}'");
    }

    private static ImmutableHashSet<string> LowerSet(IEnumerable<string>? words)
    {
        return (words ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal);
    }

    private sealed class RuleFile
    {
        public string? About { get; set; }

        public List<RuleEntry>? Rules { get; set; }

        public List<string>? ModifierHeads { get; set; }
    }

    private sealed class RuleEntry
    {
        public string? Type { get; set; }

        public List<string>? Forms { get; set; }

        public Requirement? Requires { get; set; }

        public List<string>? NotAfter { get; set; }

        public List<string>? NotBefore { get; set; }

        public Otherwise? Otherwise { get; set; }
    }

    private sealed class Requirement
    {
        public int? Window { get; set; }

        public bool? After { get; set; }

        public List<string>? Words { get; set; }

        public List<string>? ActorKinds { get; set; }

        public bool? ActorAfter { get; set; }

        public List<string>? NotAfterActor { get; set; }
    }

    private sealed class Otherwise
    {
        public List<string>? Forms { get; set; }

        public string? Type { get; set; }
    }
}
