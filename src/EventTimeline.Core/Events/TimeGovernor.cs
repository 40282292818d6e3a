using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Chooses the time expression that governs a trigger: in its clause, nearest to it, preferring one attached to it ("on Friday", "last week", right next to the verb).</summary>
/// <remarks>A clause opened by "when" with no time of its own takes the time it hangs on ("two weeks ago, when, in a phone call, he warned"). Times elsewhere in the sentence never govern: a caption's date governs its caption only, a time in a reported statement does not date the report. Immutable and thread-safe.</remarks>
internal sealed class TimeGovernor
{
    private const int AttachmentBonus = 3;

    private readonly ImmutableHashSet<string> _attachments;

    /// <summary>Creates a governor; <paramref name="attachments"/> are the words that tie a time to an event.</summary>
    public TimeGovernor(ImmutableHashSet<string> attachments)
    {
        _attachments = attachments;
    }

    /// <summary>Returns the time spot governing <paramref name="trigger"/>, or null.</summary>
    public TimeSpot? Choose(SentenceView view, FoundTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        var clause = view.ClauseAt(trigger.First);
        var best = view.Times
            .Where(spot => clause.Contains(spot.First) || clause.Contains(spot.Last))
            .OrderBy(spot => Score(view, trigger, spot))
            .ThenBy(spot => spot.First)
            .FirstOrDefault();
        if (best is not null)
        {
            return best;
        }

        if (view.WordAt(clause.Start) is "when" or "where")
        {
            var j = clause.Start - 1;
            while (j >= 0 && !view.Tokens[j].IsWord)
            {
                j--;
            }

            return view.Times.LastOrDefault(spot => spot.Last == j);
        }

        return null;
    }

    private int Score(SentenceView view, FoundTrigger trigger, TimeSpot spot)
    {
        var distance = spot.First > trigger.Last ? spot.First - trigger.Last : Math.Max(1, trigger.First - spot.Last);
        var attached = distance <= 1
            || _attachments.Contains(view.WordAt(spot.First - 1))
            || _attachments.Contains(view.Tokens[spot.First].Lower);
        return attached ? distance - AttachmentBonus : distance;
    }
}
