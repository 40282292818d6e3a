using System.Xml;

using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Tests.Export;

public sealed class TimeMlWriterTests
{
    private static readonly DateOnly Dct = new(2015, 9, 21);

    [Test]
    public void Write_SmallDocument_MatchesExpectedTimeMl()
    {
        var text = "\nOn Friday, A&B met.\n";
        var mentions = new[] { Mention(text, "Friday", TimexType.Date, "2015-09-18") };

        var xml = TimeMlWriter.Write("doc-1", Dct, text, mentions);

        Assert.That(xml, Is.EqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
            "<TimeML>\n\n" +
            "<DOCID>doc-1</DOCID>\n\n" +
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2015-09-21\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2015-09-21</TIMEX3></DCT>\n\n" +
            "<TEXT>\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-09-18\">Friday</TIMEX3>, A&amp;B met.\n</TEXT>\n\n" +
            "</TimeML>\n"));
    }

    [Test]
    public void Write_ThenRead_GivesSameTextAndMentionsAsGold()
    {
        var text = "\nShares fell 3% & rose <again> two weeks ago; every Monday since 2009 at 8 PM.\n";
        var mentions = new[]
        {
            Mention(text, "every Monday", TimexType.Set, "XXXX-WXX-1"),
            Mention(text, "two weeks ago", TimexType.Date, "2015-W36"),
            Mention(text, "2009", TimexType.Date, "2009"),
            Mention(text, "8 PM", TimexType.Time, "2015-09-21T20:00"),
        };

        var doc = TimeMlReader.Read(TimeMlWriter.Write("rt", Dct, text, mentions), "rt.tml");

        Assert.That(doc.Text, Is.EqualTo(text));
        Assert.That(doc.DocId, Is.EqualTo("rt"));
        Assert.That(doc.DocumentDate, Is.EqualTo(Dct));
        Assert.That(doc.GoldTimexes, Is.EqualTo(new[]
        {
            new GoldTimex("t1", mentions[1].Start, 13, "two weeks ago", "DATE", "2015-W36"),
            new GoldTimex("t2", mentions[0].Start, 12, "every Monday", "SET", "XXXX-WXX-1"),
            new GoldTimex("t3", mentions[2].Start, 4, "2009", "DATE", "2009"),
            new GoldTimex("t4", mentions[3].Start, 4, "8 PM", "TIME", "2015-09-21T20:00"),
        }));
    }

    [Test]
    public void Write_OverlappingMentions_KeepsFirstAndLongest()
    {
        var text = "Sunday night at 8";
        var mentions = new[]
        {
            new TimeMention(7, 5, "night", TimexType.Time, "TNI", null, TimeBasis.Unresolved),
            new TimeMention(0, 12, "Sunday night", TimexType.Time, "2015-09-20TNI", null, TimeBasis.RelativeToDct),
            new TimeMention(0, 6, "Sunday", TimexType.Date, "2015-09-20", null, TimeBasis.RelativeToDct),
            new TimeMention(16, 5, "8 ...", TimexType.Time, "T08", null, TimeBasis.Unresolved),
            new TimeMention(16, 0, string.Empty, TimexType.Time, "T08", null, TimeBasis.Unresolved),
        };

        var xml = TimeMlWriter.Write("o", null, text, mentions);
        var doc = TimeMlReader.Read(xml, "o.tml");

        Assert.That(doc.GoldTimexes.Select(t => (t.Tid, t.Text)), Is.EqualTo(new[] { ("t1", "Sunday night") }));
        Assert.That(doc.DocumentDate, Is.Null);
        Assert.That(xml, Does.Contain("<DCT></DCT>"));
    }

    [Test]
    public void Write_HostileText_IsWellFormedAndKeepsOffsets()
    {
        var text = "a < b && c ]]> d <![CDATA[x]]> <!-- e --> \u0001\u0008 \uFFFE\uFFFF \uD800 \uDC00 \U0001F600 \"q\" 'x' \r\n tab\t.";
        var start = text.IndexOf("c ]]>", StringComparison.Ordinal);
        var mentions = new[] { new TimeMention(start, 5, "c ]]>", TimexType.Date, "\"<&>'\u0002", null, TimeBasis.Explicit) };

        var xml = TimeMlWriter.Write("id <&> \"", Dct, text, mentions);
        var parsed = new XmlDocument();
        parsed.LoadXml(xml);
        var doc = TimeMlReader.Read(xml, "hostile.tml");

        var expected = text.Replace('\u0001', '\uFFFD').Replace('\u0008', '\uFFFD').Replace('\uFFFE', '\uFFFD')
            .Replace('\uFFFF', '\uFFFD').Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD');
        Assert.That(doc.Text, Is.EqualTo(expected));
        Assert.That(doc.Text, Has.Length.EqualTo(text.Length));
        Assert.That(doc.DocId, Is.EqualTo("id <&> \""));
        Assert.That(doc.GoldTimexes.Single().Start, Is.EqualTo(start));
        Assert.That(doc.GoldTimexes.Single().Value, Is.EqualTo("\"<&>'\uFFFD"));
        Assert.That(xml, Does.Not.Contain("\r"));
    }

    [Test]
    public void Write_MentionOutsideText_Skipped()
    {
        var xml = TimeMlWriter.Write("x", Dct, "short", [new TimeMention(3, 10, "rt and more", TimexType.Date, "2015", null, TimeBasis.Explicit)]);

        Assert.That(TimeMlReader.Read(xml, "x.tml").GoldTimexes, Is.Empty);
    }

    private static TimeMention Mention(string text, string words, TimexType type, string value) =>
        new(text.IndexOf(words, StringComparison.Ordinal), words.Length, words, type, value, null, TimeBasis.Explicit);
}
