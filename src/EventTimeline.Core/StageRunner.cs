using System.Text.RegularExpressions;

namespace EventTimeline;

/// <summary>Runs the pipeline's stages: whole-corpus stages on the calling thread, per-item stages on up to <c>jobs</c> items at once.</summary>
internal sealed class StageRunner
{
    private readonly int _jobs;
    private readonly IPipelineObserver? _observer;

    /// <summary>Creates a runner using up to <paramref name="jobs"/> threads and telling <paramref name="observer"/>, if any.</summary>
    public StageRunner(int jobs, IPipelineObserver? observer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _jobs = jobs;
        _observer = observer;
    }

    /// <summary>Runs a stage that needs the whole corpus at once.</summary>
    public T Whole<T>(PipelineStage stage, int documents, Func<T> work)
    {
        _observer?.StageStarted(stage, documents);
        var result = work();
        _observer?.DocumentsDone(stage, documents);
        _observer?.StageFinished(stage);
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on every document; a document on which a pattern runs out of time gets an error instead of a
    /// result, so that it fails alone. Outcome <c>i</c> is that of document <c>i</c>.
    /// </summary>
    /// <remarks>What counts as the document's failure: see <see cref="StageOutcome.Of{T}"/>.</remarks>
    /// <param name="stage">The stage, for the observer.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="size">A document's size (its characters): the largest are started first, so that no thread is left with a long one at the end.</param>
    /// <param name="work">The work on one document; must be thread-safe.</param>
    public StageOutcome<TResult>[] EachDocument<TDocument, TResult>(PipelineStage stage, IReadOnlyList<TDocument> documents, Func<TDocument, int> size, Func<TDocument, TResult> work) =>
        EachOf(stage, documents, _ => 1, size, document => StageOutcome.Of(stage, () => work(document)));

    /// <summary>Runs <paramref name="work"/> on every item; result <c>i</c> is that of item <c>i</c>, whatever order the items were processed in.</summary>
    /// <param name="stage">The stage, for the observer.</param>
    /// <param name="items">The items: documents, or batches of documents.</param>
    /// <param name="documentsIn">How many documents an item holds.</param>
    /// <param name="size">An item's size (characters): the largest are started first.</param>
    /// <param name="work">The work on one item; must be thread-safe.</param>
    public TResult[] EachOf<TItem, TResult>(PipelineStage stage, IReadOnlyList<TItem> items, Func<TItem, int> documentsIn, Func<TItem, int> size, Func<TItem, TResult> work)
    {
        _observer?.StageStarted(stage, items.Sum(documentsIn));
        var results = ParallelMap.Run(
            items,
            _jobs,
            item =>
            {
                var result = work(item);
                _observer?.DocumentsDone(stage, documentsIn(item));
                return result;
            },
            size);
        _observer?.StageFinished(stage);
        return results;
    }
}

/// <summary>Makes the outcome of a stage's work on one document.</summary>
internal static class StageOutcome
{
    /// <summary>The result of <paramref name="work"/>, or, when a pattern ran out of time in it, the document's failure in <paramref name="stage"/>.</summary>
    /// <remarks>Only <see cref="RegexMatchTimeoutException"/> counts as the document's failure: a hostile text can cause it, while anything else is a bug and propagates.</remarks>
    public static StageOutcome<T> Of<T>(PipelineStage stage, Func<T> work)
    {
        try
        {
            return new StageOutcome<T>(work(), null);
        }
        catch (RegexMatchTimeoutException e)
        {
            return new StageOutcome<T>(default, DocumentFailure.TimeoutError(stage, e));
        }
    }
}

/// <summary>What a per-document stage gave for one document: its result, or why the document failed.</summary>
/// <param name="Result">The result; the type's default when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document failed, one line for the report; null when the stage worked.</param>
internal readonly record struct StageOutcome<T>(T? Result, string? Error);
