using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

/// <summary>Starts the real "microsoft" tagger (the recognizer in process) and finds mentions in its output.</summary>
internal static class RealTagger
{
    public static MicrosoftTemporalTagger Start() => new();

    public static IReadOnlyList<TimeMention> Tag(ITemporalTagger tagger, string text, string? documentDate) =>
        tagger.Tag([new TaggingRequest(text, documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture))])[0];

    /// <summary>The mention whose text is <paramref name="expression"/> at its <paramref name="occurrence"/>-th place in the text (0-based).</summary>
    public static TimeMention Single(IReadOnlyList<TimeMention> mentions, string text, string expression, int occurrence = 0)
    {
        var offset = OffsetOf(text, expression, occurrence);
        var found = Overlapping(mentions, offset, expression.Length);
        Assert.That(found, Has.Count.EqualTo(1), $"expected one mention over '{expression}' at {offset}, got: {string.Join("; ", found)}");
        return found[0];
    }

    /// <summary>The mentions that overlap the <paramref name="occurrence"/>-th place of <paramref name="fragment"/> in the text.</summary>
    public static IReadOnlyList<TimeMention> Over(IReadOnlyList<TimeMention> mentions, string text, string fragment, int occurrence = 0) =>
        Overlapping(mentions, OffsetOf(text, fragment, occurrence), fragment.Length);

    private static int OffsetOf(string text, string fragment, int occurrence)
    {
        var offset = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            offset = text.IndexOf(fragment, offset + 1, StringComparison.Ordinal);
            Assert.That(offset, Is.GreaterThanOrEqualTo(0), $"'{fragment}' occurs fewer than {occurrence + 1} times in the text");
        }

        return offset;
    }

    private static List<TimeMention> Overlapping(IReadOnlyList<TimeMention> mentions, int offset, int length) =>
        mentions.Where(mention => mention.Start < offset + length && offset < mention.End).ToList();
}
