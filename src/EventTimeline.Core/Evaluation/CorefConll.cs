using System.Globalization;
using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Evaluation;

/// <summary>One token line of a CoNLL coreference file: <c>doc&lt;TAB&gt;sentence&lt;TAB&gt;t_id&lt;TAB&gt;token&lt;TAB&gt;coref</c>.</summary>
/// <param name="Document">The document the token is in.</param>
/// <param name="Sentence">Its sentence number.</param>
/// <param name="TokenId">Its token id.</param>
/// <param name="Token">The token as written.</param>
internal sealed record CorefToken(string Document, int Sentence, int TokenId, string Token);

/// <summary>A mention of a coreference file: its first and last token lines (inclusive) and its cluster number.</summary>
internal sealed record CorefSpan(int First, int Last, int Cluster);

/// <summary>The mentions of one <c>#begin document</c> block, grouped by cluster: each entity a list of (first, last) token lines.</summary>
/// <param name="Name">The block's name, as its header gives it.</param>
/// <param name="Entities">Its entities, each a list of mention spans, in order of first appearance.</param>
internal sealed record CorefDocument(string Name, IReadOnlyList<IReadOnlyList<(int First, int Last)>> Entities);

/// <summary>Writes and reads the CoNLL coreference layout the reference scorer reads: token lines between <c>#begin document</c> and <c>#end document</c>, the last tab-separated column the coreference.</summary>
/// <remarks>The coreference column is <c>-</c>, or the mentions starting or ending on the token separated by <c>|</c>: <c>(N)</c> for a
/// one-token mention, <c>(N</c> on the first token and <c>N)</c> on the last of a longer one.</remarks>
internal static class CorefConll
{
    /// <summary>Returns the file text: one block named <paramref name="name"/> with one line per token of <paramref name="tokens"/> and the coreference of <paramref name="mentions"/>.</summary>
    /// <param name="name">The block name.</param>
    /// <param name="tokens">The token lines, in order.</param>
    /// <param name="mentions">Mentions over token-line indexes of <paramref name="tokens"/>.</param>
    public static string Write(string name, IReadOnlyList<CorefToken> tokens, IEnumerable<CorefSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var labels = new List<string>?[tokens.Count];
        foreach (var mention in mentions.OrderBy(m => m.First).ThenByDescending(m => m.Last).ThenBy(m => m.Cluster))
        {
            if (mention.First < 0 || mention.Last < mention.First || mention.Last >= tokens.Count)
            {
                throw new ArgumentException($"mention [{mention.First}, {mention.Last}] is outside the {tokens.Count} token lines", nameof(mentions));
            }

            var n = mention.Cluster.ToString(CultureInfo.InvariantCulture);
            if (mention.First == mention.Last)
            {
                (labels[mention.First] ??= []).Add("(" + n + ")");
            }
            else
            {
                (labels[mention.First] ??= []).Add("(" + n);
                (labels[mention.Last] ??= []).Add(n + ")");
            }
        }

        var text = new StringBuilder();
        text.Append("#begin document (").Append(name).Append("); part 000\n");
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            text.Append(token.Document).Append('\t')
                .Append(token.Sentence.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(token.TokenId.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(Clean(token.Token)).Append('\t')
                .Append(labels[i] is { } list ? string.Join('|', list) : "-").Append('\n');
        }

        text.Append("#end document\n");
        return text.ToString();
    }

    /// <summary>Reads every <c>#begin document</c> block of <paramref name="text"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputFormatException">A coreference column cannot be read, or a mention is not closed.</exception>
    public static IReadOnlyList<CorefDocument> Read(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var documents = new List<CorefDocument>();
        string? name = null;
        var entities = new List<List<(int, int)>>();
        var entityOf = new Dictionary<int, int>();
        var open = new Dictionary<int, Stack<int>>();
        var tokenLine = 0;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("#begin document", StringComparison.Ordinal) || line.StartsWith("# begin document", StringComparison.Ordinal))
            {
                name = line[(line.IndexOf("document", StringComparison.Ordinal) + "document".Length)..].Trim();
                entities = [];
                entityOf.Clear();
                open.Clear();
                tokenLine = 0;
                continue;
            }

            if (name is null || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("#end document", StringComparison.Ordinal) || line.StartsWith("# end document", StringComparison.Ordinal))
            {
                if (open.Values.Any(stack => stack.Count > 0))
                {
                    throw new InputFormatException(source, lineNumber, 1, "a mention of this document is not closed");
                }

                documents.Add(new CorefDocument(name, [.. entities.Select(entity => (IReadOnlyList<(int, int)>)entity)]));
                name = null;
                continue;
            }

            var column = line[(line.LastIndexOf('\t') + 1)..].Trim();
            if (column is not ("-" or "_"))
            {
                foreach (var part in column.Split('|'))
                {
                    ReadPart(part, tokenLine, entities, entityOf, open, source, lineNumber);
                }
            }

            tokenLine++;
        }

        if (name is not null)
        {
            throw new InputFormatException(source, lineNumber, 1, $"document {name} has no #end document line");
        }

        return documents;
    }

    private static void ReadPart(string part, int tokenLine, List<List<(int, int)>> entities, Dictionary<int, int> entityOf, Dictionary<int, Stack<int>> open, string source, int lineNumber)
    {
        var opens = part.StartsWith('(');
        var closes = part.EndsWith(')');
        var digits = part.AsSpan(opens ? 1 : 0, part.Length - (opens ? 1 : 0) - (closes ? 1 : 0));
        if ((!opens && !closes) || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var cluster))
        {
            throw new InputFormatException(source, lineNumber, 1, $"coreference \"{part}\" is not (N), (N or N)");
        }

        if (!entityOf.TryGetValue(cluster, out var entity))
        {
            entity = entities.Count;
            entityOf.Add(cluster, entity);
            entities.Add([]);
        }

        if (opens && closes)
        {
            entities[entity].Add((tokenLine, tokenLine));
        }
        else if (opens)
        {
            if (!open.TryGetValue(cluster, out var stack))
            {
                stack = new Stack<int>();
                open.Add(cluster, stack);
            }

            stack.Push(tokenLine);
        }
        else if (open.TryGetValue(cluster, out var stack) && stack.Count > 0)
        {
            entities[entity].Add((stack.Pop(), tokenLine));
        }
        else
        {
            throw new InputFormatException(source, lineNumber, 1, $"mention of cluster {cluster} ends without a start");
        }
    }

    // A token is one column: whitespace inside it would shift the columns.
    private static string Clean(string token)
    {
        var cleaned = token.Replace('\t', '_').Replace(' ', '_').Replace('\n', '_').Replace('\r', '_');
        return cleaned.Length == 0 ? "_" : cleaned;
    }
}
