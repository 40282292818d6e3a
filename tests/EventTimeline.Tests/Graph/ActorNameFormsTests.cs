using EventTimeline.Graph;

namespace EventTimeline.Tests.Graph;

public sealed class ActorNameFormsTests
{
    [TestCase("Andrey Orlov", "Andrei Orlov")]
    [TestCase("Dmitriy Volkov", "Dmitry Volkov")]
    [TestCase("Dmitry Volkov", "Dmitri Volkov")]
    [TestCase("Mikhail Orlov", "Mihail Orlov")]
    [TestCase("Yuri Orlov", "Iouri Orlov")]
    [TestCase("Oleg Zelenskyy", "Oleg Zelensky")]
    [TestCase("Aleksey Orlov", "Aleksei Orlov")]
    public void Of_TransliterationVariants_GiveOneSkeleton(string one, string other)
    {
        Assert.That(ActorNameForms.BuiltIn.Of(one).Skeleton, Is.EqualTo(ActorNameForms.BuiltIn.Of(other).Skeleton));
    }

    [TestCase("Andrey V. Orlov", "andrey v orlov", "andrey orlov")]
    [TestCase("Mr. Orlov", "mr orlov", "orlov")]
    [TestCase("Russian Foreign Minister Andrey Orlov", "russian foreign minister andrey orlov", "andrey orlov")]
    [TestCase("Sen. Dr. Anna Berg", "sen dr anna berg", "anna berg")]
    [TestCase("Karim al-Rashid", "karim al rashid", "karim rashid")]
    [TestCase("Omar bin Hadi", "omar bin hadi", "omar hadi")]
    [TestCase("Tom Reed Jr.", "tom reed jr", "tom reed")]
    [TestCase("President", "president", "president")]
    [TestCase("J. R.", "j r", "j r")]
    public void Of_TitlesHonorificsInitialsParticlesSuffixes_GivesKeyAndBare(string name, string key, string bare)
    {
        var form = ActorNameForms.BuiltIn.Of(name);

        Assert.Multiple(() =>
        {
            Assert.That(form.Key, Is.EqualTo(key));
            Assert.That(form.Bare, Is.EqualTo(bare));
        });
    }

    [Test]
    public void Of_NotAPersonName_KeepsLeadingTitleWordsAndParticles()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ActorNameForms.BuiltIn.Of("General Motors", asPersonName: false).Bare, Is.EqualTo("general motors"));
            Assert.That(ActorNameForms.BuiltIn.Of("Al Jazeera", asPersonName: false).Bare, Is.EqualTo("al jazeera"));
        });
    }

    [Test]
    public void Of_NameRulesAndStoredPrefixes_GiveTheBuiltInForms()
    {
        // What query --store forms names with: the prefix words saved by the merge and the name lists alone.
        var light = new ActorNameForms(EventTimeline.Actors.NamePrefixScan.BuiltIn(), EventTimeline.Actors.ActorCues.NameRules);
        var timeline = EventTimeline.Export.TimelineFileReader.Read(File.ReadAllText(Path.Combine(SeedFiles.Folder, "..", "output", "timeline.json")));
        var names = timeline.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Concat(["Karim al-Rashid", "Tom Reed Jr.", "Sen. Dr. Anna Berg", "Iouri Orlov", "Omar bin Hadi"]).ToList();

        Assert.That(names, Has.Count.GreaterThan(20));
        foreach (var person in new[] { true, false })
        {
            Assert.That(names.Select(n => light.Of(n, person)).Select(f => (f.Key, f.Bare, f.Skeleton)), Is.EqualTo(names.Select(n => ActorNameForms.BuiltIn.Of(n, person)).Select(f => (f.Key, f.Bare, f.Skeleton))));
        }
    }
}
