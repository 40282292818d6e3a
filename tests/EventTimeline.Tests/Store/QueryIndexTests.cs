using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class QueryIndexTests
{
    private static readonly IndexedEventFilter Any = new(null, null, null);

    [Test]
    public void WriteIndex_SecondIndexWithChangedGoneAndNewEvents_DigestsTheHeldWritesOnlyTheOthersAndReadsAsTheSecond()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(Path.Combine(folder.Root, "store.db"));
        Write(store, [Event("e1", "X calls", 1, "x"), Event("e2", "X meets Y", 2, "x", "y"), Event("e3", "Y speaks", 3, "y")]);

        var (change, digested, made) = Write(store, [Event("e1", "X calls", 1, "x"), Event("e2", "X meets", 20, "x"), Event("e4", "Y visits", 4, "y")]);

        Assert.Multiple(() =>
        {
            Assert.That(change, Is.EqualTo((2, 2)));
            Assert.That(digested, Is.EquivalentTo(new[] { 0, 1 }));
            Assert.That(made, Is.EqualTo(new[] { 1, 2 }));
            Assert.That(store.IndexedEventRowsOf("x", [], Any).Select(row => row.Label), Is.EqualTo(new[] { "X calls", "X meets" }));
            Assert.That(store.IndexedEventRowsOf("y", [], Any).Select(row => row.Id), Is.EqualTo(new[] { "e4" }));
            Assert.That(store.IndexedEventsOf("y"), Is.EqualTo(new[] { "Y visits" }));
            Assert.That(store.IndexedEventsOf("x"), Is.EqualTo(new[] { "X calls", "X meets" }));
        });
    }

    [Test]
    public void WriteIndex_EmptyIndex_DigestsNothingAndWritesEveryEvent()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(Path.Combine(folder.Root, "store.db"));

        var (change, digested, made) = Write(store, [Event("e1", "X calls", 1, "x"), Event("e2", "X meets Y", 2, "x", "y")]);

        Assert.That((change, digested, made), Is.EqualTo(((2, 0), new List<int>(), new List<int> { 0, 1 })));
    }

    [Test]
    public void WriteIndex_AnEventTwice_IsRefusedAndKeepsTheIndex()
    {
        using var folder = new TempFolder();
        using var store = SqliteEventStore.Open(Path.Combine(folder.Root, "store.db"));
        Write(store, [Event("e1", "X calls", 1, "x")]);

        Assert.That(() => Write(store, [Event("e2", "X meets", 2, "x"), Event("e2", "X meets", 2, "x")]), Throws.InvalidOperationException.With.Message.Contains("'e2' twice"));
        Assert.That(store.IndexedEventRowsOf("x", [], Any).Select(row => row.Id), Is.EqualTo(new[] { "e1" }));
    }

    // Writes an index of these events and no actors; returns what the store said and the places it asked digests and whole events for.
    private static ((int Written, int Deleted) Change, List<int> Digested, List<int> Made) Write(SqliteEventStore store, IndexedEvent[] events)
    {
        var digested = new List<int>();
        var made = new List<int>();
        var change = store.WriteIndex(
            [],
            [.. events.Select(e => e.Id)],
            places =>
            {
                digested.AddRange(places);
                return [.. places.Select(i => events[i].Digest)];
            },
            i =>
            {
                made.Add(i);
                return events[i];
            },
            []);
        return (change, digested, made);
    }

    // An event on 1 September 2015 whose JSON is its label, with one listing row for each actor.
    private static IndexedEvent Event(string id, string label, long digest, params string[] actors) => new(
        id,
        "call",
        "2015-09-01",
        "2015-09-01",
        label,
        digest,
        [.. actors.Select(a => (a, "Source"))],
        [.. actors.Select(a => (a, new EventRow(id, "2015-09-01", "2015-09-01", "call", "asserted", label, 1, 0, string.Empty, string.Empty)))]);
}
