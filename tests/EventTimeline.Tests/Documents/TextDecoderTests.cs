using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class TextDecoderTests
{
    private const string Sample = "Café talks — “quoted”\r\nsecond line";
    private const string Expected = "Café talks — “quoted”\nsecond line";

    [Test]
    public void Decode_Utf8WithoutBom_ReturnsText()
    {
        Assert.That(TextDecoder.Decode(new UTF8Encoding(false).GetBytes(Sample)), Is.EqualTo(new DecodedText(Expected, null, null)));
    }

    [Test]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        Assert.That(TextDecoder.Decode(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray()).Text, Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_Utf16LittleEndianWithBom_ReturnsText()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        Assert.That(TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray()), Is.EqualTo(new DecodedText(Expected, null, null)));
    }

    [Test]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        Assert.That(TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray()).Text, Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_Utf32WithBom_ReturnsText()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        Assert.That(TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray()).Text, Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_MostlyUtf8WithABrokenSequence_ReplacesItAndSaysSo()
    {
        var bytes = Encoding.UTF8.GetBytes("Café talks ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" resumed")).ToArray();

        Assert.That(TextDecoder.Decode(bytes), Is.EqualTo(new DecodedText("Café talks \uFFFD( resumed", null, "1 invalid UTF-8 byte sequence(s) replaced with U+FFFD")));
    }

    [Test]
    public void Decode_Windows1252Text_IsReadAsWindows1252AndSaysSo()
    {
        var bytes = new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x92 };

        Assert.That(TextDecoder.Decode(bytes), Is.EqualTo(new DecodedText("Café “q” ’", null, "not UTF-8 (no valid multi-byte sequence): read as Windows-1252")));
    }

    [Test]
    public void Decode_GenuineReplacementCharacter_IsNotAProblem()
    {
        Assert.That(TextDecoder.Decode(Encoding.UTF8.GetBytes("a \uFFFD b")), Is.EqualTo(new DecodedText("a \uFFFD b", null, null)));
    }

    [Test]
    public void Decode_DeclaredLegacyCharset_IsUsed()
    {
        Assert.That(TextDecoder.Decode([0x43, 0x61, 0x66, 0xE9], declaredCharset: "ISO-8859-1").Text, Is.EqualTo("Café"));
    }

    [Test]
    public void Decode_TruncatedInsideAMultiByteSequence_DropsTheIncompleteTail()
    {
        var bytes = Encoding.UTF8.GetBytes("Café €");

        Assert.That(TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), truncated: true), Is.EqualTo(new DecodedText("Café ", null, null)));
    }

    [Test]
    public void Decode_PngBytes_AreRefusedAsBinary()
    {
        Assert.That(TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), Is.EqualTo(new DecodedText(null, "binary file (contains NUL bytes)", null)));
    }

    [Test]
    public void Decode_ManyControlCharacters_AreRefusedAsBinary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();

        Assert.That(TextDecoder.Decode(bytes).Refusal, Is.EqualTo("binary file (too many control characters)"));
    }
}
