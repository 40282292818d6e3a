using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class FurnitureDetectorTests
{
    private const string Teaser = "Talks on the river treaty can still succeed despite the floods, the minister says.";

    [Test]
    public void Drop_TeaserOnFiveDaysOfOneOutlet_IsDroppedFromEveryPageAndListed()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Page($"a{i}", "wire", i, Teaser)).ToList();

        var result = new FurnitureDetector().Drop(documents);

        Assert.Multiple(() =>
        {
            Assert.That(result.Texts, Has.All.Not.Contain("river treaty"));
            Assert.That(result.Texts[0], Is.EqualTo("Story bravo opens here.\n\nIt ends with its own line, bravo."));
            Assert.That(result.DroppedLines, Is.EqualTo(new[] { 1, 1, 1, 1, 1 }));
            Assert.That(result.Lines, Is.EqualTo(new[] { new FurnitureLine("wire", Teaser, 5) }));
        });
    }

    [Test]
    public void Drop_SameSentenceFromFiveOutlets_IsNewsAndStays()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Page($"a{i}", "outlet" + i, i, Teaser)).ToList();

        var result = new FurnitureDetector().Drop(documents);

        Assert.Multiple(() =>
        {
            Assert.That(result.Texts, Has.All.Contain("river treaty"));
            Assert.That(result.Lines, Is.Empty);
        });
    }

    [Test]
    public void Drop_RepostsOfOneStory_CountOnceAndKeepTheirText()
    {
        var original = Page("a1", "wire", 1, Teaser);
        var documents = new[] { original }
            .Concat(Enumerable.Range(2, 4).Select(i => original with { Id = "a" + i, OriginalId = "a1", Published = new DateOnly(2024, 3, i) }))
            .ToList();

        var result = new FurnitureDetector().Drop(documents);

        Assert.That(result.Texts, Has.All.Contain("river treaty"));
    }

    [Test]
    public void Drop_UpdatesOfOneDay_AreAStorySeriesNotFurniture()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Page($"a{i}", "wire", 1, Teaser) with { Text = $"Update {Words[i]} of the day.\n{Teaser}" }).ToList();

        var result = new FurnitureDetector().Drop(documents);

        Assert.That(result.Texts, Has.All.Contain("river treaty"));
    }

    [Test]
    public void Drop_UnknownOutlet_IsNeverFurniture()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Page($"a{i}", null, i, Teaser)).ToList();

        Assert.That(new FurnitureDetector().Drop(documents).Texts, Has.All.Contain("river treaty"));
    }

    [Test]
    public void Drop_LinesThatDifferOnlyInDigits_AreOneLine()
    {
        var documents = Enumerable.Range(1, 5).Select(i => Page($"a{i}", "wire", i, $"Last updated at 1{i}:0{i} GMT")).ToList();

        var result = new FurnitureDetector().Drop(documents);

        Assert.Multiple(() =>
        {
            Assert.That(result.Texts, Has.All.Not.Contain("Last updated"));
            Assert.That(result.Lines.Single().Documents, Is.EqualTo(5));
        });
    }

    [Test]
    public void Drop_ShuffledInput_GivesTheSameResultInInputOrder()
    {
        var documents = Enumerable.Range(1, 8).Select(i => Page($"a{i}", "wire", i, i % 2 == 0 ? "Help" : Teaser)).ToList();
        var reversed = Enumerable.Reverse(documents).ToList();

        var forward = new FurnitureDetector().Drop(documents);
        var backward = new FurnitureDetector().Drop(reversed);

        Assert.Multiple(() =>
        {
            Assert.That(backward.Texts.Reverse(), Is.EqualTo(forward.Texts));
            Assert.That(backward.Lines, Is.EqualTo(forward.Lines));
            Assert.That(forward.Lines.Select(line => line.Text), Is.EqualTo(new[] { "Help", Teaser }));
        });
    }

    [TestCase("BBC", null, "bbc")]
    [TestCase(null, "https://www.example.com/news/1", "example.com")]
    [TestCase(null, null, null)]
    public void Outlet_SourceElseUrlHost_InLowerCase(string? source, string? url, string? expected)
    {
        Assert.That(FurnitureDetector.Outlet(source, url), Is.EqualTo(expected));
    }

    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"];

    // A page of its own story (lines no other page has) with the furniture line in the middle.
    private static FurnitureCandidate Page(string id, string? outlet, int day, string furniture) => new(
        id,
        outlet,
        $"Story {Words[day]} opens here.\n\n{furniture}\nIt ends with its own line, {Words[day]}.",
        null,
        new DateOnly(2024, 3, day));
}
