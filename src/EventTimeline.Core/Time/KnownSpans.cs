namespace EventTimeline.Time;

/// <summary>Lookups in a list of text spans sorted by start and not overlapping (the expressions an engine already found).</summary>
internal static class KnownSpans
{
    /// <summary>True when <paramref name="position"/> lies inside one of <paramref name="spans"/>.</summary>
    public static bool Covers(IReadOnlyList<(int Start, int End)> spans, int position)
    {
        var low = 0;
        var high = spans.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].End <= position)
            {
                low = middle + 1;
            }
            else if (spans[middle].Start > position)
            {
                high = middle - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
