namespace EventTimeline.Text;

/// <summary>A light English stem for telling whether two words are forms of one ("hosting", "hosted", "hosts" → "host").</summary>
/// <remarks>Suffixes are stripped, not lemmatized: irregular forms ("shot", "shoot") stay apart.</remarks>
internal static class WordStem
{
    /// <summary>Returns the stem of <paramref name="word"/>, lower case.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = Undouble(w[..^3]);
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = Undouble(w[..^2]);
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && "sxz".Contains(w[^3], StringComparison.Ordinal) ? w[..^2] : w[..^1];
        }

        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static string Undouble(string stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && !"aeioulsz".Contains(stem[^1], StringComparison.Ordinal) ? stem[..^1] : stem;
}
