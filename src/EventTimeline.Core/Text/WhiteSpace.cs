namespace EventTimeline.Text;

/// <summary>Puts text on one line for listings and keys: its runs of white space made single spaces, its ends trimmed.</summary>
internal static class WhiteSpace
{
    /// <summary><paramref name="text"/> with its runs of white space (as <see cref="char.IsWhiteSpace(char)"/> tells) made single spaces and its ends trimmed.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most text already is one line: it is returned as it is, without splitting it.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return text;
    }
}
