using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Summary;

namespace EventTimeline.Tests.Export;

public sealed class SummaryExportTests
{
    private const string Attack = "<script>alert(1)</script> [click](javascript:alert(2)) *bold* `code` &amp;";

    private static readonly KeyDateSummary Hostile = new(
        KeyDateSummary.FormatName,
        2,
        2,
        null,
        null,
        null,
        [
            new KeyDate("2010-04-20", 4.5, 3, [new KeyDateSentence("Rig explodes " + Attack, "d1", 0, "event:1")], ["event:1"], ["d1", "d2"], ["bbc", "cnn"]),
            new KeyDate("2010-04-22", 2, 2, [], [], ["d2"], ["cnn"]),
        ]);

    private static readonly TimelineDocument[] Documents =
    [
        new("d1", "d1.txt", "Title " + Attack, "bbc", "javascript:alert(3)", "2010-04-21", PublishedBasis.Manifest, null),
        new("d2", "d2.txt", "Story (update)", "cnn", "https://example.com/a_(b)", "2010-04-22", PublishedBasis.Manifest, null),
    ];

    [Test]
    public void ToMarkdown_HostileText_EscapedAndOnlyHttpLinks()
    {
        var markdown = SummaryExport.ToMarkdown(Hostile, Documents);

        Assert.That(markdown, Does.Not.Contain("<script>").And.Not.Contain("[click](").And.Not.Contain("*bold*"));
        Assert.That(markdown, Does.Contain("Rig explodes \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(2)) \\*bold\\* \\`code\\` \\&amp;"));
        Assert.That(markdown, Does.Contain("## 2010-04-22\n\n- No sentence of an event dated to this day was found; named by 2 documents.\n"));
    }

    [Test]
    public void ToMarkdown_SourceWithWebAddress_LinkedWithParenthesesEncoded()
    {
        var summary = Hostile with { Dates = [new KeyDate("2010-04-22", 2, 2, [new KeyDateSentence("Oil reaches the coast .", "d2", 4, "event:2")], ["event:2"], ["d2"], ["cnn"])] };

        var markdown = SummaryExport.ToMarkdown(summary, Documents);

        Assert.That(markdown, Is.EqualTo("# Key dates\n\n## 2010-04-22\n\n- Oil reaches the coast . ([cnn, Story (update), 2010-04-22](https://example.com/a_%28b%29))\n\n*1 document from cnn.*\n\n"));
    }

    [Test]
    public void ToMarkdown_EmptySummary_SaysWhy()
    {
        var markdown = SummaryExport.ToMarkdown(Hostile with { Empty = "no event in the timeline has a date precise to the day", Dates = [] }, Documents);

        Assert.That(markdown, Is.EqualTo("# Key dates\n\nNo key dates: no event in the timeline has a date precise to the day.\n"));
    }

    [Test]
    public void ToTilse_Summary_Timeline17Layout()
    {
        var text = SummaryExport.ToTilse(Hostile);

        Assert.That(text, Is.EqualTo("2010-04-20\nRig explodes " + Attack + "\n" + new string('-', 32) + "\n2010-04-22\n" + new string('-', 32) + "\n"));
    }
}
