using System.Text.RegularExpressions;

using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class BatchTaggingTests
{
    /// <summary>Fails any batch holding a text that contains "poison"; counts its calls.</summary>
    private sealed class PoisonedTagger(Exception fault) : ITemporalTagger
    {
        public int Calls { get; private set; }

        public string Name => "poisoned";

        public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
        {
            Calls++;
            if (batch.Any(r => r.Text.Contains("poison", StringComparison.Ordinal)))
            {
                throw fault;
            }

            return batch.Select(_ => (IReadOnlyList<TimeMention>)[]).ToList();
        }

        public void Dispose()
        {
        }
    }

    private static readonly TaggingRequest[] _batch =
    [
        new("first", null),
        new("a poison text", null),
        new("third", null),
    ];

    [Test]
    public void Tag_AllGood_OneCallAndNoErrors()
    {
        using var tagger = new PoisonedTagger(new TaggingFailedException("boom"));

        var outcomes = BatchTagging.Tag(tagger, [_batch[0], _batch[2]]);

        Assert.That(outcomes.Select(o => o.Error), Is.EqualTo(new string?[] { null, null }));
        Assert.That(tagger.Calls, Is.EqualTo(1));
    }

    [Test]
    public void Tag_OneDocumentFailsTheBatch_RetriesOneByOneAndOnlyTheCulpritFails()
    {
        using var tagger = new PoisonedTagger(new TaggingFailedException("the recognizer died"));

        var outcomes = BatchTagging.Tag(tagger, _batch);

        Assert.That(outcomes.Select(o => o.Error), Is.EqualTo(new string?[] { null, "the recognizer died", null }));
        Assert.That(tagger.Calls, Is.EqualTo(4));
    }

    [Test]
    public void Tag_RegexTimeout_IsTheDocumentsFailure()
    {
        using var tagger = new PoisonedTagger(new RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(2)));

        var outcomes = BatchTagging.Tag(tagger, [_batch[1]]);

        Assert.That(outcomes.Single().Error, Is.EqualTo("a time pattern took longer than 2 s on this text"));
    }

    [Test]
    public void Tag_AnyOtherException_IsABugAndPropagates()
    {
        using var tagger = new PoisonedTagger(new InvalidOperationException("bug"));

        Assert.Throws<InvalidOperationException>(() => BatchTagging.Tag(tagger, _batch));
    }
}
