using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>Cuts a sentence's tokens into clauses at punctuation, quotations and the words that open a subordinate clause, as listed in Resources/events/clauses.json.</summary>
/// <remarks>Shallow on purpose: a clause is a window for subjects, cues and times, not a parse. A comma alone does not end a clause ("On Friday, Kerry said"), scare quotes inside a clause do not either. Immutable and thread-safe.</remarks>
internal sealed class ClauseSplitter
{
    private static readonly Lazy<ClauseSplitter> _builtIn = new(() => Parse(ResourceFile.ReadText("events/clauses.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableHashSet<string> _openers;
    private readonly ImmutableHashSet<string> _afterComma;

    private ClauseSplitter(ImmutableHashSet<string> openers, ImmutableHashSet<string> afterComma)
    {
        _openers = openers;
        _afterComma = afterComma;
    }

    /// <summary>The embedded splitter, loaded once.</summary>
    public static ClauseSplitter BuiltIn => _builtIn.Value;

    /// <summary>Builds a splitter from a JSON document in the shape of Resources/events/clauses.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static ClauseSplitter Parse(string json)
    {
        var file = RuleJson.Deserialize<ClauseFile>(json, "clauses");
        return new ClauseSplitter(
            (file.Openers ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal),
            (file.AfterComma ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>Returns whether <paramref name="word"/> (lower case) opens a clause.</summary>
    public bool IsOpener(string word) => _openers.Contains(word);

    /// <summary>Returns the clauses of <paramref name="tokens"/>, in order, covering every token.</summary>
    public ImmutableArray<Clause> Split(IReadOnlyList<EventToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var starts = new SortedSet<int> { 0 };
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            EventToken? previous = i > 0 ? tokens[i - 1] : null;
            EventToken? next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (token.IsWord)
            {
                if (i > 0 && _openers.Contains(token.Lower))
                {
                    starts.Add(i);
                }

                continue;
            }

            switch (token.Text)
            {
                case ";" or ":" or "(" or ")" or "[" or "]" or "—" or "–" or "-" or "…":
                    starts.Add(i + 1);
                    break;
                case ",":
                    if (next is { IsWord: true } word && _afterComma.Contains(word.Lower))
                    {
                        starts.Add(i + 1);
                    }

                    break;
                case "`" when next?.Text == "`":
                    starts.Add(i);
                    break;
                case "'" when previous?.Text == "'" && (i < 2 || tokens[i - 2].Text is "," or "." or "?" or "!"):
                    starts.Add(i + 1);
                    break;
                case "“" or "”" or "\"":
                    var opening = token.Text == "“" || (token.Text == "\"" && next is { IsWord: true } && previous is not { IsWord: true });
                    if (opening && (previous is null || previous.Value.Text is "," or ":"))
                    {
                        starts.Add(i);
                    }
                    else if (!opening && (previous?.Text is "," or "." or "?" or "!" || next?.Text == ","))
                    {
                        starts.Add(i + 1);
                    }

                    break;
                default:
                    break;
            }
        }

        var clauses = ImmutableArray.CreateBuilder<Clause>();
        var list = starts.Where(start => start < tokens.Count).ToList();
        for (var k = 0; k < list.Count; k++)
        {
            var end = k + 1 < list.Count ? list[k + 1] : tokens.Count;
            if (end > list[k])
            {
                clauses.Add(new Clause(list[k], end));
            }
        }

        return clauses.ToImmutable();
    }

    private sealed class ClauseFile
    {
        public string? About { get; set; }

        public List<string>? Openers { get; set; }

        public List<string>? AfterComma { get; set; }
    }
}
