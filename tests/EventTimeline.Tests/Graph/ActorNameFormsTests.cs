using EventTimeline.Graph;
using EventTimeline.Resources;

namespace EventTimeline.Tests.Graph;

public sealed class ActorNameFormsTests
{
    private static IEnumerable<TestCaseData> VariantExamples()
    {
        // Every row of the variant file names its example ("Andrey = Andrei"); all spellings of one example must fold alike.
        foreach (var row in ResourceFile.ReadTsv("actors/name-variants.tsv"))
        {
            yield return new TestCaseData(row[0], row[2].Split('=').Select(part => part.Trim()).ToArray()).SetArgDisplayNames(row[0], row[2]);
        }
    }

    [TestCaseSource(nameof(VariantExamples))]
    public void Of_VariantFileExamples_FoldToOneSkeleton(string rule, string[] spellings)
    {
        var skeletons = spellings.Select(spelling => ActorNameForms.BuiltIn.Of(spelling).Skeleton).Distinct().ToList();

        Assert.That(skeletons, Has.Count.EqualTo(1), $"rule {rule}: {string.Join(", ", skeletons)}");
    }

    [TestCase("Andrey V. Orlov", "andrey v orlov", "andrey orlov")]
    [TestCase("Mr. Orlov", "mr orlov", "orlov")]
    [TestCase("Russian Foreign Minister Andrey Orlov", "russian foreign minister andrey orlov", "andrey orlov")]
    [TestCase("Sen. Dr. Anna Berg", "sen dr anna berg", "anna berg")]
    [TestCase("President", "president", "president")]
    [TestCase("J. R.", "j r", "j r")]
    public void Of_TitlesHonorificsAndInitials_GivesKeyAndBare(string name, string key, string bare)
    {
        var form = ActorNameForms.BuiltIn.Of(name);

        Assert.Multiple(() =>
        {
            Assert.That(form.Key, Is.EqualTo(key));
            Assert.That(form.Bare, Is.EqualTo(bare));
        });
    }

    [Test]
    public void Of_WithoutStripping_KeepsLeadingTitleWords()
    {
        Assert.That(ActorNameForms.BuiltIn.Of("General Motors", stripPrefixes: false).Bare, Is.EqualTo("general motors"));
    }

    [Test]
    public void Fold_DoubledLetters_Collapse()
    {
        Assert.That(ActorNameForms.BuiltIn.Fold("zelenskyy"), Is.EqualTo(ActorNameForms.BuiltIn.Fold("zelensky")));
    }
}
