using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class TimeMlReaderTests
{
    private const string Snippet =
        "<?xml version=\"1.0\" ?>\n" +
        "<TimeML>\n" +
        "<DOCID>doc1</DOCID>\n" +
        "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-08-07T06:18:00\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">08/07/1998</TIMEX3></DCT>\n" +
        "<TITLE>Title <TIMEX3 tid=\"t99\" type=\"DATE\" value=\"1990\">1990</TIMEX3></TITLE>\n" +
        "<TEXT>\n" +
        "AT&amp;T <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> " +
        "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3><TIMEX3 tid=\"t2\" type=\"TIME\" value=\"1998-08-07TEV\">evening</TIMEX3>" +
        " that <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2Y\">two <SIGNAL sid=\"s1\">years</SIGNAL></TIMEX3> &lt;ago&gt; &quot;q&quot;.\n" +
        "</TEXT>\n" +
        "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\"/>\n" +
        "</TimeML>\n";

    [Test]
    public void Read_TaggedSnippet_TextHasEveryTagRemovedAndEntitiesDecoded()
    {
        var doc = TimeMlReader.Read(Snippet, "snippet.tml");

        Assert.That(doc.Text, Is.EqualTo("\nAT&T said Fridayevening that two years <ago> \"q\".\n"));
        Assert.That(doc.DocId, Is.EqualTo("doc1"));
        Assert.That(doc.DocumentDate, Is.EqualTo(new DateOnly(1998, 8, 7)));
        Assert.That(doc.DctValue, Is.EqualTo("1998-08-07T06:18:00"));
    }

    [Test]
    public void Read_TaggedSnippet_TimexOffsetsPointIntoRawText()
    {
        var doc = TimeMlReader.Read(Snippet, "snippet.tml");

        Assert.That(doc.GoldTimexes, Is.EqualTo(new[]
        {
            new GoldTimex("t1", 11, 6, "Friday", "DATE", "1998-08-07"),
            new GoldTimex("t2", 17, 7, "evening", "TIME", "1998-08-07TEV"),
            new GoldTimex("t3", 30, 9, "two years", "DURATION", "P2Y"),
        }));
        Assert.That(doc.GoldTimexes.Select(t => doc.Text.Substring(t.Start, t.Length)), Is.EqualTo(new[] { "Friday", "evening", "two years" }));
    }

    [Test]
    public void Read_TextWithoutTagsOrDct_ReadsPlainText()
    {
        var doc = TimeMlReader.Read("<TimeML><TEXT>Plain text, no tags.</TEXT></TimeML>", "dir/plain.tml");

        Assert.That(doc.Text, Is.EqualTo("Plain text, no tags."));
        Assert.That(doc.GoldTimexes, Is.Empty);
        Assert.That(doc.DocumentDate, Is.Null);
        Assert.That(doc.DocId, Is.EqualTo("plain"));
    }

    [Test]
    public void Read_CrLfNewlines_NormalizedToLf()
    {
        var doc = TimeMlReader.Read("<TimeML>\r\n<TEXT>\r\nOne\r\n<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1990\">1990</TIMEX3>\r\n</TEXT></TimeML>", "crlf.tml");

        Assert.That(doc.Text, Is.EqualTo("\nOne\n1990\n"));
        Assert.That(doc.GoldTimexes[0].Start, Is.EqualTo(5));
    }

    [Test]
    public void Read_MalformedXml_ErrorNamesFileLineAndColumn()
    {
        var error = Assert.Throws<InputFormatException>(() => TimeMlReader.Read("<TimeML>\n<TEXT>a <b</TEXT>\n</TimeML>", "bad.tml"));

        Assert.That(error!.Source, Is.EqualTo("bad.tml"));
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Column, Is.GreaterThan(0));
        Assert.That(error.Message, Does.StartWith("bad.tml:2:"));
    }

    [Test]
    public void Read_NoTextElement_Throws()
    {
        var error = Assert.Throws<InputFormatException>(() => TimeMlReader.Read("<TimeML><DOCID>x</DOCID></TimeML>", "empty.tml"));

        Assert.That(error!.Message, Does.Contain("empty.tml").And.Contain("TEXT"));
    }

    [Test]
    public void Read_Stream_SameAsString()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Snippet));

        var doc = TimeMlReader.Read(stream, "snippet.tml");

        Assert.That(doc.Text, Is.EqualTo(TimeMlReader.Read(Snippet, "snippet.tml").Text));
        Assert.That(doc.GoldTimexes, Has.Count.EqualTo(3));
    }
}
