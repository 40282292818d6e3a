using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Tests.Actors;

/// <summary>Builds documents for actor tests: one sentence a line.</summary>
internal static class ActorTestDocuments
{
    public static (NewsDocument Document, IReadOnlyList<Sentence> Sentences) Make(string id, params string[] lines)
    {
        var sentences = new List<Sentence>();
        var offset = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            sentences.Add(new Sentence(i, offset, lines[i].Length, lines[i]));
            offset += lines[i].Length + 1;
        }

        var document = new NewsDocument(id, id + ".txt", null, null, null, new DateOnly(2020, 1, 15), PublishedBasis.Manifest, string.Join('\n', lines), null);
        return (document, sentences);
    }

    public static ImmutableArray<ActorMention> Recognize(params string[] lines)
    {
        var (document, sentences) = Make("doc", lines);
        return ActorRecognizer.Default.Recognize(document, sentences);
    }

    public static DocumentActorMentions Mentions(string id, params string[] lines)
    {
        var (document, sentences) = Make(id, lines);
        return new DocumentActorMentions(id, ActorRecognizer.Default.Recognize(document, sentences));
    }

    public static ActorResolution Resolve(params DocumentActorMentions[] documents) => ActorResolver.Default.Resolve(documents);

    /// <summary>The ids of the actors the first mention whose text contains <paramref name="text"/> refers to.</summary>
    public static ImmutableArray<string> ActorsOf(ActorResolution resolution, DocumentActorMentions document, string text)
    {
        var index = document.Mentions.ToList().FindIndex(mention => mention.Text.Contains(text, StringComparison.Ordinal));
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"no mention holds '{text}': {string.Join(" | ", document.Mentions.Select(mention => mention.Text))}");
        return resolution.MentionActors[document.DocumentId][index];
    }
}
