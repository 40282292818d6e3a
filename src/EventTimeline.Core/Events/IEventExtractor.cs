using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Finds the event mentions of one document.</summary>
internal interface IEventExtractor
{
    /// <summary>Returns the event mentions of <paramref name="document"/>, in text order.</summary>
    ImmutableArray<EventMention> Extract(AnnotatedDocument document);
}
