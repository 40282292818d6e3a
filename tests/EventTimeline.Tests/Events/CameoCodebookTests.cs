using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class CameoCodebookTests
{
    private static CameoCodebook Codebook => CameoCodebook.BuiltIn;

    [TestCase("041", "Discuss by telephone", 1.0)]
    [TestCase("046", "Engage in negotiation", 7.0)]
    [TestCase("0244", "Appeal for change in institutions, regime", -0.3)]
    [TestCase("130", "Threaten- not specified below", -4.4)]
    [TestCase("190", "Use conventional military force- not specified below", -10.0)]
    [TestCase("01", "MAKE PUBLIC STATEMENT", 0.0)]
    public void Find_Code_GivesLabelAndGoldstein(string code, string label, double goldstein)
    {
        var found = Codebook.Find(code);

        Assert.That(found, Is.Not.Null);
        Assert.That(found!.Label, Is.EqualTo(label));
        Assert.That(found.Goldstein, Is.EqualTo(goldstein));
    }

    [TestCase("155")]
    [TestCase("176")]
    [TestCase("1834")]
    [TestCase("1951")]
    [TestCase("1952")]
    public void Goldstein_CodeWithoutScoreInTable_IsNull(string code)
    {
        Assert.That(Codebook.Find(code), Is.Not.Null);
        Assert.That(Codebook.Goldstein(code), Is.Null);
    }

    [Test]
    public void Find_UnknownCode_GivesNull()
    {
        Assert.That(Codebook.Find("999"), Is.Null);
        Assert.That(Codebook.Label("999"), Is.Null);
    }

    [Test]
    public void Codes_BuiltIn_HasEveryRootAndAllRows()
    {
        var roots = Codebook.Codes.Where(code => code.Code.Length == 2).Select(code => code.Code);

        Assert.That(Codebook.Codes, Has.Length.EqualTo(316));
        Assert.That(roots, Is.EqualTo(Enumerable.Range(1, 20).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [TestCase("041", "04", 1)]
    [TestCase("057", "05", 1)]
    [TestCase("073", "07", 2)]
    [TestCase("112", "11", 3)]
    [TestCase("1951", "19", 4)]
    public void RootAndQuadClass_Code_FollowGdelt(string code, string root, int quadClass)
    {
        var found = Codebook.Find(code)!;

        Assert.That(found.Root, Is.EqualTo(root));
        Assert.That(found.QuadClass, Is.EqualTo(quadClass));
    }

    [Test]
    public void Parse_SmallTables_JoinsScoresToCodes()
    {
        var codebook = CameoCodebook.Parse("01,MAKE PUBLIC STATEMENT\n010,Make statement, plainly\n", "CAMEOEVENTCODE\tGOLDSTEINSCALE\n010\t0.5\n");

        Assert.That(codebook.Find("010"), Is.EqualTo(new CameoCode("010", "Make statement, plainly", 0.5)));
        Assert.That(codebook.Goldstein("01"), Is.Null);
    }

    [Test]
    public void Parse_BadScore_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => CameoCodebook.Parse("01,X\n", "H\tH\n01\tlots\n"));
    }
}
