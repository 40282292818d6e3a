using System.Collections.Immutable;

using EventTimeline.Events;
using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class MergeLogCodecTests
{
    [Test]
    public void Decode_PartsOfALogLongerThanOnePart_GivesTheLogBack()
    {
        var count = MergeLogCodec.PartItems + 1_000;
        var random = new Random(3);
        var fingerprints = Enumerable.Range(0, count).Select(_ => new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64())).ToImmutableArray();
        var founders = Enumerable.Range(0, count).Select(i => i % 3 == 0 ? i : i - (i % 3)).ToImmutableArray();
        var log = new MergeLog(fingerprints, founders);

        var parts = MergeLogCodec.Parts(log).ToList();
        var decoded = MergeLogCodec.Decode(parts)!;

        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That(decoded.Fingerprints, Is.EqualTo(fingerprints));
        Assert.That(decoded.Founders, Is.EqualTo(founders));
    }

    [Test]
    public void Decode_PartCutShort_IsNull()
    {
        var log = new MergeLog([1, 2, 3], [0, 0, 2]);
        var part = MergeLogCodec.Parts(log).Single();

        Assert.That(MergeLogCodec.Decode([part[..^1]]), Is.Null);
    }

    [Test]
    public void Decode_FounderAfterItsMention_IsNull()
    {
        var part = MergeLogCodec.Parts(new MergeLog([1, 2], [0, 1])).Single();
        part[^4] = 5;

        Assert.That(MergeLogCodec.Decode([part]), Is.Null);
    }
}
