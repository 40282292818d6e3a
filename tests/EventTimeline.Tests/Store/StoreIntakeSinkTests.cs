using EventTimeline.Documents;
using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class StoreIntakeSinkTests
{
    [Test]
    public void Finish_DocumentsGivenAgainAndChanged_CountsAndStoresTheLastGivenForEachId()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(Path.Combine(folder.Root, "store.db"));
        var first = new StoreIntakeSink(store);
        foreach (var id in new[] { "a", "b", "c" })
        {
            first.Take(Document(id, "first"));
        }

        var firstIntake = first.Finish(prune: false);
        var second = new StoreIntakeSink(store);
        second.Take(Document("a", "first"));
        second.Take(Document("b", "changed"));
        second.Take(Document("b", "first"));
        second.Take(Document("c", "first"));
        second.Take(Document("c", "changed"));
        second.Take(Document("d", "new"));

        var secondIntake = second.Finish(prune: true);

        Assert.Multiple(() =>
        {
            Assert.That(firstIntake, Is.EqualTo(new StoreIntake(3, 0, 0, 0)));
            Assert.That(secondIntake, Is.EqualTo(new StoreIntake(1, 1, 2, 0)));
            Assert.That(store.Documents().Select(d => (d.Id, d.Text)), Is.EqualTo(new[] { ("a", "first"), ("b", "first"), ("c", "changed"), ("d", "new") }));
        });
    }

    [Test]
    public void Finish_Pruned_RemovesTheStoredDocumentsNotGiven()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(Path.Combine(folder.Root, "store.db"));
        var first = new StoreIntakeSink(store);
        first.Take(Document("a", "x"));
        first.Take(Document("b", "x"));
        first.Finish(prune: false);
        var second = new StoreIntakeSink(store);
        second.Take(Document("b", "x"));

        var intake = second.Finish(prune: true);

        Assert.That(intake, Is.EqualTo(new StoreIntake(0, 0, 1, 1)));
        Assert.That(store.Documents().Select(d => d.Id), Is.EqualTo(new[] { "b" }));
    }

    private static RawDocument Document(string id, string text) => new(id, id + ".txt", null, null, null, null, text);
}
