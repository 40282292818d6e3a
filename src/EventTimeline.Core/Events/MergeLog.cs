using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>
/// What a merge decided, kept so that the next merge of mostly the same mentions can take the same decisions without weighing every
/// candidate again (<see cref="EventMerger"/>): for each mention the merge took, in the order it took them, a fingerprint of everything
/// its decision read of the mention, and the place in that order of the mention that founded the event it joined (its own place when it
/// founded one).
/// </summary>
/// <param name="Fingerprints">Each mention's fingerprint, in the merge's order.</param>
/// <param name="Founders">For each mention, the place of its event's first mention, same order.</param>
internal sealed record MergeLog(ImmutableArray<UInt128> Fingerprints, ImmutableArray<int> Founders)
{
    /// <summary>How many of the mentions took the decision of an earlier merge's log again (the others weighed every candidate).</summary>
    public int Replayed { get; init; }

    /// <summary>How many replayed mentions found their earlier choice incompatible and weighed every candidate after all (none is expected).</summary>
    public int Mistaken { get; init; }

    /// <summary>Whether the log is whole: one founder per fingerprint, each at or before its mention.</summary>
    public bool IsConsistent
    {
        get
        {
            if (Fingerprints.Length != Founders.Length)
            {
                return false;
            }

            for (var i = 0; i < Founders.Length; i++)
            {
                var founder = Founders[i];
                if (founder < 0 || founder > i || Founders[founder] != founder)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
