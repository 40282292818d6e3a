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
        Assert.That(TextDecoder.Decode(new UTF8Encoding(false).GetBytes(Sample), out var problem), Is.EqualTo(Expected));
        Assert.That(problem, Is.Null);
    }

    [Test]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        Assert.That(TextDecoder.Decode(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray(), out _), Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_Utf16LittleEndianWithBom_ReturnsText()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        Assert.That(TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray(), out _), Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_Utf16BigEndianWithBom_ReturnsText()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        Assert.That(TextDecoder.Decode(encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray(), out _), Is.EqualTo(Expected));
    }

    [Test]
    public void Decode_InvalidUtf8_ReportsProblem()
    {
        Assert.That(TextDecoder.Decode([0x41, 0xC3, 0x28, 0x42], out var problem), Is.Null);
        Assert.That(problem, Does.Contain("not valid"));
    }

    [Test]
    public void Decode_BinaryBytes_ReportsNotText()
    {
        Assert.That(TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], out var problem), Is.Null);
        Assert.That(problem, Does.Contain("not"));
    }
}
