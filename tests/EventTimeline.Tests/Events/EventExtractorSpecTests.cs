using System.Globalization;

using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

/// <summary>Runs the extraction cases of tests/data/events/extraction.json and dating.json.</summary>
public sealed class EventExtractorSpecTests
{
    private static IEnumerable<TestCaseData> Cases() => ExtractionSpec.Load("extraction.json").Concat(ExtractionSpec.Load("dating.json"));

    [TestCaseSource(nameof(Cases))]
    public void Extract_SpecCase_YieldsExpectedEvents(object boxed)
    {
        var spec = (ExtractionSpec)boxed;
        var document = spec.Build();
        var mentions = EventExtractor.BuiltIn.Extract(document);
        var described = string.Join("\n", mentions.Select(mention => Describe(document, mention)));

        Assert.Multiple(() =>
        {
            foreach (var expected in spec.Expect)
            {
                var found = mentions.Where(mention => mention.Trigger == expected.Trigger).ToList();
                Assert.That(found, Has.Count.EqualTo(1), $"trigger '{expected.Trigger}' in:\n{described}");
                if (found.Count != 1)
                {
                    continue;
                }

                Check(document, found[0], expected, described);
            }

            foreach (var absent in spec.Absent)
            {
                Assert.That(mentions.Select(mention => mention.Trigger), Does.Not.Contain(absent), $"absent '{absent}' in:\n{described}");
            }

            if (spec.Count is { } count)
            {
                Assert.That(mentions, Has.Length.EqualTo(count), described);
            }
        });
    }

    internal static string Describe(AnnotatedDocument document, EventMention mention)
    {
        var actors = string.Join(", ", mention.Participants.Select(participant => document.Actors[participant.ActorMention].Text + "=" + participant.Role));
        var interval = mention.Date.Interval is { } range ? range.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + range.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
        return $"{mention.Trigger} [{mention.Type}] {{{actors}}} {mention.Status} {interval} {mention.Date.Basis} time={mention.Time?.Text} loc={mention.Location}";
    }

    private static void Check(AnnotatedDocument document, EventMention mention, ExpectedEvent expected, string described)
    {
        var context = $"'{expected.Trigger}' in:\n{described}";
        if (expected.Type is not null)
        {
            Assert.That(mention.Type, Is.EqualTo(expected.Type), context);
        }

        CheckRole(document, mention, ParticipantRole.Source, expected.Source, context);
        CheckRole(document, mention, ParticipantRole.Target, expected.Target, context);
        CheckRole(document, mention, ParticipantRole.Participant, expected.Participant, context);
        if (expected.Status is not null)
        {
            Assert.That(mention.Status.ToString(), Is.EqualTo(expected.Status).IgnoreCase, context);
        }

        if (expected.Date is not null)
        {
            var parts = expected.Date.Split("..");
            Assert.That(mention.Date.Interval?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(parts[0]), context);
            Assert.That(mention.Date.Interval?.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(parts[^1]), context);
        }

        if (expected.Basis is not null)
        {
            Assert.That(mention.Date.Basis.ToString(), Is.EqualTo(expected.Basis).IgnoreCase, context);
        }

        if (expected.Time is not null)
        {
            Assert.That(mention.Time?.Text ?? string.Empty, Is.EqualTo(expected.Time), context);
        }

        if (expected.Location is not null)
        {
            Assert.That(mention.Location ?? string.Empty, Is.EqualTo(expected.Location), context);
        }

        Assert.That(expected.Extra, Is.Null.Or.Empty, "unknown fields in the spec");
    }

    private static void CheckRole(AnnotatedDocument document, EventMention mention, ParticipantRole role, List<string>? expected, string context)
    {
        if (expected is null)
        {
            return;
        }

        var actual = mention.Participants.Where(participant => participant.Role == role).Select(participant => document.Actors[participant.ActorMention].Text).Order(StringComparer.Ordinal);
        Assert.That(actual, Is.EqualTo(expected.Order(StringComparer.Ordinal)), $"{role} of {context}");
    }
}
