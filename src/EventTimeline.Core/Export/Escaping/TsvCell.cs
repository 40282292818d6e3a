using System.Globalization;
using System.Text;

namespace EventTimeline.Export.Escaping;

/// <summary>Cell escaping for every TSV file EventTimeline writes: one cell stays one cell, and no text cell can start a spreadsheet formula.</summary>
internal static class TsvCell
{
    /// <summary>Returns <paramref name="text"/> as a TSV text cell (empty for null).</summary>
    /// <remarks>A cell starting with '=', '+', '-', '@', tab or carriage return gets a leading single quote (OWASP's advice against CSV injection);
    /// tabs and line breaks of any kind become spaces and other control characters are dropped, so rows and columns stay intact.</remarks>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cell = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            if (c is '\t' or '\r' or '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029')
            {
                cell.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                cell.Append(c);
            }
        }

        // Checked after cleaning too: a dropped control character must not uncover a formula.
        if (text[0] is '\t' or '\r' || (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@'))
        {
            cell.Insert(0, '\'');
        }

        return cell.ToString();
    }

    /// <summary>Returns a number written by EventTimeline itself (not from the input) in invariant culture, or empty for null; a leading minus is kept so spreadsheets read a number.</summary>
    public static string Number(double? value) =>
        value is { } number ? number.ToString("0.###", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Returns an integer in invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the cells joined by tabs, ending with "\n".</summary>
    public static string Row(IEnumerable<string> cells) => string.Join('\t', cells) + "\n";
}
