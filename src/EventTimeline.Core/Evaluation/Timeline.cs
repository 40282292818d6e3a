namespace EventTimeline.Evaluation;

/// <summary>One line of a SemEval-2015 Task 4 timeline: an event (one or more coreferent mentions) at a position and a time anchor.</summary>
/// <param name="Ordinal">Position on the timeline from 1; simultaneous events share it; 0 for events that could not be ordered.</param>
/// <param name="Date">The time anchor: canonical (<see cref="TimelineDate"/>) when it is a date, otherwise as written.</param>
/// <param name="Mentions">Mention ids <c>docid-sentence-token[_token…]</c>, the first one the event's main mention.</param>
public sealed record TimelineEntry(int Ordinal, string Date, IReadOnlyList<string> Mentions);

/// <summary>The timeline of one target entity, in the task's format.</summary>
/// <param name="Entity">The target entity's name, as on the file's first line.</param>
/// <param name="Entries">The lines, in file order.</param>
public sealed record Timeline(string Entity, IReadOnlyList<TimelineEntry> Entries)
{
    /// <summary>An empty timeline, the score of a missing answer.</summary>
    public static Timeline Empty(string entity) => new(entity, []);
}

/// <summary>An event to put on a timeline: its time anchor and its mentions (coreferent, the first the main one).</summary>
/// <param name="Date">The time anchor; <see cref="TimelineDate.Unknown"/> when the event cannot be dated.</param>
/// <param name="Mentions">Mention ids, see <see cref="TimelineFormat.MentionId"/>.</param>
public sealed record TimelineEvent(TimelineDate Date, IReadOnlyList<string> Mentions);

/// <summary>A timeline file that breaks the task's format.</summary>
public sealed class TimelineFormatException : Exception
{
    /// <summary>Creates the error; <paramref name="line"/> 0 means the whole file.</summary>
    /// <param name="source">The file or source name.</param>
    /// <param name="line">One-based line, or 0.</param>
    /// <param name="message">What is wrong.</param>
    public TimelineFormatException(string source, int line, string message)
        : base(line > 0 ? $"{source}:{line}: {message}" : $"{source}: {message}")
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file or source name given to the reader.</summary>
    public new string Source { get; }

    /// <summary>One-based line of the error, 0 for the whole file.</summary>
    public int Line { get; }
}
