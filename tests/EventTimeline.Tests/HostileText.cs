using System.Text;

using FsCheck;
using FsCheck.Fluent;

namespace EventTimeline.Tests;

/// <summary>FsCheck generators of text that news never holds but scraped input may: RTL scripts, emoji, control characters, lone surrogates, markup breakers, very long tokens, mixed with news-like phrases.</summary>
internal static class HostileText
{
    private static readonly string[] _fragments =
    [
        "On 3 March 2014, ", "President Alba Ruiz said on Monday that ", "talks resumed in Geneva", "next week", "two years ago",
        "the ministry announced ", "Mr. O'Neil-Smith met Dr. Abe ", ". ", ".\n\n", "\n", "\r\n", "\t", " ",
        "שלום עולם ", "مرحبا بالعالم ", "\u202Eevil\u202C ", "\u200F\u200E", "😀", "👩‍👩‍👧", "🇺🇳 ",
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\u007F", "\uFEFF", "\u2028", "\u2029", "\uFFFE", "\uFFFF",
        "\uD800", "\uDC00", "\uDBFF\uDBFF", "<script>alert(1)</script>", "&amp;", "&", "<", ">", "]]>", "\"", "'", "=cmd|' /C calc'!A0",
        "1.1.1.1", "12/12/12/12", "2014-2014-2014", "Q3", "1990s", "5:30 p.m.", "'", "—", "…",
    ];

    private static readonly Gen<char> _anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);

    private static readonly Gen<string> _fragment = Gen.Frequency(
        (6, Gen.Elements(_fragments)),
        (3, _anyChar.ArrayOf().Select(chars => new string(chars))),
        (1, Gen.Choose(500, 8_000).SelectMany(n => Gen.Elements('a', 'Z', '7', '.', '-', 'ش').Select(c => new string(c, n)))));

    /// <summary>Texts of up to a few dozen fragments.</summary>
    public static Arbitrary<string> Texts { get; } = Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(count => _fragment.ArrayOf(count)))
        .Select(parts => string.Concat(parts))
        .ToArbitrary();

    /// <summary>A text's characters as escapes, so that a failure message can be read and replayed.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 400 ? text[..400] : text)
        {
            shown.Append(c is >= ' ' and <= '~' ? c.ToString() : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return shown.ToString();
    }
}
