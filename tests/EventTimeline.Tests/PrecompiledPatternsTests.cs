using System.Text.RegularExpressions;

using EventTimeline.Documents;
using EventTimeline.Resources;
using EventTimeline.Text;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests;

public sealed class PrecompiledPatternsTests
{
    private static readonly string GeneratedFile = Path.Combine(
        Path.GetDirectoryName(SeedFiles.Folder)!, "src", "EventTimeline.Core", "PrecompiledPatterns.Generated.cs");

    // Every compiled pattern the shipped data files make.
    private static IEnumerable<Regex> ShippedPatterns() =>
        NativeRuleSet.Default.Rules.SelectMany(rule => new[] { rule.Pattern, rule.NotBefore, rule.NotAfter }).OfType<Regex>()
            .Concat(BoilerplateFilter.LoadRules(ResourceFile.ReadText("text/boilerplate.json")).Select(rule => rule.Pattern))
            .Append(ExplicitDateParser.CreateDefault().Pattern);

    [Test]
    public void Source_ShippedPatterns_EqualsTheCheckedInGeneratedFile()
    {
        var expected = PrecompiledPatterns.Source(ShippedPatterns());
        var actual = File.ReadAllText(GeneratedFile).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(GeneratedFile, expected);
            Assert.Inconclusive($"{GeneratedFile} rewritten; build again and rerun");
        }

        Assert.That(actual, Is.EqualTo(expected), "a data file's patterns changed: run UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~PrecompiledPatternsTests, then build");
    }

    [Test]
    public void Create_ShippedPatterns_ComeFromTheGeneratedFile()
    {
        var notPrecompiled = ShippedPatterns()
            .Where(regex => PrecompiledPatterns.Find(regex.ToString(), regex.Options) is not { } found || !ReferenceEquals(found, regex))
            .Select(regex => regex.ToString())
            .ToList();

        Assert.That(notPrecompiled, Is.Empty);
    }

    [Test]
    public void Find_EditedPattern_ReturnsNull()
    {
        var shipped = NativeRuleSet.Default.Rules[0].Pattern;

        Assert.That(PrecompiledPatterns.Find(shipped + "(?:edited)", shipped.Options), Is.Null);
    }

    [Test]
    public void Load_EditedRule_CompilesItAtRunTime()
    {
        const string Fragments = """
            {
              "fragments": {},
              "tables": { "number": { "one": "1" }, "ordinal": { "first": "1" }, "unit": { "day": "D" }, "holiday": { "christmas": "12-25" } }
            }
            """;
        const string Rules = """{ "rules": [ { "name": "edited", "pattern": "(?<y>\\d{4}) edited", "type": "DATE", "value": "$y" } ] }""";

        var rule = NativeRuleSet.Load("fragments.json", Fragments, [("rules-test.json", Rules)]).Rules.Single();

        Assert.That(rule.Pattern.IsMatch("in 1999 edited"), Is.True);
        Assert.That(rule.Pattern.MatchTimeout, Is.EqualTo(BoundedRegex.Timeout));
    }
}
