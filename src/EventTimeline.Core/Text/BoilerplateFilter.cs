using System.Text;
using System.Text.RegularExpressions;

using EventTimeline.Resources;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Text;

/// <summary>What a boilerplate rule does with a line it matches.</summary>
internal enum BoilerplateAction
{
    /// <summary>Drop the line and everything after it.</summary>
    Cut,

    /// <summary>Cut when the line lies in the second half of the text, else drop just the line.</summary>
    Trailer,

    /// <summary>Drop just the line.</summary>
    Line,

    /// <summary>Drop the line and the bullet list that follows it.</summary>
    LineAndList,

    /// <summary>Drop a photo credit with its caption (the pattern's <c>credit</c> group; the line before when its <c>caption</c> group is empty) and keep the rest of the line.</summary>
    Credit,
}

/// <summary>One data-driven boilerplate rule: a whole-line pattern and what to do when it matches.</summary>
/// <param name="Name">Rule family, reported in diagnostics.</param>
/// <param name="Action">What to drop.</param>
/// <param name="Pattern">Matches a whole trimmed line.</param>
internal sealed record BoilerplateRule(string Name, BoilerplateAction Action, Regex Pattern);

/// <summary>One stretch of text the filter dropped.</summary>
/// <param name="Rule">Name of the rule that fired.</param>
/// <param name="Line">Zero-based line number where the dropped stretch starts, in the text the step that dropped it read.</param>
/// <param name="Characters">Non-whitespace characters dropped.</param>
internal sealed record BoilerplateRemoval(string Rule, int Line, int Characters);

/// <summary>Clean text and what was removed from it.</summary>
/// <param name="Text">Article text: boilerplate dropped, lines trimmed, runs of blank lines collapsed to one, no leading or trailing blank lines.</param>
/// <param name="Removals">What was dropped, in text order for each step, steps in the order they ran.</param>
internal sealed record BoilerplateResult(string Text, IReadOnlyList<BoilerplateRemoval> Removals)
{
    /// <summary>Total non-whitespace characters dropped.</summary>
    public int RemovedCharacters => Removals.Sum(r => r.Characters);
}

/// <summary>Removes what is not article text (paywalls, comment forms, "Related" trailers, share bars) by whole-line rules read from Resources/text/boilerplate.json.</summary>
internal sealed class BoilerplateFilter
{
    private readonly IReadOnlyList<BoilerplateRule> _rules;

    /// <summary>Creates a filter with the given rules, tried in order; the first that matches a line decides.</summary>
    public BoilerplateFilter(IReadOnlyList<BoilerplateRule> rules) => _rules = rules;

    /// <summary>Creates a filter with the embedded rules.</summary>
    public static BoilerplateFilter CreateDefault() => new(LoadRules(ResourceFile.ReadText("text/boilerplate.json")));

    /// <summary>Parses rules from the boilerplate.json format.</summary>
    public static IReadOnlyList<BoilerplateRule> LoadRules(string json)
    {
        var rules = new List<BoilerplateRule>();
        foreach (var rule in (JArray)JObject.Parse(json)["rules"]!)
        {
            var action = Enum.Parse<BoilerplateAction>((string)rule["action"]!, ignoreCase: true);
            var regex = BoundedRegex.Create(
                "^(?:" + (string)rule["pattern"]! + ")$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
            rules.Add(new BoilerplateRule((string)rule["name"]!, action, regex));
        }

        return rules;
    }

    /// <summary>Returns the article text of <paramref name="text"/> ("\n" newlines) and what was dropped.</summary>
    public BoilerplateResult Filter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var keep = new bool[lines.Length];
        var removals = new List<BoilerplateRemoval>();
        var half = text.Length / 2;
        var offset = 0;
        var cutAt = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var lineStart = offset;
            offset += lines[i].Length + 1;
            var line = lines[i].Trim();
            keep[i] = true;
            if (line.Length == 0)
            {
                continue;
            }

            var rule = Match(line);
            if (rule is null)
            {
                continue;
            }

            var action = rule.Action == BoilerplateAction.Trailer
                ? (lineStart >= half ? BoilerplateAction.Cut : BoilerplateAction.Line)
                : rule.Action;
            if (action == BoilerplateAction.Cut)
            {
                cutAt = i;
                removals.Add(new BoilerplateRemoval(rule.Name, i, CountVisible(lines.Skip(i))));
                break;
            }

            if (action == BoilerplateAction.Credit)
            {
                DropCredit(lines, keep, i, rule, removals);
                continue;
            }

            keep[i] = false;
            var dropped = CountVisible(line);
            if (action == BoilerplateAction.LineAndList)
            {
                var j = i + 1;
                while (j < lines.Length && (lines[j].Trim().Length == 0 || IsBullet(lines[j])))
                {
                    keep[j] = lines[j].Trim().Length == 0;
                    dropped += CountVisible(lines[j]);
                    j++;
                }

                offset += lines.Skip(i + 1).Take(j - i - 1).Sum(l => l.Length + 1);
                i = j - 1;
            }

            removals.Add(new BoilerplateRemoval(rule.Name, i, dropped));
        }

