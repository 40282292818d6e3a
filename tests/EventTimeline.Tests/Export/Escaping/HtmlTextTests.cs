using EventTimeline.Export.Escaping;

namespace EventTimeline.Tests.Export.Escaping;

public sealed class HtmlTextTests
{
    [TestCase("plain text", "plain text")]
    [TestCase("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [TestCase("Talks \"end\" & <img src=x onerror=alert(1)>", "Talks &quot;end&quot; &amp; &lt;img src=x onerror=alert(1)&gt;")]
    [TestCase("a\u0001b\u0008c\u007Fd\u009Fe", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe")]
    [TestCase("tab\tnew\nline\r", "tab\tnew\nline\r")]
    [TestCase("Łódź – café ✓", "Łódź – café ✓")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Escape_Text_IsInertInElementsAndQuotedAttributes(string? text, string expected)
    {
        Assert.That(HtmlText.Escape(text), Is.EqualTo(expected));
        Assert.That(HtmlText.Attribute(text), Is.EqualTo(expected));
    }

    [TestCase("https://www.example.com/news/a?b=1", "https://www.example.com/news/a?b=1")]
    [TestCase("http://example.org/", "http://example.org/")]
    [TestCase("HTTPS://Example.com/Path", "https://example.com/Path")]
    [TestCase("https://news.example.org/a?b=1&c=\"2\"<x>", "https://news.example.org/a?b=1&c=%222%22%3Cx%3E")]
    public void LinkableUrl_HttpAndHttps_AreLinkedNormalized(string url, string expected)
    {
        Assert.That(HtmlText.LinkableUrl(url), Is.EqualTo(expected));
    }

    [TestCase("javascript:alert(document.cookie)")]
    [TestCase("JavaScript:alert(1)")]
    [TestCase(" javascript:alert(1)")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("data:text/html,<script>alert(1)</script>")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://example.com/a")]
    [TestCase("/relative/path")]
    [TestCase("//example.com/protocol-relative")]
    [TestCase("example.com/no-scheme")]
    [TestCase("https:/example.com")]
    [TestCase("https:\\\\example.com")]
    [TestCase("https://example.com/a b")]
    [TestCase("https://example.com/\u2028")]
    [TestCase("")]
    [TestCase(null)]
    public void LinkableUrl_AnythingElse_IsNotLinked(string? url)
    {
        Assert.That(HtmlText.LinkableUrl(url), Is.Null);
    }
}
