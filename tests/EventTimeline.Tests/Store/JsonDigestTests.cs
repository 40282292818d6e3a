using EventTimeline.Export;
using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class JsonDigestTests
{
    [Test]
    public void Of_Text_FirstEightBytesOfItsSha256LittleEndian()
    {
        // SHA-256("abc") begins ba 78 16 bf 8f 01 cf ea (FIPS 180-2's example); "é" is hashed as its UTF-8 bytes c3 a9, whose SHA-256 begins 4a 99 55 7e 40 33 c3 53.
        Assert.That(JsonDigest.Of("abc"), Is.EqualTo(unchecked((long)0xEACF018FBF1678BA)));
        Assert.That(JsonDigest.Of("é"), Is.EqualTo(0x53C333407E55994A));
    }

    // Texts long enough to be hashed a buffer at a time (4,096 characters), with characters outside the basic plane (two UTF-16 units)
    // at each offset around the first buffer's edge (the JSON opens with 13 characters before the text), accents, and a lone surrogate (written as U+FFFD both ways).
    [TestCase(4080, "😀")]
    [TestCase(4081, "😀")]
    [TestCase(4082, "😀")]
    [TestCase(4083, "😀")]
    [TestCase(4084, "😀")]
    [TestCase(8170, "é😀ü")]
    [TestCase(100, "\ud83d")]
    [TestCase(20000, "Zürich 😀 北京 ")]
    public void OfJson_Value_IsTheDigestOfItsSerializedText(int padding, string tail)
    {
        var value = new { text = new string('a', padding) + tail + new string('b', 5000) + tail, list = new[] { tail, "x" }, number = 1.5 };

        Assert.That(JsonDigest.OfJson(value), Is.EqualTo(JsonDigest.Of(JsonFormat.Serialize(value))));
    }
}