        return new BoilerplateResult(Assemble(lines, keep, cutAt), removals);
    }

    /// <summary>True for a line that is a list item ("•", "-", "*", "·", "–", "1." or "1)" then a space).</summary>
    public static bool IsBullet(string line) => BulletPrefixLength(line) > 0;

    /// <summary>Length of the bullet marker and its following spaces at the start of <paramref name="line"/> (after indentation); 0 when the line is not a list item.</summary>
    public static int BulletPrefixLength(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        var markerStart = i;
        if (i < line.Length && line[i] is '•' or '●' or '▪' or '◦' or '·' or '-' or '*' or '–' or '+' or '►' or '■')
        {
            i++;
        }
        else
        {
            while (i < line.Length && i - markerStart < 3 && char.IsAsciiDigit(line[i]))
            {
                i++;
            }

            if (i == markerStart || i >= line.Length || line[i] is not ('.' or ')'))
            {
                return 0;
            }

            i++;
        }

        var afterMarker = i;
        while (i < line.Length && line[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        return i > afterMarker && i < line.Length ? i : 0;
    }

    // A credit closes its caption: scrapes that keep one sentence a line put the caption before the credit, on the same line or the
    // line before, and the article's next sentence after it on the same line.
    private static void DropCredit(string[] lines, bool[] keep, int i, BoilerplateRule rule, List<BoilerplateRemoval> removals)
    {
        var line = lines[i].Trim();
        var match = rule.Pattern.Match(line);
        var credit = match.Groups["credit"];
        var previous = match.Groups["caption"].Length > 0 ? -1 : i - 1;
        while (previous >= 0 && lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        var dropped = CountVisible(credit.Value);
        var from = i;
        if (previous >= 0 && keep[previous])
        {
            keep[previous] = false;
            dropped += CountVisible(lines[previous]);
            from = previous;
        }

        lines[i] = credit.Success ? line.Remove(credit.Index, credit.Length) : line;
        keep[i] = lines[i].Trim().Length > 0;
        removals.Add(new BoilerplateRemoval(rule.Name, from, dropped));
    }

    private BoilerplateRule? Match(string line)
    {
        foreach (var rule in _rules)
        {
            if (rule.Pattern.IsMatch(line))
            {
                return rule;
            }
        }

        return null;
    }

    private static string Assemble(string[] lines, bool[] keep, int cutAt)
    {
        var output = new StringBuilder();
        var pendingBlank = false;
        for (var i = 0; i < cutAt; i++)
        {
            if (!keep[i])
            {
                continue;
            }

            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                pendingBlank = output.Length > 0;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(pendingBlank ? "\n\n" : "\n");
            }

            output.Append(line);
            pendingBlank = false;
        }

        return output.ToString();
    }

    private static int CountVisible(IEnumerable<string> lines) => lines.Sum(CountVisible);

    private static int CountVisible(string line) => line.Count(c => !char.IsWhiteSpace(c));
}
