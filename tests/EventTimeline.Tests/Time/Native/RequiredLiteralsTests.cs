using EventTimeline.Documents;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Time.Native;

public sealed class RequiredLiteralsTests
{
    [TestCase(@"last\s+(?<w>Monday|Tuesday)", "last; monday tuesday")]
    [TestCase(@"(?:(?:early|late)\s+)?today", "today")]
    [TestCase(@"years?\s+ago", "year; ago")]
    [TestCase(@"now|currently|at\s+present", "now currently present")]
    [TestCase(@"now|at\s+it", "")]
    [TestCase(@"(?-i:May)(?=\s+(?:be|have))(?!\s+day)", "may")]
    [TestCase(@"(?<![\p{L}\p{N}])(?:mid-?(?<p>afternoon|morning))(?![\p{L}\p{N}])", "mid; afternoon morning")]
    [TestCase(@"the\s+(?:next|following){1,2}\s+week", "the; next following; week")]
    [TestCase(@"(?:sub|under)-(?:minute|second){0,1}", "sub under")]
    [TestCase(@"week[a-z]*s+end", "week; send")]
    [TestCase(@"(?<=\b(?:in|during)\s+)the\s+(?<p>morning|evening)", "the; morning evening")]
    [TestCase(@"(?(x)yes|no)", "")]
    public void Of_Pattern_GivesTheWordsItCannotMatchWithout(string pattern, string expected)
    {
        var literals = RequiredLiterals.Of(pattern);

        Assert.That(string.Join("; ", literals.AnyOf.Select(words => string.Join(' ', words))), Is.EqualTo(expected));
    }

    [Test]
    public void MayMatch_TextWithoutAWord_IsFalseAndWithEveryWordTrue()
    {
        var literals = RequiredLiterals.Of(@"last\s+(?<w>Monday|Tuesday)");

        Assert.Multiple(() =>
        {
            Assert.That(literals.MayMatch(new RequiredLiterals.TextProbe("We met on Monday.")), Is.False);
            Assert.That(literals.MayMatch(new RequiredLiterals.TextProbe("LAST week, not TUESDAY")), Is.True);
        });
    }

    [Test]
    public void MayMatch_TextWithLettersThatMatchOnlyIgnoringCase_IsNeverRuledOut()
    {
        // U+212A KELVIN SIGN matches "k" in a case-insensitive .NET pattern.
        var literals = RequiredLiterals.Of("week");

        Assert.That(literals.MayMatch(new RequiredLiterals.TextProbe("last wee\u212A")), Is.True);
    }

    [Test]
    public void MayMatch_EveryBuiltInRuleOnDevelopmentDocuments_IsTrueWheneverThePatternMatches()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data", "tempeval3-subset");
        var texts = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => TimeMlReader.Read(File.ReadAllText(path), path).Text)
            .Concat(["Mid-morning on Thursdays, every other week; in the 1990s; 3 p.m. EST; the year-ago quarter; Christmas Eve."])
            .ToList();
        var skipped = 0;
        foreach (var rule in NativeRuleSet.Default.Rules)
        {
            foreach (var text in texts)
            {
                var mayMatch = rule.Literals.MayMatch(new RequiredLiterals.TextProbe(text));
                Assert.That(!rule.Pattern.IsMatch(text) || mayMatch, $"rule {rule.Name} matches a text it would skip");
                skipped += mayMatch ? 0 : 1;
            }
        }

        // The point of the requirements: most rules are skipped for most texts.
        Assert.That(skipped, Is.GreaterThan(NativeRuleSet.Default.Rules.Count * texts.Count / 2));
    }
}
