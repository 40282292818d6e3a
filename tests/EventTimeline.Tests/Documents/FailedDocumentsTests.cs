using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class FailedDocumentsTests
{
    private static RawDocument Doc(string id) => new(id, id, null, null, null, null, "text");

    [Test]
    public void Apply_FailedDocuments_SingleFileFailsAndALineOfAJsonLinesFileFailsAlone()
    {
        var read = new CorpusReadResult(
            [Doc("a"), Doc("b"), Doc("w#1"), Doc("w#2")],
            [
                new InputOutcome("a.txt", null, InputFormat.Text, InputStatus.Processed, null, null, ["a"], [], false),
                new InputOutcome("b.txt", null, InputFormat.Text, InputStatus.Processed, null, null, ["b"], [], false),
                new InputOutcome("w.jsonl", null, InputFormat.JsonLines, InputStatus.Processed, null, null, ["w#1", "w#2"], [], false),
            ]);

        var applied = FailedDocuments.Apply(read, [new DocumentFailure("b", "it died"), new DocumentFailure("w#2", "it hung")]);

        Assert.That(applied.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a", "w#1" }));
        Assert.That(applied.Outcomes.Select(o => $"{o.Path} {o.Status} {string.Join(",", o.Documents)} {o.Detail}"), Is.EqualTo(new[]
        {
            "a.txt Processed a ",
            "b.txt Failed b document \"b\": it died",
            "w.jsonl Processed w#1 ",
            "w.jsonl Failed w#2 document \"w#2\": it hung",
        }));
        Assert.That(applied.Outcomes.Where(o => o.Status == InputStatus.Failed).Select(o => o.Reason), Is.All.EqualTo("processing failed"));
    }

    [Test]
    public void Apply_NoFailures_ReturnsTheSameResult()
    {
        var read = new CorpusReadResult([Doc("a")], []);

        Assert.That(FailedDocuments.Apply(read, []), Is.SameAs(read));
    }
}
