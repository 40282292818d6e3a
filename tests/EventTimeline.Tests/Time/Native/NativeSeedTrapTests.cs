using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Time.Native;

/// <summary>The seed articles' date traps (issue 2), through the native engine, with the publication dates of seeds/README.md.</summary>
public sealed class NativeSeedTrapTests
{
    private static readonly NativeTemporalTagger Tagger = new();

    [Test]
    public void Seed000_LastFriday_Is20150918()
    {
        Assert.That(Find("000", new DateOnly(2015, 9, 21), "last Friday").Value, Is.EqualTo("2015-09-18"));
    }

    [Test]
    public void Seed000_LaterThisMonth_Is201509()
    {
        Assert.That(Find("000", new DateOnly(2015, 9, 21), "later this month").Value, Is.EqualTo("2015-09"));
    }

    [Test]
    public void Seed000_MayHope_IsNotAMonth()
    {
        var (text, mentions) = Tag("000", new DateOnly(2015, 9, 21));
        var may = text.IndexOf("may hope", StringComparison.Ordinal);

        Assert.That(mentions.Any(m => m.Start <= may && may < m.End), Is.False);
    }

    [Test]
    public void Seed000_PaywallText_HasNoExpressions()
    {
        var (text, mentions) = Tag("000", new DateOnly(2015, 9, 21));
        var paywall = text.IndexOf("Subscribe now", StringComparison.Ordinal);

        Assert.That(paywall, Is.GreaterThan(0));
        Assert.That(mentions.Where(m => m.End > paywall).Select(m => m.Text), Is.Empty);
    }

    [Test]
    public void Seed001_OnSeptember5_Is20150905()
    {
        Assert.That(Find("001", new DateOnly(2015, 9, 20), "September 5").Value, Is.EqualTo("2015-09-05"));
    }

    [Test]
    public void Seed002_Friday_Is20150918()
    {
        Assert.That(Find("002", new DateOnly(2015, 9, 18), "Friday").Value, Is.EqualTo("2015-09-18"));
    }

    [Test]
    public void Seed002_TwoWeeksAgo_IsTheWeekOf20150904()
    {
        var mention = Find("002", new DateOnly(2015, 9, 18), "two weeks ago");
        var day = new DateOnly(2015, 9, 4);

        Assert.That(mention.Value, Is.EqualTo("2015-W36"));
        Assert.That(mention.Interval!.Start <= day && day <= mention.Interval.End, Is.True);
    }

    [Test]
    public void Seed003_Saturday_Is20150919()
    {
        Assert.That(Find("003", new DateOnly(2015, 9, 21), "Saturday").Value, Is.EqualTo("2015-09-19"));
    }

    [Test]
    public void Seed003_In2008_Is2008()
    {
        Assert.That(Find("003", new DateOnly(2015, 9, 21), "2008").Value, Is.EqualTo("2008"));
    }

    [Test]
    public void Seed003_May2013_Is201305()
    {
        Assert.That(Find("003", new DateOnly(2015, 9, 21), "May 2013").Value, Is.EqualTo("2013-05"));
    }

    private static (string Text, IReadOnlyList<TimeMention> Mentions) Tag(string prefix, DateOnly documentDate)
    {
        var text = File.ReadAllText(SeedPath(prefix));
        return (text, Tagger.Tag(text, documentDate));
    }

    private static TimeMention Find(string prefix, DateOnly documentDate, string expression)
    {
        var (text, mentions) = Tag(prefix, documentDate);
        var start = text.IndexOf(expression, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{expression}' is not in seed {prefix}");
        var mention = mentions.FirstOrDefault(m => m.Start == start && m.Length == expression.Length);
        Assert.That(mention, Is.Not.Null, $"'{expression}' not tagged; found: {string.Join("; ", mentions.Select(m => m.Text + "=" + m.Value))}");
        return mention!;
    }

    private static string SeedPath(string prefix)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "seeds");
            if (Directory.Exists(seeds))
            {
                return Directory.EnumerateFiles(seeds, prefix + "_*.txt").Single();
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above the test directory");
    }
}
