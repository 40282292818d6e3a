using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Evaluation;

/// <summary>A TimeML document after tagging: the input, what the tagger found, and the TimeML written from it.</summary>
/// <param name="Input">The document as read (its gold tags are not used for tagging).</param>
/// <param name="Mentions">The tagger's mentions of the raw text.</param>
/// <param name="TimeMl">The document written back with our TIMEX3 tags.</param>
public sealed record TaggedTimeMl(TimeMlDocument Input, IReadOnlyList<TimeMention> Mentions, string TimeMl)
{
    /// <summary>The written TimeML read back, ready to score against <see cref="Input"/>.</summary>
    public TimeMlDocument ReadBack(string source) => TimeMlReader.Read(TimeMl, source);
}

/// <summary>Tags the raw TEXT of TimeML documents with their DCT and writes them back as TimeML.</summary>
public static class TimeMlTagging
{
    /// <summary>Documents per tagger call.</summary>
    public const int DefaultBatchSize = 32;

    /// <summary>Tags every document, <paramref name="batchSize"/> per call to the tagger, and returns them in input order.</summary>
    public static IReadOnlyList<TaggedTimeMl> Run(IReadOnlyList<TimeMlDocument> documents, ITemporalTagger tagger, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var result = new List<TaggedTimeMl>(documents.Count);
        foreach (var chunk in documents.Chunk(batchSize))
        {
            var requests = chunk.Select(d => new TaggingRequest(d.Text, d.DocumentDate)).ToList();
            var tagged = tagger.Tag(requests);
            if (tagged.Count != chunk.Length)
            {
                throw new InvalidOperationException($"tagger '{tagger.Name}' returned {tagged.Count} results for {chunk.Length} texts");
            }

            for (var i = 0; i < chunk.Length; i++)
            {
                var doc = chunk[i];
                result.Add(new TaggedTimeMl(doc, tagged[i], TimeMlWriter.Write(doc.DocId, doc.DocumentDate, doc.Text, tagged[i])));
            }
        }

        return result;
    }
}
