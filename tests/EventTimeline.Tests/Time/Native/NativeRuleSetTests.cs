using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Time.Native;

public sealed class NativeRuleSetTests
{
    private const string Fragments = """
        {
          "fragments": { "weekday": { "pattern": "Monday|Friday" }, "unit": { "table": "unit" } },
          "tables": {
            "number": { "one": "1" }, "ordinal": { "first": "1" }, "unit": { "day": "D", "days": "D" },
            "holiday": { "christmas": "12-25" }, "weekdayNumber": { "monday": "1", "friday": "5" }
          }
        }
        """;

    [Test]
    public void Default_ShippedFiles_LoadWithRulesOfEveryType()
    {
        var rules = NativeRuleSet.Default.Rules;

        Assert.That(rules, Has.Count.GreaterThan(50));
        Assert.That(rules.Select(rule => rule.Type).Distinct().Count(), Is.EqualTo(5));
        Assert.That(rules.Select(rule => rule.Name), Is.Unique);
    }

    [Test]
    public void Load_ValidFiles_CompilesFragmentsAndTemplates()
    {
        var set = NativeRuleSet.Load("fragments.json", Fragments, [("rules-test.json", Rule("\"{pickWeekday(weekdayNumber($w))}\"", "(?<w>%{weekday})"))]);

        var rule = set.Rules.Single();
        Assert.That(rule.Pattern.IsMatch("on Friday"), Is.True);
        Assert.That(rule.Value!.Source, Is.EqualTo("{pickWeekday(weekdayNumber($w))}"));
    }

    [TestCase("{ \"rules\": [ ", "rules-test.json")]
    [TestCase("{ \"rules\": [ { \"name\": \"r\", \"pattern\": \"x\", \"type\": \"DATE\", \"value\": \"1\", \"colour\": 1 } ] }", "colour")]
    public void Load_MalformedJson_NamesTheFile(string json, string expected)
    {
        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", Fragments, [("rules-test.json", json)]));

        Assert.That(error!.Message, Does.Contain("rules-test.json").And.Contain(expected));
    }

    [TestCase("\"{$w}\"", "(?<w>%{month})", "unknown fragment %{month}")]
    [TestCase("\"{$w}\"", "(?<w>[a-", "pattern is not a valid regular expression")]
    [TestCase("\"{$x}\"", "(?<w>%{weekday})", "uses $x, which the pattern does not define")]
    [TestCase("\"{frobnicate($w)}\"", "(?<w>%{weekday})", "\\\"frobnicate\\\" is neither a built-in function nor a table")]
    [TestCase("\"{ref(day)}\"", "(?<w>%{weekday})", "ref takes 2–2 arguments, not 1")]
    [TestCase("\"{ref(day, -1\"", "(?<w>%{weekday})", "expected ')'")]
    [TestCase("null", "(?<w>%{weekday})", "\"value\" is missing")]
    public void Load_BrokenRule_GivesAClearError(string value, string pattern, string expected)
    {
        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", Fragments, [("rules-test.json", Rule(value, pattern))]));

        Assert.That(error!.Message, Does.StartWith("rules-test.json: rule \"r\"").And.Contain(expected.Replace("\\\"", "\"", StringComparison.Ordinal)));
    }

    [Test]
    public void Load_BadType_NamesTheRule()
    {
        var json = Rule("\"1\"", "x").Replace("\"DATE\"", "\"DAY\"", StringComparison.Ordinal);

        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", Fragments, [("rules-test.json", json)]));

        Assert.That(error!.Message, Does.Contain("rule \"r\": type \"DAY\" is not DATE, TIME, DURATION, SET or NONE"));
    }

    [Test]
    public void Load_DuplicateRuleNames_Rejected()
    {
        var json = Rule("\"1\"", "x");

        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", Fragments, [("a.json", json), ("b.json", json)]));

        Assert.That(error!.Message, Does.Contain("rule \"r\" is defined twice"));
    }

    [Test]
    public void Load_SelfReferentialFragment_Rejected()
    {
        var fragments = Fragments.Replace("\"Monday|Friday\"", "\"Monday|%{weekday}\"", StringComparison.Ordinal);

        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", fragments, []));

        Assert.That(error!.Message, Does.Contain("fragment \"weekday\" refers to itself"));
    }

    [Test]
    public void Load_MissingRequiredTable_Rejected()
    {
        var fragments = Fragments.Replace("\"holiday\"", "\"holidays\"", StringComparison.Ordinal);

        var error = Assert.Throws<NativeRuleException>(() => NativeRuleSet.Load("fragments.json", fragments, []));

        Assert.That(error!.Message, Is.EqualTo("fragments.json: the table \"holiday\" is missing"));
    }

    private static string Rule(string value, string pattern) =>
        $$"""{ "rules": [ { "name": "r", "pattern": {{Newtonsoft.Json.JsonConvert.ToString(pattern)}}, "type": "DATE", "value": {{value}} } ] }""";
}
