using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace EventTimeline;

/// <summary>Maps a list on up to a given number of threads; result <c>i</c> is that of item <c>i</c>, whatever order the items ran in.</summary>
internal static class ParallelMap
{
    /// <summary>Returns <c>work(items[i])</c> for every <c>i</c>, running up to <paramref name="jobs"/> items at once.</summary>
    /// <param name="items">The items.</param>
    /// <param name="jobs">Items processed at once; 1 runs them in order on the calling thread.</param>
    /// <param name="work">The work on one item; must be thread-safe when <paramref name="jobs"/> &gt; 1.</param>
    /// <param name="size">An item's size, when items differ much: the largest are started first and items are handed out one at a
    /// time, so that no thread is left with a long one at the end (longest-processing-time-first scheduling). Without it, items
    /// go out in ranges, for work too small to hand out one by one.</param>
    /// <remarks>An exception from <paramref name="work"/> propagates as itself, not wrapped.</remarks>
    public static TResult[] Run<TItem, TResult>(IReadOnlyList<TItem> items, int jobs, Func<TItem, TResult> work, Func<TItem, int>? size = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        var results = new TResult[items.Count];
        if (jobs <= 1 || items.Count < 2)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = work(items[i]);
            }

            return results;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
        try
        {
            if (size is null)
            {
                Parallel.For(0, items.Count, options, i => results[i] = work(items[i]));
            }
            else
            {
                var order = Enumerable.Range(0, items.Count).OrderByDescending(i => size(items[i])).ThenBy(i => i).ToArray();
                Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, i => results[i] = work(items[i]));
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers handle the work's own exceptions (an engine that stopped, a bad argument), not the wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return results;
    }
}
