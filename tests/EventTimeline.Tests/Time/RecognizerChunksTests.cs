using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class RecognizerChunksTests
{
    [Test]
    public void Split_Paragraphs_KeepsOffsetsIntoTheText()
    {
        const string text = "First paragraph.\n\n\nSecond one.\n\nThird.";

        var chunks = RecognizerChunks.Split(text);

        Assert.That(chunks.Select(chunk => chunk.Text.Trim()), Is.EqualTo(new[] { "First paragraph.", "Second one.", "Third." }));
        Assert.That(chunks.All(chunk => text.Substring(chunk.Offset, chunk.Text.Length) == chunk.Text), Is.True);
    }

    [Test]
    public void Split_LongParagraph_IsCutAtSentenceEndsWithinTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("The talks went on for a long time. ", 200));

        var chunks = RecognizerChunks.Split(text);

        Assert.That(chunks, Has.Count.GreaterThan(1));
        Assert.That(chunks.All(chunk => chunk.Text.Length <= RecognizerChunks.MaxLength), Is.True);
        Assert.That(string.Concat(chunks.Select(chunk => chunk.Text)), Is.EqualTo(text));
    }
}
