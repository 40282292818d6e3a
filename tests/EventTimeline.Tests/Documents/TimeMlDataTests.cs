using System.Xml;

using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Tests.Evaluation;

namespace EventTimeline.Tests.Documents;

public sealed class TimeMlDataTests
{
    private static IEnumerable<string> Files() => TimeMlData.Files();

    [TestCaseSource(nameof(Files))]
    public void Read_DevDocument_TextAndTimexesAgreeWithXmlDom(string path)
    {
        var dom = new XmlDocument { PreserveWhitespace = true };
        dom.Load(path);
        var textElement = (XmlElement)dom.GetElementsByTagName("TEXT")[0]!;
        var domTimexes = textElement.GetElementsByTagName("TIMEX3").Cast<XmlElement>().ToList();

        var doc = TimeMlReader.Read(File.ReadAllText(path), path);

        Assert.That(doc.Text, Is.EqualTo(textElement.InnerText));
        Assert.That(doc.GoldTimexes.Select(t => (t.Tid, t.Text, t.Value)), Is.EqualTo(domTimexes.Select(e => (e.GetAttribute("tid"), e.InnerText, e.GetAttribute("value")))));
        Assert.That(doc.GoldTimexes.All(t => doc.Text.Substring(t.Start, t.Length) == t.Text), Is.True);
        Assert.That(doc.DocumentDate, Is.Not.Null);
    }

    [Test]
    public void Score_DevGoldAgainstItself_AllOne()
    {
        var docs = TimeMlData.ReadAll().ToList();

        var scores = TimexScorer.Score(docs.Select(d => new TimexDocumentPair(d.Name, d.Document, d.Document)));

        Assert.That(scores.Documents, Is.EqualTo(3));
        Assert.That(scores.GoldCount, Is.EqualTo(docs.Sum(d => d.Document.GoldTimexes.Count)));
        Assert.That((scores.Strict.F1, scores.Relaxed.F1, scores.TypeF1, scores.ValueF1), Is.EqualTo((1.0, 1.0, 1.0, 1.0)));
    }
}
