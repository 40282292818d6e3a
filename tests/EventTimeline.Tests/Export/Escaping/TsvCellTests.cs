using EventTimeline.Export.Escaping;

namespace EventTimeline.Tests.Export.Escaping;

public sealed class TsvCellTests
{
    [TestCase("plain text", "plain text")]
    [TestCase("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("+SUM(1,2)", "'+SUM(1,2)")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "' =1")]
    [TestCase("\r=1", "' =1")]
    [TestCase("\u0001=1", "'=1")]
    [TestCase("a\tb\r\nc\nd", "a b  c d")]
    [TestCase("x\u2028y\u2029z\u0085w", "x y z w")]
    [TestCase("bell\u0007 and nul\u0000", "bell and nul")]
    [TestCase("in the = middle", "in the = middle")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Text_NastyText_IsOneInertCell(string? text, string expected)
    {
        Assert.That(TsvCell.Text(text), Is.EqualTo(expected));
    }

    [TestCase(-10.0, "-10")]
    [TestCase(3.4, "3.4")]
    [TestCase(null, "")]
    public void Number_OwnNumbers_AreInvariantAndUnquoted(double? value, string expected)
    {
        Assert.That(TsvCell.Number(value), Is.EqualTo(expected));
    }

    [Test]
    public void Row_Cells_JoinedByTabsEndingWithNewline()
    {
        Assert.That(TsvCell.Row(["a", "b", string.Empty]), Is.EqualTo("a\tb\t\n"));
    }
}
