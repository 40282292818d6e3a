namespace EventTimeline.Graph;

/// <summary>Orders events by start date, then end date, then id; events without a date come last.</summary>
internal sealed class EventDateOrder : IComparer<GraphEvent>
{
    /// <summary>The one instance.</summary>
    public static EventDateOrder Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(GraphEvent? x, GraphEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.Date is null != y.Date is null)
        {
            return x.Date is null ? 1 : -1;
        }

        if (x.Date is not null && y.Date is not null)
        {
            var byStart = x.Date.Start.CompareTo(y.Date.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byEnd = x.Date.End.CompareTo(y.Date.End);
            if (byEnd != 0)
            {
                return byEnd;
            }
        }

        return string.CompareOrdinal(x.Id, y.Id);
    }
}
