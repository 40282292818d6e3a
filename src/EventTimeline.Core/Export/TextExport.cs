using System.Globalization;
using System.Text;

namespace EventTimeline.Export;

/// <summary>What lets an export be written to a file as it is made (a large corpus's graph is gigabytes of text) and still be had as a string.</summary>
internal static class TextExport
{
    private const int SpillChars = 1 << 16;

    /// <summary>The text <paramref name="write"/> writes, with "\n" newlines.</summary>
    public static string ToText(Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(text);
        return text.ToString();
    }

    /// <summary>Moves what <paramref name="buffer"/> holds to <paramref name="writer"/> once it is large, so that an export built with a <see cref="StringBuilder"/> never holds more than a little of its text.</summary>
    public static void Spill(StringBuilder buffer, TextWriter writer, bool always = false)
    {
        if (always || buffer.Length >= SpillChars)
        {
            writer.Write(buffer);
            buffer.Clear();
        }
    }
}
