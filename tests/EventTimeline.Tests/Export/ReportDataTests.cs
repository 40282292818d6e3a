using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Tests.Export;

public sealed class ReportDataTests
{
    [Test]
    public void KeptEvidence_SmallBudget_KeepsEveryFirstSentenceAndAllSentencesOfTheMostSalient()
    {
        var events = new[]
        {
            ReportViewTests.Event(0, new DateOnly(2020, 1, 1), Granularity.Day, salience: 1, sentences: 3),
            ReportViewTests.Event(1, new DateOnly(2020, 1, 2), Granularity.Day, salience: 5, sentences: 3),
            ReportViewTests.Event(2, new DateOnly(2020, 1, 3), Granularity.Day, salience: 2, sentences: 3),
        };
        var twoSentences = 2 * events[1].Mentions[1].Text.Length;

        var kept = ReportData.KeptEvidence(events, twoSentences);

        Assert.That(kept, Is.EqualTo(new[] { 1, 3, 1 }));
        Assert.That(ReportData.KeptEvidence(events, int.MaxValue), Is.EqualTo(new[] { 3, 3, 3 }));
    }

    [Test]
    public void WritePacked_JsonWrittenInPieces_UnpacksToTheSameTextAsBase64BetweenFixedText()
    {
        // Long enough to span many of the writers' buffers, with characters of two, three and four UTF-8 bytes (a surrogate pair).
        var json = "[" + string.Join(',', Enumerable.Range(0, 40_000).Select(i => $"\"{i} Müller – 東京 \U0001F600 </script>\"")) + "]";

        var packed = Packed(json, pieceLength: 777);

        Assert.That(packed, Does.Match("^\\{\"format\":\"eventtimeline-page/1\",\"encoding\":\"gzip\\+base64\",\"data\":\"[A-Za-z0-9+/]+=*\"\\}$"));
        Assert.That(ReportData.Unpacked(packed), Is.EqualTo(json));
        Assert.That(Packed(json, pieceLength: 777), Is.EqualTo(packed), "the same text gives the same bytes");
        Assert.That(ReportData.Packed(json), Is.EqualTo(packed), "the writers' buffers, not the caller's pieces, decide what is compressed when");
    }

    private static string Packed(string json, int pieceLength)
    {
        var output = new StringWriter();
        ReportData.WritePacked(writer => { foreach (var piece in json.Chunk(pieceLength)) { writer.Write(piece); } }, output);
        return output.ToString();
    }
}
