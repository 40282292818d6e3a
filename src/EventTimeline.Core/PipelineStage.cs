namespace EventTimeline;

/// <summary>The stages of <see cref="EventTimelinePipeline"/>, in the order they run.</summary>
public enum PipelineStage
{
    /// <summary>Boilerplate removal and dateline reading (per document), dates from the corpus and near-copies (whole corpus).</summary>
    Prepare,

    /// <summary>Time expressions found and anchored (per document).</summary>
    Dates,

    /// <summary>Sentence splitting (per document).</summary>
    Sentences,

    /// <summary>Actor mentions recognized (per document).</summary>
    Actors,

    /// <summary>Event mentions extracted (per document).</summary>
    Events,

    /// <summary>Actor mentions resolved to actors across documents (whole corpus).</summary>
    Resolve,

    /// <summary>Event mentions merged across documents (whole corpus).</summary>
    Merge,

    /// <summary>The timeline model assembled (whole corpus).</summary>
    Timeline,
}

/// <summary>Told what the pipeline is doing; the default methods ignore everything.</summary>
/// <remarks><see cref="DocumentsDone"/> is called from worker threads, possibly at the same time.</remarks>
public interface IPipelineObserver
{
    /// <summary>Called when <paramref name="stage"/> starts over <paramref name="documents"/> documents.</summary>
    void StageStarted(PipelineStage stage, int documents)
    {
    }

    /// <summary>Called when <paramref name="count"/> more documents have gone through <paramref name="stage"/>.</summary>
    void DocumentsDone(PipelineStage stage, int count)
    {
    }

    /// <summary>Called when <paramref name="stage"/> has finished.</summary>
    void StageFinished(PipelineStage stage)
    {
    }
}
