using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Tests.Actors;

/// <summary>Prints recognized mentions of the seeds, for looking at by eye (explicit only).</summary>
public sealed class ActorDump
{
    [Test]
    [Explicit("prints recognizer output for inspection")]
    public void Dump_Seeds_PrintsMentions()
    {
        var read = new CorpusReader().Read([SeedFiles.Folder]);
        var prepared = DocumentPreparer.CreateDefault().Prepare(read.Documents);
        var splitter = SentenceSplitter.CreateDefault();
        var all = new List<DocumentActorMentions>();
        foreach (var document in prepared.Documents)
        {
            TestContext.Out.WriteLine("=== " + document.Id);
            var mentions = ActorRecognizer.Default.Recognize(document, splitter.Split(document.Text));
            all.Add(new DocumentActorMentions(document.Id, mentions));
            foreach (var mention in mentions)
            {
                TestContext.Out.WriteLine($"{mention.Sentence,3} {mention.Kind,-12} [{mention.Text}] name={mention.Name} id={mention.KnownId} c={mention.Country} t={mention.Title} aff={mention.Affiliation}{(mention.RoleOnly ? " ROLE" : "")}{(mention.Plural ? " PL" : "")}{(mention.Tentative ? " ?" : "")}");
            }
        }

        var resolution = ActorResolver.Default.Resolve(all);
        foreach (var actor in resolution.Actors)
        {
            TestContext.Out.WriteLine($"ACTOR {actor.Id} | {actor.Name} | {actor.Kind} | {actor.Country} | n={actor.Mentions} | aliases={string.Join("; ", actor.Aliases)} | roles={string.Join("; ", actor.Roles)} | aff={string.Join(" ", actor.Affiliations)}");
        }

        foreach (var (doc, lists) in resolution.MentionActors.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var mentions = all.Single(d => d.DocumentId == doc).Mentions;
            for (var i = 0; i < mentions.Length; i++)
            {
                if (mentions[i].RoleOnly)
                {
                    TestContext.Out.WriteLine($"ROLE {doc} [{mentions[i].Text}] -> {string.Join(", ", lists[i])}");
                }
            }
        }
    }
}
