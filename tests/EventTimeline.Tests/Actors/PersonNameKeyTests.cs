using EventTimeline.Actors;

namespace EventTimeline.Tests.Actors;

public sealed class PersonNameKeyTests
{
    private static string? FullKey(string name) => PersonNameKey.Parse(name, ActorCues.BuiltIn)?.FullKey;

    [TestCase("Andrey Kozyrev", "Andrei Kozyrev")]
    [TestCase("Andrey V. Kozyrev", "Andrei Kozyrev")]
    [TestCase("Mohammed Morsi", "Mohamed Morsi")]
    [TestCase("Yuri Andropov", "Yury Andropov")]
    [TestCase("Khalifa al-Haftar", "Khalifa Haftar")]
    [TestCase("Michael R. Pompeo", "Michael Pompeo")]
    [TestCase("Martin Luther King Jr.", "Martin King")]
    [TestCase("Ludwig van Beethoven", "Ludwig Beethoven")]
    public void Parse_SpellingVariants_GiveSameKey(string first, string second)
    {
        Assert.That(FullKey(first), Is.EqualTo(FullKey(second)));
    }

    [TestCase("Bashir Gemayel", "Amin Gemayel")]
    [TestCase("Jeb Bush", "George Bush")]
    public void Parse_DifferentGivenNames_GiveDifferentKeys(string first, string second)
    {
        Assert.That(FullKey(first), Is.Not.EqualTo(FullKey(second)));
    }

    [Test]
    public void Parse_SurnameAlone_IsNotFull()
    {
        var key = PersonNameKey.Parse("al-Haftar", ActorCues.BuiltIn)!;

        Assert.Multiple(() =>
        {
            Assert.That(key.IsFull, Is.False);
            Assert.That(key.Surname, Is.EqualTo(PersonNameKey.Parse("Khalifa Haftar", ActorCues.BuiltIn)!.Surname));
        });
    }

    [Test]
    public void Parse_MiddleInitial_IsDroppedFromFullForm()
    {
        Assert.That(PersonNameKey.Parse("Andrey V. Kozyrev", ActorCues.BuiltIn)!.FullForm, Is.EqualTo("Andrey Kozyrev"));
    }

    [TestCase("iPhone 3G", "the 3G iPhone")]
    [TestCase("iPod Nano", "Nano iPod")]
    public void WordSetKey_WordOrder_DoesNotMatter(string first, string second)
    {
        Assert.That(PersonNameKey.WordSetKey(first), Is.EqualTo(PersonNameKey.WordSetKey(second)));
    }

    [TestCase("Bashar al-Assad", "bashar-al-assad")]
    [TestCase("Frank-Walter Steinmeier", "frank-walter-steinmeier")]
    [TestCase("Élysée Palace", "elysee-palace")]
    public void Slug_Name_IsReadableId(string name, string expected)
    {
        Assert.That(PersonNameKey.Slug(name), Is.EqualTo(expected));
    }
}
