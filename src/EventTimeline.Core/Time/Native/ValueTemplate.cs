using System.Text;

namespace EventTimeline.Time.Native;

/// <summary>A node of a value template expression.</summary>
internal abstract record TemplateNode;

/// <summary>Literal text: outside braces, or a bare word, number or quoted string inside them.</summary>
internal sealed record TemplateLiteral(string Text) : TemplateNode;

/// <summary>The text a named group of the rule's pattern matched (<c>$name</c>); empty when the group did not take part.</summary>
internal sealed record TemplateGroup(string Name) : TemplateNode;

/// <summary>A call of a built-in function or a normalization table (<c>name(arg, …)</c>).</summary>
internal sealed record TemplateCall(string Function, IReadOnlyList<TemplateNode> Arguments) : TemplateNode;

/// <summary>
/// A parsed value template: literal text with <c>{expression}</c> parts, e.g. <c>{$y}-{month($m)}-{pad2(num($d))}</c>.
/// Evaluating it yields the TIMEX3 value, or null when a part cannot be computed (the match is then dropped).
/// </summary>
internal sealed class ValueTemplate
{
    private ValueTemplate(string source, IReadOnlyList<TemplateNode> parts)
    {
        Source = source;
        Parts = parts;
    }

    public string Source { get; }

    public IReadOnlyList<TemplateNode> Parts { get; }

    /// <summary>Parses <paramref name="source"/>; throws <see cref="FormatException"/> with the position of the first error.</summary>
    public static ValueTemplate Parse(string source)
    {
        var parts = new List<TemplateNode>();
        var literal = new StringBuilder();
        var position = 0;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '{')
            {
                if (literal.Length > 0)
                {
                    parts.Add(new TemplateLiteral(literal.ToString()));
                    literal.Clear();
                }

                var parser = new ExpressionParser(source, position + 1);
                parts.Add(parser.ParseExpression());
                parser.Expect('}');
                position = parser.Position;
            }
            else if (c == '}')
            {
                throw new FormatException($"unexpected '}}' at {position}");
            }
            else
            {
                literal.Append(c);
                position++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplateLiteral(literal.ToString()));
        }

        return new ValueTemplate(source, parts);
    }

    /// <summary>Every node of the template, depth first.</summary>
    public IEnumerable<TemplateNode> Nodes()
    {
        var stack = new Stack<TemplateNode>(Parts.Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (node is TemplateCall call)
            {
                foreach (var argument in call.Arguments.Reverse())
                {
                    stack.Push(argument);
                }
            }
        }
    }

    /// <summary>Evaluates the template; null when any part fails.</summary>
    public string? Evaluate(TemplateScope scope)
    {
        if (Parts.Count == 1)
        {
            return Evaluate(Parts[0], scope);
        }

        var result = new StringBuilder();
        foreach (var part in Parts)
        {
            var text = Evaluate(part, scope);
            if (text is null)
            {
                return null;
            }

            result.Append(text);
        }

        return result.ToString();
    }

    private static string? Evaluate(TemplateNode node, TemplateScope scope)
    {
        switch (node)
        {
            case TemplateLiteral literal:
                return literal.Text;
            case TemplateGroup group:
                return scope.Group(group.Name);
            case TemplateCall call:
                var arguments = new string[call.Arguments.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    var argument = Evaluate(call.Arguments[i], scope);
                    if (argument is null)
                    {
                        return null;
                    }

                    arguments[i] = argument;
                }

                return scope.Call(call.Function, arguments);
            default:
                throw new InvalidOperationException("unknown template node");
        }
    }

    private sealed class ExpressionParser(string source, int position)
    {
        public int Position { get; private set; } = position;

        public void Expect(char c)
        {
            SkipSpace();
            if (Position >= source.Length || source[Position] != c)
            {
                throw new FormatException($"expected '{c}' at {Position}");
            }

            Position++;
        }

        public TemplateNode ParseExpression()
        {
            SkipSpace();
            if (Position >= source.Length)
            {
                throw new FormatException($"expression expected at {Position}");
            }

            var c = source[Position];
            if (c == '$')
            {
                Position++;
                return new TemplateGroup(Identifier());
            }

            if (c == '\'')
            {
                var end = source.IndexOf('\'', Position + 1);
                if (end < 0)
                {
                    throw new FormatException($"unclosed quote at {Position}");
                }

                var text = source[(Position + 1)..end];
                Position = end + 1;
                return new TemplateLiteral(text);
            }

            if (c == '-' || char.IsDigit(c))
            {
                var start = Position++;
                while (Position < source.Length && (char.IsDigit(source[Position]) || source[Position] == '.'))
                {
                    Position++;
                }

                return new TemplateLiteral(source[start..Position]);
            }

            var name = Identifier();
            SkipSpace();
            if (Position < source.Length && source[Position] == '(')
            {
                Position++;
                var arguments = new List<TemplateNode>();
                SkipSpace();
                if (Position < source.Length && source[Position] == ')')
                {
                    Position++;
                    return new TemplateCall(name, arguments);
                }

                while (true)
                {
                    arguments.Add(ParseExpression());
                    SkipSpace();
                    if (Position < source.Length && source[Position] == ',')
                    {
                        Position++;
                        continue;
                    }

                    Expect(')');
                    return new TemplateCall(name, arguments);
                }
            }

            return new TemplateLiteral(name);
        }

        private string Identifier()
        {
            var start = Position;
            while (Position < source.Length && (char.IsLetterOrDigit(source[Position]) || source[Position] == '_'))
            {
                Position++;
            }

            if (Position == start)
            {
                throw new FormatException($"name expected at {start}");
            }

            return source[start..Position];
        }

        private void SkipSpace()
        {
            while (Position < source.Length && source[Position] == ' ')
            {
                Position++;
            }
        }
    }
}
