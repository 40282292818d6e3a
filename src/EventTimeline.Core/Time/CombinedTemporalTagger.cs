using EventTimeline.Time.Anchoring;
using EventTimeline.Time.Native;

namespace EventTimeline.Time;

/// <summary>
/// The "combined" engine: the native engine's expressions and values, plus what the Microsoft recognizer finds where the
/// native engine found nothing and that names its time (the recognizer's recall, the native normalization wherever both
/// found something). The recognizer reads only the words around the time cues that no native expression covers and that
/// hold a word naming a time outside the native expressions; its candidates go through the engine-independent date layer. Thread-safe: one instance serves every job.
/// </summary>
internal sealed class CombinedTemporalTagger : ITemporalTagger
{
    public const string EngineName = "combined";

    private readonly NativeTemporalTagger _native;
    private readonly RecognizerWindows _windows;
    private readonly TimeAnchoringPipeline _pipeline;
    private readonly TimeNamingWords _naming;

    /// <summary>Loads the native rules, the recognizer's model (once per process), the shipped cue and naming word lists and date layer.</summary>
    public CombinedTemporalTagger()
        : this(new NativeTemporalTagger(), RecognizerWindows.Default, TimeAnchoringPipeline.Default, TimeNamingWords.Default)
    {
    }

    public CombinedTemporalTagger(NativeTemporalTagger native, RecognizerWindows windows, TimeAnchoringPipeline pipeline, TimeNamingWords naming)
    {
        _naming = naming;
        _native = native;
        _windows = windows;
        _pipeline = pipeline;
        MicrosoftRecognizer.Load();
    }

    public string Name => EngineName;

    public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Select(request => Tag(request.Text, request.DocumentDate)).ToList();
    }

    /// <summary>Tags one text against its document date (null leaves relative expressions unresolved).</summary>
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly? documentDate)
    {
        var native = _native.Tag(text, documentDate);
        var known = native.Select(mention => (mention.Start, mention.End)).ToList();
        IReadOnlyList<TimeMention> recognized;
        try
        {
            // An addition names its time and overlaps no native expression, so a window without a naming word outside the
            // native expressions cannot yield one: the recognizer does not read it.
            var windows = _windows.Split(text, known).Where(window => _naming.NamesOutside(window.Text, window.Offset, known)).ToList();
            var candidates = MicrosoftTemporalTagger.Recognize(text, windows, documentDate);
            recognized = _pipeline.Anchor(text, candidates, documentDate);
        }
        finally
        {
            MicrosoftRecognizer.ForgetNumbers();
        }

        // Vague and anaphoric expressions ("soon", "the year") follow TimeML conventions the native rules already encode:
        // the recognizer's readings of them lowered the value F1 on the TempEval-3 development set.
        var added = recognized.Where(mention =>
            _naming.Names(mention.Text) && !native.Any(other => other.Start < mention.End && mention.Start < other.End));
        return native.Concat(added).OrderBy(mention => mention.Start).ThenBy(mention => mention.Length).ToList();
    }

    public void Dispose()
    {
        // Nothing to release: the recognizer's model is shared by the process.
    }
}
