namespace EventTimeline.Evaluation;

/// <summary>Orders strings with their runs of ASCII digits compared as numbers ("9-b" before "10-a"), the rest ordinally.</summary>
/// <remarks>This is the order in which the task's scorer reads timeline lines before it builds their graph.</remarks>
internal sealed class NaturalOrder : IComparer<string>
{
    public static NaturalOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            var digits = IsDigit(x[i]);
            if (digits != IsDigit(y[j]))
            {
                // A run of digits against text: the text run is empty on one side, and "" sorts first.
                return digits ? -1 : 1;
            }

            var endX = RunEnd(x, i, digits);
            var endY = RunEnd(y, j, digits);
            var order = digits
                ? CompareNumbers(x, i, endX, y, j, endY)
                : x.AsSpan(i, endX - i).SequenceCompareTo(y.AsSpan(j, endY - j));
            if (order != 0)
            {
                return order;
            }

            (i, j) = (endX, endY);
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int RunEnd(string s, int start, bool digits)
    {
        var end = start;
        while (end < s.Length && IsDigit(s[end]) == digits)
        {
            end++;
        }

        return end;
    }

    private static int CompareNumbers(string x, int i, int endX, string y, int j, int endY)
    {
        while (i < endX - 1 && x[i] == '0')
        {
            i++;
        }

        while (j < endY - 1 && y[j] == '0')
        {
            j++;
        }

        var byLength = (endX - i).CompareTo(endY - j);
        return byLength != 0 ? byLength : x.AsSpan(i, endX - i).SequenceCompareTo(y.AsSpan(j, endY - j));
    }
}
