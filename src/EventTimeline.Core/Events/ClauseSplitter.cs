using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>Cuts a sentence's tokens into clauses at punctuation, quotations and the words that open a subordinate clause, as listed in Resources/events/clauses.json.</summary>
/// <remarks>Shallow on purpose: a clause is a window for subjects, cues and times, not a parse. A comma alone does not end a clause ("On Friday, Kerry said"), scare quotes inside a clause and a one-word parenthesis ("(PBS)") do not either. A capitalized sentence opener inside a sentence between two words ("injured 17 By comparison, the volume") starts a clause: two sentences run together. Immutable and thread-safe.</remarks>
internal sealed class ClauseSplitter
{
    private static readonly Lazy<ClauseSplitter> _builtIn = new(() => Parse(ResourceFile.ReadText("events/clauses.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableHashSet<string> _openers;
    private readonly ImmutableHashSet<string> _afterComma;
    private readonly ImmutableHashSet<string> _gluedOpeners;

    private ClauseSplitter(ImmutableHashSet<string> openers, ImmutableHashSet<string> afterComma, ImmutableHashSet<string> gluedOpeners)
    {
        _openers = openers;
        _afterComma = afterComma;
        _gluedOpeners = gluedOpeners;
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
            (file.AfterComma ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal),
            (file.GluedOpeners ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal));
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
                if (i > 0 && (_openers.Contains(token.Lower) || Glued(token, previous, next)))
                {
                    starts.Add(i);
                }

                continue;
            }

            switch (token.Text)
            {
                // "told the Public Broadcasting Service (PBS) network on Friday": a one-word parenthesis, an acronym, ends nothing,
                // nor does a short aside of capitalized words ("Ban Ki-moon (R) listens to", "(World Health Organization)").
                case "(" when (i + 2 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 2].Text == ")") || ShortAsideEnd(tokens, i) > 0:
                case ")" when (i >= 2 && tokens[i - 1].IsWord && tokens[i - 2].Text == "(") || IsShortAsideEnd(tokens, i):
                    break;
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

        return EncloseAppositions(tokens, clauses.ToImmutable());
    }

    private const int MaxAsideWords = 3;

    /// <summary>The index of the ")" closing a short aside of capitalized words or letters opened at <paramref name="open"/> ("(R)", "(SHOC)", "(WHO)"), or -1.</summary>
    private static int ShortAsideEnd(IReadOnlyList<EventToken> tokens, int open)
    {
        for (var j = open + 1; j < tokens.Count && j <= open + MaxAsideWords + 1; j++)
        {
            if (tokens[j].Text == ")")
            {
                return j > open + 1 ? j : -1;
            }

            if (!tokens[j].IsWord || !char.IsUpper(tokens[j].Text[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsShortAsideEnd(IReadOnlyList<EventToken> tokens, int close)
    {
        for (var j = close - 1; j >= 0 && j >= close - MaxAsideWords - 1; j--)
        {
            if (tokens[j].Text == "(")
            {
                return ShortAsideEnd(tokens, j) == close;
            }
        }

        return false;
    }

    // "killed 11 workers and injured 17 By comparison, the volume ...": a capitalized sentence opener inside a sentence, after a word and
    // before a lower-case one (not a name: "The Hague", "of The Times"), starts a sentence the splitter missed.
    private bool Glued(EventToken token, EventToken? previous, EventToken? next) =>
        _gluedOpeners.Contains(token.Lower) && char.IsUpper(token.Text[0])
        && previous is { IsWord: true } && next is { IsWord: true } after && char.IsLower(after.Text[0]);

    private static readonly string[] _relativeOpeners = ["who", "which", "whom", "whose", "that"];

    private const int MaxAppositionWords = 8;

    /// <summary>"Joseph Hazelwood, captain of the tanker that ran aground in 1989, was acquitted": a relative clause inside an apposition set off by commas ends at the closing comma, and the main clause goes on after it around the apposition.</summary>
    private ImmutableArray<Clause> EncloseAppositions(IReadOnlyList<EventToken> tokens, ImmutableArray<Clause> clauses)
    {
        var result = clauses.ToList();
        for (var c = 1; c < result.Count; c++)
        {
            var relative = result[c];
            var main = result[c - 1];
            if (main.GapEnd > 0 || !_relativeOpeners.Contains(tokens[relative.Start].Lower) || main.End != relative.Start)
            {
                continue;
            }

            // The comma opening the apposition: right before a "who" or "which", or before a short noun phrase that the relative clause completes.
            var comma = -1;
            for (var j = relative.Start - 1; j > main.Start && j >= relative.Start - MaxAppositionWords - 1; j--)
            {
                if (tokens[j].Text == ",")
                {
                    comma = j;
                    break;
                }

                if (!tokens[j].IsWord && tokens[j].Text is not ("'" or "’" or "-"))
                {
                    break;
                }
            }

            if (comma < 0 || (comma == relative.Start - 1 && tokens[relative.Start].Lower == "that") || !tokens[comma - 1].IsWord)
            {
                continue;
            }

            // The comma closing it, followed by the main clause's verb phrase in lower case (not by a further apposition: ", a think tank,").
            var closing = -1;
            for (var j = relative.Start + 1; j < relative.End - 1; j++)
            {
                if (tokens[j].Text == "," && tokens[j + 1].Lower is not ("a" or "an" or "the" or "his" or "her" or "its" or "their" or "this" or "these" or "those"))
                {
                    closing = j;
                    break;
                }
            }

            if (closing < 0 || !tokens[closing + 1].IsWord || !char.IsLower(tokens[closing + 1].Text[0]) || _afterComma.Contains(tokens[closing + 1].Lower))
            {
                continue;
            }

            // The relative clause keeps its opener first (a relative clause marks background); the apposition before it is a clause of its own.
            result[c - 1] = new Clause(main.Start, relative.End) { GapStart = comma, GapEnd = closing + 1 };
            result[c] = new Clause(relative.Start, closing + 1);
            if (comma < relative.Start - 1)
            {
                result.Insert(c, new Clause(comma, relative.Start));
                c++;
            }
        }

        return [.. result];
    }

    private sealed class ClauseFile
    {
        public string? About { get; set; }

        public List<string>? Openers { get; set; }

        public List<string>? AfterComma { get; set; }

        public List<string>? GluedOpeners { get; set; }
    }
}
