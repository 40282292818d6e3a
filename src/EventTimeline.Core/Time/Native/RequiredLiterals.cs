using System.Collections.Immutable;
using System.Text;

namespace EventTimeline.Time.Native;

/// <summary>
/// Words a rule's pattern cannot match without: for each group of alternatives, one of them must appear in the text
/// ("last" for "last\s+(?&lt;w&gt;%{weekday})", one of "morning", "afternoon", "evening" for a daypart group). A text that
/// lacks them is not scanned with that pattern at all, which is most of the rules for most documents.
/// </summary>
/// <remarks>
/// Read from the pattern text with a small parser that knows literals, escapes, classes, groups, alternation and
/// quantifiers. What it does not understand gives no requirement, so a rule is only ever skipped when it could not match.
/// </remarks>
internal sealed class RequiredLiterals
{
    private const int MinimumLength = 3;

    private readonly ImmutableArray<ImmutableArray<string>> _anyOf;

    private RequiredLiterals(ImmutableArray<ImmutableArray<string>> anyOf) => _anyOf = anyOf;

    /// <summary>The requirements, lower case: each inner list holds words of which at least one must appear.</summary>
    public ImmutableArray<ImmutableArray<string>> AnyOf => _anyOf;

    /// <summary>Reads the requirements of a .NET regular expression (ignoring case, so only the letters count).</summary>
    public static RequiredLiterals Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var parser = new Parser(pattern);
            var branches = parser.Alternation();
            return new RequiredLiterals(parser.AtEnd ? Combine(branches) : []);
        }
        catch (FormatException)
        {
            return new RequiredLiterals([]);
        }
    }

    /// <summary>Whether the pattern could match <paramref name="text"/>: false only when a required word is missing from it.</summary>
    public bool MayMatch(TextProbe text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var words in _anyOf)
        {
            var found = false;
            foreach (var word in words)
            {
                if (text.Contains(word))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // Alternatives require, together, one word from each: every branch must require something, and each lends its smallest set.
    private static ImmutableArray<ImmutableArray<string>> Combine(List<List<ImmutableArray<string>>> branches)
    {
        if (branches.Count == 1)
        {
            return [.. branches[0]];
        }

        if (branches.Any(branch => branch.Count == 0))
        {
            return [];
        }

        var union = branches.SelectMany(branch => branch.MinBy(words => words.Length)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return [union];
    }

    /// <summary>A text to test for words, lower-cased once; a text with letters that match ASCII letters only when case is ignored is never ruled out.</summary>
    public sealed class TextProbe
    {
        private readonly string? _lower;
        private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

        public TextProbe(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            // Kelvin sign, long s and the Turkish dotted and dotless i match k, s and i in a case-insensitive pattern.
            _lower = text.AsSpan().IndexOfAny("\u212A\u017F\u0130\u0131") >= 0 ? null : text.ToLowerInvariant();
        }

        /// <summary>Whether the lower-case word occurs in the text (always true for a text that cannot be ruled out).</summary>
        public bool Contains(string word)
        {
            if (_lower is null)
            {
                return true;
            }

            if (!_seen.TryGetValue(word, out var found))
            {
                found = _lower.Contains(word, StringComparison.Ordinal);
                _seen[word] = found;
            }

            return found;
        }
    }

    private sealed class Parser(string pattern)
    {
        private int _at;

        public bool AtEnd => _at >= pattern.Length;

        // alternation := branch ('|' branch)*, up to a ')' that is left for the caller.
        public List<List<ImmutableArray<string>>> Alternation()
        {
            var branches = new List<List<ImmutableArray<string>>> { Branch() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                branches.Add(Branch());
            }

            return branches;
        }

        private List<ImmutableArray<string>> Branch()
        {
            var required = new List<ImmutableArray<string>>();
            var run = new StringBuilder();
            while (!AtEnd && pattern[_at] is not '|' and not ')')
            {
                var c = pattern[_at];
                if (char.IsAsciiLetter(c))
                {
                    _at++;
                    var (zero, many) = Quantifier();
                    if (zero)
                    {
                        Flush(run, required);
                    }
                    else
                    {
                        run.Append(char.ToLowerInvariant(c));
                        if (many)
                        {
                            // "ab+c" needs "ab" and "bc": the last of the repeated letters runs on.
                            Flush(run, required);
                            run.Append(char.ToLowerInvariant(c));
                        }
                    }

                    continue;
                }

                Flush(run, required);
                if (c == '(')
                {
                    var group = Group();
                    if (!Quantifier().Zero)
                    {
                        required.AddRange(group);
                    }

                    continue;
                }

                if (c == '\\')
                {
                    Escape();
                }
                else if (c == '[')
                {
                    Class();
                }
                else
                {
                    _at++;
                }

                Quantifier();
            }

            Flush(run, required);
            return required;
        }

        private ImmutableArray<ImmutableArray<string>> Group()
        {
            _at++;
            var negative = false;
            if (Peek(0) == '?')
            {
                var kind = Peek(1);
                if (kind is ':' or '=' or '>')
                {
                    _at += 2;
                }
                else if (kind == '!')
                {
                    negative = true;
                    _at += 2;
                }
                else if (kind == '<' && Peek(2) is '=' or '!')
                {
                    negative = Peek(2) == '!';
                    _at += 3;
                }
                else if (kind is '<' or '\'')
                {
                    var close = kind == '<' ? '>' : '\'';
                    var end = pattern.IndexOf(close, _at + 2);
                    _at = end < 0 ? throw new FormatException("unclosed group name") : end + 1;
                }
                else
                {
                    // Inline options: "(?i)" changes case matching, which only letters' case notices; "(?-i:...)" is a group.
                    var end = _at + 1;
                    while (end < pattern.Length && pattern[end] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                    {
                        end++;
                    }

                    if (end >= pattern.Length || end == _at + 1 || pattern[end] is not ':' and not ')')
                    {
                        throw new FormatException("a group construct the parser does not know");
                    }

                    if (pattern[end] == ')')
                    {
                        _at = end + 1;
                        return [];
                    }

                    _at = end + 1;
                }
            }

            var branches = Alternation();
            if (AtEnd || pattern[_at] != ')')
            {
                throw new FormatException("unclosed group");
            }

            _at++;
            return negative ? [] : Combine(branches);
        }

        private void Escape()
        {
            _at++;
            if (AtEnd)
            {
                throw new FormatException("a trailing backslash");
            }

            var c = pattern[_at++];
            if ((c is 'p' or 'P' && Peek(0) == '{') || (c == 'k' && Peek(0) is '<' or '\''))
            {
                var close = Peek(0) switch { '{' => '}', '<' => '>', _ => '\'' };
                var end = pattern.IndexOf(close, _at + 1);
                _at = end < 0 ? throw new FormatException("unclosed escape") : end + 1;
            }
            else if (c == 'u')
            {
                _at += 4;
            }
            else if (c == 'x')
            {
                _at += 2;
            }
        }

        private void Class()
        {
            _at++;
            if (Peek(0) == '^')
            {
                _at++;
            }

            if (Peek(0) == ']')
            {
                _at++;
            }

            while (!AtEnd && pattern[_at] != ']')
            {
                _at += pattern[_at] == '\\' ? 2 : 1;
            }

            if (AtEnd)
            {
                throw new FormatException("unclosed class");
            }

            _at++;
        }

        // Reads a quantifier after an item, if there is one: whether it allows zero repetitions, and whether more than one.
        private (bool Zero, bool Many) Quantifier()
        {
            var c = Peek(0);
            (bool Zero, bool Many) result;
            if (c is '?' or '*' or '+')
            {
                _at++;
                result = (c != '+', c != '?');
            }
            else if (c == '{' && char.IsAsciiDigit(Peek(1)))
            {
                var end = pattern.IndexOf('}', _at);
                if (end < 0)
                {
                    throw new FormatException("unclosed quantifier");
                }

                var bounds = pattern[(_at + 1)..end].Split(',');
                var low = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
                _at = end + 1;
                result = (low == 0, bounds.Length > 1 || low > 1);
            }
            else
            {
                return (false, false);
            }

            if (Peek(0) == '?')
            {
                _at++;
            }

            return result;
        }

        private char Peek(int ahead) => _at + ahead < pattern.Length ? pattern[_at + ahead] : '\0';

        private static void Flush(StringBuilder run, List<ImmutableArray<string>> required)
        {
            if (run.Length >= MinimumLength)
            {
                required.Add([run.ToString()]);
            }

            run.Clear();
        }
    }
}
