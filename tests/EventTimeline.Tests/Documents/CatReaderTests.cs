using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class CatReaderTests
{
    private const string Snippet =
        "<?xml version=\"1.0\" ?><Document doc_id=\"77\" doc_name=\"77-Maker_sues\" src_url=\"http://example.org/77\">\n" +
        "<token number=\"0\" sentence=\"0\" t_id=\"1\">Maker</token>\n" +
        "<token number=\"1\" sentence=\"0\" t_id=\"2\">sues</token>\n" +
        "<token number=\"2\" sentence=\"1\" t_id=\"3\">The</token>\n" +
        "<token number=\"3\" sentence=\"1\" t_id=\"4\">firm</token>\n" +
        "<token number=\"4\" sentence=\"1\" t_id=\"5\">'</token>\n" +
        "<token number=\"5\" sentence=\"1\" t_id=\"6\">s</token>\n" +
        "<token number=\"6\" sentence=\"1\" t_id=\"7\">\"</token>\n" +
        "<token number=\"7\" sentence=\"1\" t_id=\"8\">court</token>\n" +
        "<token number=\"8\" sentence=\"1\" t_id=\"9\">case</token>\n" +
        "<token number=\"9\" sentence=\"1\" t_id=\"10\">\"</token>\n" +
        "<token number=\"10\" sentence=\"1\" t_id=\"11\">(</token>\n" +
        "<token number=\"11\" sentence=\"1\" t_id=\"12\">AT&amp;T</token>\n" +
        "<token number=\"12\" sentence=\"1\" t_id=\"13\">)</token>\n" +
        "<token number=\"13\" sentence=\"1\" t_id=\"14\">cost</token>\n" +
        "<token number=\"14\" sentence=\"1\" t_id=\"15\">$</token>\n" +
        "<token number=\"15\" sentence=\"1\" t_id=\"16\">5</token>\n" +
        "<token number=\"16\" sentence=\"1\" t_id=\"17\">,</token>\n" +
        "<token number=\"17\" sentence=\"1\" t_id=\"18\">they</token>\n" +
        "<token number=\"18\" sentence=\"1\" t_id=\"19\">did</token>\n" +
        "<token number=\"19\" sentence=\"1\" t_id=\"20\">n't</token>\n" +
        "<token number=\"20\" sentence=\"1\" t_id=\"21\">say</token>\n" +
        "<token number=\"21\" sentence=\"1\" t_id=\"22\">.</token>" +
        "<token number=\"22\" sentence=\"2\" t_id=\"23\">Jobs</token><token number=\"23\" sentence=\"2\" t_id=\"24\">'</token>" +
        "<token number=\"24\" sentence=\"2\" t_id=\"25\">talk</token>\n" +
        "<Markables>\n" +
        "<EVENT_MENTION m_id=\"5\">\n<token_anchor t_id=\"8\"/>\n<token_anchor t_id=\"9\"/>\n</EVENT_MENTION>\n" +
        "<EVENT_MENTION m_id=\"4\">\n<token_anchor t_id=\"2\"/>\n</EVENT_MENTION>\n" +
        "<TIMEX3 m_id=\"9\" type=\"DATE\" value=\"2006\"/>\n" +
        "<TIMEX3 functionInDocument=\"CREATION_TIME\" m_id=\"60\" type=\"DATE\" value=\"2006-03-28\">\n<token_anchor t_id=\"3\"/>\n</TIMEX3>\n" +
        "</Markables>\n" +
        "</Document>\n";

    private static string TrialFile => Path.Combine(AppContext.BaseDirectory, "data", "semeval", "documents-cat", "4596-Beatles_Apple_Corps.xml");

    [Test]
    public void Read_Snippet_RebuildsTextOneLinePerSentenceWithEnglishSpacing()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");

        Assert.That(doc.Text, Is.EqualTo("Maker sues\nThe firm's \"court case\" (AT&T) cost $5, they didn't say.\nJobs' talk"));
    }

    [Test]
    public void Read_Snippet_EveryTokenOffsetPointsAtItsText()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");

        Assert.That(doc.Tokens, Has.Count.EqualTo(25));
        Assert.That(doc.Tokens.Select(t => doc.Text.Substring(t.Start, t.Length)), Is.EqualTo(doc.Tokens.Select(t => t.Text)));
        Assert.That(doc.Tokens[11], Is.EqualTo(new CatToken(12, 1, 11, "AT&T", 36)));
    }

    [Test]
    public void Read_Snippet_ReadsDocumentAttributesAndCreationTime()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");

        Assert.That(doc.DocId, Is.EqualTo("77"));
        Assert.That(doc.DocName, Is.EqualTo("77-Maker_sues"));
        Assert.That(doc.SourceUrl, Is.EqualTo("http://example.org/77"));
        Assert.That(doc.DctValue, Is.EqualTo("2006-03-28"));
        Assert.That(doc.Dct, Is.EqualTo(new DateOnly(2006, 3, 28)));
    }

    [Test]
    public void Read_Snippet_SentencesCarryCatNumbersAndSpans()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");

        Assert.That(doc.Sentences.Select(s => (s.Index, s.Text)), Is.EqualTo(new[]
        {
            (0, "Maker sues"),
            (1, "The firm's \"court case\" (AT&T) cost $5, they didn't say."),
            (2, "Jobs' talk"),
        }));
        Assert.That(doc.Sentences.Select(s => doc.Text.Substring(s.Start, s.Length)), Is.EqualTo(doc.Sentences.Select(s => s.Text)));
    }

    [Test]
    public void Read_Snippet_GoldEventMentionsKeptWithTheirAnchors()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");

        Assert.That(doc.GoldEventMentions.Select(m => (m.MarkableId, string.Join(",", m.TokenIds))), Is.EqualTo(new[] { ("5", "8,9"), ("4", "2") }));
        Assert.That(doc.TokensOf(doc.GoldEventMentions[0]).Select(t => t.Text), Is.EqualTo(new[] { "court", "case" }));
    }

    [Test]
    public void TokensOverlapping_CharacterSpan_ReturnsTokensItTouches()
    {
        var doc = CatReader.Read(Snippet, "snippet.xml");
        var start = doc.Text.IndexOf("rt ca", StringComparison.Ordinal);

        Assert.That(doc.TokensOverlapping(start, 5).Select(t => t.TokenId), Is.EqualTo(new[] { 8, 9 }));
        Assert.That(doc.TokensOverlapping(start, 0), Is.Empty);
        Assert.That(doc.TokenAt(start)!.Text, Is.EqualTo("court"));
        Assert.That(doc.TokenAt(doc.Text.IndexOf(' ', StringComparison.Ordinal)), Is.Null);
        Assert.That(doc.TokenAt(doc.Text.Length), Is.Null);
    }

    [Test]
    public void Read_NoCreationTime_DctIsNull()
    {
        var doc = CatReader.Read("<Document doc_id=\"1\"><token number=\"0\" sentence=\"0\" t_id=\"1\">Hi</token></Document>", "dir/one.xml");

        Assert.That(doc.DctValue, Is.Null);
        Assert.That(doc.Dct, Is.Null);
        Assert.That(doc.DocName, Is.EqualTo("one"));
        Assert.That(doc.GoldEventMentions, Is.Empty);
    }

    [Test]
    public void Read_MalformedXml_ErrorNamesFileLineAndColumn()
    {
        var error = Assert.Throws<InputFormatException>(() => CatReader.Read("<Document doc_id=\"1\">\n<token number=\"0\" sentence=\"0\" t_id=\"1\">a</tok>\n</Document>", "bad.xml"));

        Assert.That(error!.Source, Is.EqualTo("bad.xml"));
        Assert.That(error.Line, Is.EqualTo(2));
        Assert.That(error.Column, Is.GreaterThan(0));
        Assert.That(error.Message, Does.StartWith("bad.xml:2:"));
    }

    [Test]
    public void Read_TokenWithoutSentence_ErrorNamesAttributeAndLine()
    {
        var error = Assert.Throws<InputFormatException>(() => CatReader.Read("<Document>\n\n<token number=\"0\" t_id=\"1\">a</token></Document>", "nosent.xml"));

        Assert.That(error!.Line, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("sentence").And.Contain("missing"));
    }

    [Test]
    public void Read_AnchorToUnknownToken_Throws()
    {
        const string xml = "<Document><token number=\"0\" sentence=\"0\" t_id=\"1\">a</token>\n" +
            "<Markables><EVENT_MENTION m_id=\"3\"><token_anchor t_id=\"9\"/></EVENT_MENTION></Markables></Document>";

        var error = Assert.Throws<InputFormatException>(() => CatReader.Read(xml, "anchor.xml"));

        Assert.That(error!.Line, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("t_id 9"));
    }

    [Test]
    public void Read_TrialDocument_TokensSentencesDctAndGoldEvents()
    {
        using var stream = File.OpenRead(TrialFile);
        var doc = CatReader.Read(stream, TrialFile);

        Assert.That(doc.DocId, Is.EqualTo("4596"));
        Assert.That(doc.Tokens, Has.Count.EqualTo(474));
        Assert.That(doc.Sentences, Has.Count.EqualTo(18));
        Assert.That(doc.GoldEventMentions, Has.Count.EqualTo(59));
        Assert.That(doc.DctValue, Is.EqualTo("2006-03-28"));
        Assert.That(doc.Sentences[0].Text, Is.EqualTo("Beatles' Apple Corps sues Apple Computer"));
        Assert.That(doc.Sentences[1].Text, Is.EqualTo("March 28, 2006"));
        Assert.That(doc.Tokens.Select(t => doc.Text.Substring(t.Start, t.Length)), Is.EqualTo(doc.Tokens.Select(t => t.Text)));
        Assert.That(doc.Tokens.Select(t => t.Number), Is.EqualTo(Enumerable.Range(0, 474)));
    }

    [Test]
    public void Read_TrialDocument_TokenMapsToGoldMentionSentence()
    {
        var doc = CatReader.Read(File.ReadAllText(TrialFile), TrialFile);
        var sued = doc.Token(144)!;

        // The gold timeline names this mention "4596-6-sued".
        Assert.That((sued.Text, sued.Sentence), Is.EqualTo(("sued", 6)));
        Assert.That(doc.TokenAt(sued.Start + 2), Is.EqualTo(sued));
        var sentence = doc.Sentences.Single(s => s.Index == 6);
        Assert.That(sued.Start, Is.InRange(sentence.Start, sentence.End - sued.Length));
        Assert.That(doc.GoldEventMentions.SelectMany(m => m.TokenIds), Does.Contain(144));
    }
}
