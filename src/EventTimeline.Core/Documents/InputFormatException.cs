namespace EventTimeline.Documents;

/// <summary>An input that is not well formed (XML, JSON) or breaks its format's conventions, with where it went wrong.</summary>
public sealed class InputFormatException : Exception
{
    /// <summary>Creates the error; <paramref name="line"/> 0 means the position is unknown.</summary>
    /// <param name="source">The file or source name.</param>
    /// <param name="line">One-based line, or 0.</param>
    /// <param name="column">One-based column, or 0.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public InputFormatException(string source, int line, int column, string message, Exception? inner = null)
        : base(line > 0 ? $"{source}:{line}:{column}: {message}" : $"{source}: {message}", inner)
    {
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The file or source name given to the reader.</summary>
    public new string Source { get; }

    /// <summary>One-based line of the error, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>One-based column of the error, 0 when unknown.</summary>
    public int Column { get; }
}
