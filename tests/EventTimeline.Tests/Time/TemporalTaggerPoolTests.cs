using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class TemporalTaggerPoolTests
{
    [Test]
    public void Create_Always_StartsOneTaggerAtOnce()
    {
        var made = new List<CountingTagger>();

        using var pool = new TemporalTaggerPool("fake", 3, () => Made(made));

        Assert.That(made, Has.Count.EqualTo(1));
    }

    [Test]
    public void Tag_ManyThreads_NeverMoreTaggersOrCallsAtOnceThanTheSize()
    {
        var made = new List<CountingTagger>();
        using var pool = new TemporalTaggerPool("fake", 2, () => Made(made));

        var results = new IReadOnlyList<IReadOnlyList<TimeMention>>[40];
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = pool.Tag([new TaggingRequest("text " + i, null)]));

        Assert.Multiple(() =>
        {
            Assert.That(made, Has.Count.LessThanOrEqualTo(2));
            Assert.That(CountingTagger.MostAtOnce, Is.LessThanOrEqualTo(2));
            Assert.That(made.Sum(tagger => tagger.Calls), Is.EqualTo(40));
            Assert.That(results.All(result => result.Count == 1), Is.True);
        });
    }

    [Test]
    public void Dispose_AfterUse_DisposesEveryTagger()
    {
        var made = new List<CountingTagger>();
        var pool = new TemporalTaggerPool("fake", 2, () => Made(made));
        Parallel.For(0, 10, i => pool.Tag([new TaggingRequest("x", null)]));

        pool.Dispose();

        Assert.That(made.All(tagger => tagger.Disposed), Is.True);
    }

    private static CountingTagger Made(List<CountingTagger> made)
    {
        lock (made)
        {
            var tagger = new CountingTagger();
            made.Add(tagger);
            return tagger;
        }
    }

    private sealed class CountingTagger : ITemporalTagger
    {
        private static int _running;
        private static int _mostAtOnce;
        private int _busy;

        public static int MostAtOnce => _mostAtOnce;

        public int Calls { get; private set; }

        public bool Disposed { get; private set; }

        public string Name => "fake";

        public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
        {
            // A sidecar serves one batch at a time: a second caller on the same tagger would be a pool bug.
            Assert.That(Interlocked.Increment(ref _busy), Is.EqualTo(1));
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostAtOnce, running);
            Thread.Sleep(2);
            Calls++;
            Interlocked.Decrement(ref _running);
            Interlocked.Decrement(ref _busy);
            return batch.Select(_ => (IReadOnlyList<TimeMention>)[]).ToList();
        }

        public void Dispose() => Disposed = true;

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
