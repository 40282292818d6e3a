using System.Globalization;

using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Tests.Export;

public sealed class ReportViewTests
{
    [Test]
    public void Opening_SmallTimeline_IsNullSoThePageShowsEveryEvent()
    {
        var events = Enumerable.Range(0, ReportView.WholeTimelineEvents).Select(i => Event(i, new DateOnly(2015, 9, 1).AddDays(i % 20), Granularity.Day)).ToList();
        events.Add(Event(999, new DateOnly(1990, 1, 1), Granularity.Year));

        Assert.That(ReportView.Opening(events.Take(ReportView.WholeTimelineEvents).ToList()), Is.Null);
        Assert.That(ReportView.Opening(events), Is.Not.Null);
    }

    [Test]
    public void Opening_StoryWithBackgroundAndFutureMentions_SpansTheStoryOnly()
    {
        var events = new List<TimelineEvent>();
        // the story: April to September, busiest in June
        for (var i = 0; i < 400; i++)
        {
            events.Add(Event(i, new DateOnly(2010, 4, 20).AddDays(i * 160 / 400), Granularity.Day, salience: i % 5 == 0 ? 3 : 1));
        }

        // background years, a few far-future dates, and stray later days reported once
        for (var i = 0; i < 40; i++)
        {
            events.Add(Event(1000 + i, new DateOnly(1915 + (i * 2), 1, 1), Granularity.Year));
            events.Add(Event(2000 + i, new DateOnly(2011, 1, 1).AddDays(i * 9), Granularity.Day));
        }

        events.Add(Event(3000, new DateOnly(2042, 1, 1), Granularity.Day));

        var view = ReportView.Opening(events)!;

        Assert.That((view.From.Year, view.From.Month, view.To.Year, view.To.Month), Is.EqualTo((2010, 4, 2010, 9)), $"{view.From}–{view.To}");
    }

    internal static TimelineEvent Event(int n, DateOnly day, Granularity granularity, double salience = 1, int sentences = 1)
    {
        var start = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = granularity == Granularity.Year ? day.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : start;
        var mentions = Enumerable.Range(0, sentences)
            .Select(s => new TimelineMention("doc" + n.ToString(CultureInfo.InvariantCulture), s, $"Sentence {s} of event {n:D4} says what happened.", null, "met"))
            .ToList();
        return new TimelineEvent(
            "event:" + n.ToString("x16", CultureInfo.InvariantCulture),
            "meeting",
            "040",
            1.0,
            "Meeting",
            new TimelineDate(start, end, granularity, start, EventDateBasis.Explicit),
            EventStatus.Asserted,
            [],
            null,
            null,
            1,
            mentions) { Salience = salience };
    }
}
