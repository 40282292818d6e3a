namespace EventTimeline.Tests;

public sealed class ParallelMapTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public void Run_WithOrWithoutSizes_ResultIOfItemI(int jobs)
    {
        var items = Enumerable.Range(0, 200).Select(i => (i * 37) % 101).ToList();

        var bySize = ParallelMap.Run(items, jobs, item => item * 2, item => item);
        var byRange = ParallelMap.Run(items, jobs, item => item * 2);

        Assert.Multiple(() =>
        {
            Assert.That(bySize, Is.EqualTo(items.Select(item => item * 2)));
            Assert.That(byRange, Is.EqualTo(items.Select(item => item * 2)));
        });
    }

    [Test]
    public void Run_OneJob_RunsInOrderOnTheCallingThread()
    {
        var thread = Environment.CurrentManagedThreadId;
        var seen = new List<int>();

        _ = ParallelMap.Run([3, 1, 2], 1, item =>
        {
            Assert.That(Environment.CurrentManagedThreadId, Is.EqualTo(thread));
            seen.Add(item);
            return item;
        }, item => item);

        Assert.That(seen, Is.EqualTo(new[] { 3, 1, 2 }));
    }

    [Test]
    public void Run_Sizes_StartsTheLargestFirst()
    {
        // The first two items wait for each other (a few seconds at most), so no thread can take a third before both are recorded.
        var started = new List<int>();
        var gate = new Lock();
        using var firstTwo = new CountdownEvent(2);
        int[] sizes = [5, 90, 20, 70, 1, 40];

        _ = ParallelMap.Run(sizes, 2, size =>
        {
            bool waits;
            lock (gate)
            {
                started.Add(size);
                waits = started.Count <= 2;
            }

            if (waits)
            {
                firstTwo.Signal();
                firstTwo.Wait(TimeSpan.FromSeconds(5));
            }

            return size;
        }, size => size);

        Assert.That(started.Take(2), Is.EquivalentTo(new[] { 90, 70 }), "the two largest are started first");
    }

    [Test]
    public void Run_WorkThrows_TheExceptionItselfPropagates()
    {
        var items = Enumerable.Range(0, 50).ToList();

        Assert.Throws<InvalidOperationException>(() => ParallelMap.Run(items, 2, item => item == 17 ? throw new InvalidOperationException("seventeen") : item, item => item));
    }
}
