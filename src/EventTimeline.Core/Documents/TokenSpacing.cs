namespace EventTimeline.Documents;

/// <summary>Decides where a space goes between the tokens of a tokenized English text, so that the rebuilt text reads like the original.</summary>
/// <remarks>One instance per document: straight quotes are told apart (opening or closing) by counting them from the start.</remarks>
internal sealed class TokenSpacing
{
    private static readonly HashSet<string> AttachLeft = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "...",
    };

    private static readonly HashSet<string> AttachRight = new(StringComparer.Ordinal)
    {
        "(", "[", "{", "$", "US$", "£", "€", "``", "`",
    };

    // English clitics the tokenizer split off ("we 're", "Wayne ' s").
    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "'s", "'re", "'ve", "'ll", "'d", "'m", "n't",
    };

    private static readonly HashSet<string> BareClitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "re", "ve", "ll", "d", "m", "t",
    };

    private bool _doubleOpen;
    private bool _singleOpen;
    private bool _glueNext;

    /// <summary>Whether a space goes before <paramref name="token"/>, given the tokens around it; call once per token, in order, with <paramref name="previous"/> null at a sentence start.</summary>
    public bool SpaceBefore(string? previous, string token, string? next)
    {
        var glue = _glueNext;
        _glueNext = false;
        switch (token)
        {
            case "\"":
                _doubleOpen = !_doubleOpen;
                if (_doubleOpen)
                {
                    _glueNext = true;
                    return previous is not null && !glue;
                }

                return false;

            case "'" when next is not null && BareClitics.Contains(next):
                _glueNext = true;
                return false;

            case "'" when _singleOpen:
                _singleOpen = false;
                return false;

            // The opening quote stayed on the word ("'switch", "'").
            case "'" when previous is { Length: > 1 } && previous[0] == '\'':
                return false;

            case "'" when previous is not null && EndsWithS(previous):
                return false;

            case "'":
                _singleOpen = true;
                _glueNext = true;
                return previous is not null && !glue;

            case "`" or "``":
                _singleOpen = token == "`";
                break;
        }

        if (AttachRight.Contains(token))
        {
            _glueNext = true;
        }

        if (previous is null || glue)
        {
            return false;
        }

        return !AttachLeft.Contains(token) && !Clitics.Contains(token);
    }

    private static bool EndsWithS(string word) => word.Length > 1 && word[^1] is 's' or 'S' && char.IsLetter(word[^2]);
}
