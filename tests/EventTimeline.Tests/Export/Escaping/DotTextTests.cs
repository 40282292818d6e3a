using EventTimeline.Export.Escaping;

namespace EventTimeline.Tests.Export.Escaping;

public sealed class DotTextTests
{
    [TestCase("plain", "\"plain\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("ends with \\", "\"ends with \\\\\"")]
    [TestCase("\\\"]; evil [label=\"", "\"\\\\\\\"]; evil [label=\\\"\"")]
    [TestCase("line\nbreak\r\nand\u2028sep", "\"line break  and sep\"")]
    [TestCase("\\N \\G \\l", "\"\\\\N \\\\G \\\\l\"")]
    [TestCase("a & b &lt;", "\"a &amp; b &amp;lt;\"")]
    [TestCase("<b>not html</b>", "\"<b>not html</b>\"")]
    [TestCase("ctl\u0001\u0008\u007F\u009B end", "\"ctl\uFFFD\uFFFD\uFFFD\uFFFD end\"")]
    [TestCase("bad \uFFFE ok \uD83D\uDE00", "\"bad \uFFFD ok \uD83D\uDE00\"")]
    [TestCase("digraph x { a -> b }", "\"digraph x { a -> b }\"")]
    [TestCase(null, "\"\"")]
    public void Quote_NastyText_StaysOneQuotedString(string? text, string expected)
    {
        Assert.That(DotText.Quote(text), Is.EqualTo(expected));
    }

    [Test]
    public void Quote_LoneSurrogate_BecomesReplacement()
    {
        Assert.That(DotText.Quote("a" + '\uD800' + "b"), Is.EqualTo("\"a\uFFFDb\""));
    }

    [Test]
    public void Quote_AnyText_HasNoUnescapedQuoteInside()
    {
        var quoted = DotText.Quote("a\"b\\\"c\\");
        var inside = quoted[1..^1];
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] == '\\')
            {
                i++;
                continue;
            }

            Assert.That(inside[i], Is.Not.EqualTo('"'), quoted);
        }
    }
}
