using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>A document with what the earlier stages found in it: the input of event extraction.</summary>
/// <param name="Document">The document; its <see cref="NewsDocument.Published"/> date is the reference for undated events.</param>
/// <param name="Sentences">Its sentences, in order, with offsets into <see cref="NewsDocument.Text"/>.</param>
/// <param name="Actors">Its actor mentions, in text order; event participants refer to them by index.</param>
/// <param name="Times">Its time expressions, with offsets into <see cref="NewsDocument.Text"/>, anchored to the publication date.</param>
internal sealed record AnnotatedDocument(
    NewsDocument Document,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<ActorMention> Actors,
    ImmutableArray<TimeMention> Times)
{
    /// <summary>Returns the pipeline's analysed document with the actor mentions found in it.</summary>
    public static AnnotatedDocument From(AnalyzedDocument analyzed, IEnumerable<ActorMention> actors)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        ArgumentNullException.ThrowIfNull(actors);
        return new AnnotatedDocument(analyzed.Document, [.. analyzed.Sentences], [.. actors], [.. analyzed.TimeMentions]);
    }
}
