using XmlReader = System.Xml.XmlReader;

using EventTimeline.Export.Escaping;

namespace EventTimeline.Tests.Export.Escaping;

public sealed class XmlTextTests
{
    [TestCase("a & b < c > d", false, "a &amp; b &lt; c &gt; d")]
    [TestCase("say \"hi\" 'x'", true, "say &quot;hi&quot; &apos;x&apos;")]
    [TestCase("say \"hi\"", false, "say \"hi\"")]
    [TestCase("]]> <![CDATA[", false, "]]&gt; &lt;![CDATA[")]
    [TestCase("a\rb", false, "a&#xD;b")]
    [TestCase("a\tb\nc", true, "a&#x9;b&#xA;c")]
    [TestCase("a\tb\nc", false, "a\tb\nc")]
    [TestCase("\u0000\u0001\u0008\u000B\u000C\u000E\u001F", false, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD")]
    [TestCase("x\uFFFEy\uFFFFz", false, "x\uFFFDy\uFFFDz")]
    [TestCase("pair \uD83D\uDE00 kept", false, "pair \uD83D\uDE00 kept")]
    [TestCase("", false, "")]
    public void Escape_NastyText_GivesSafeXml(string text, bool attribute, string expected)
    {
        Assert.That(XmlText.Escape(text, attribute), Is.EqualTo(expected));
    }

    [Test]
    public void Escape_EveryCharacter_ParsesBackWithXmlReader()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(i => (char)i).ToArray());
        var xml = "<r a=\"" + XmlText.Escape(all, attribute: true) + "\">" + XmlText.Escape(all) + "</r>";

        using var reader = XmlReader.Create(new StringReader(xml));
        reader.MoveToContent();
        var attribute = reader.GetAttribute("a");
        var content = reader.ReadElementContentAsString();

        Assert.That(attribute, Has.Length.EqualTo(all.Length));
        Assert.That(content, Has.Length.EqualTo(all.Length));
        Assert.That(content[0x41], Is.EqualTo('A'));
        Assert.That(content['\r'], Is.EqualTo('\r'));
    }

    [Test]
    public void Escape_LoneSurrogates_BecomeOneReplacementEach()
    {
        var text = "lone " + '\uD800' + " high, lone " + '\uDC00' + " low, reversed " + '\uDC00' + '\uD800';

        Assert.That(XmlText.Escape(text), Is.EqualTo("lone \uFFFD high, lone \uFFFD low, reversed \uFFFD\uFFFD"));
    }

    [Test]
    public void Escape_Null_GivesEmpty()
    {
        Assert.That(XmlText.Escape(null), Is.Empty);
    }
}
