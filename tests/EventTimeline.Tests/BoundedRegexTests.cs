using System.Reflection;
using System.Text.RegularExpressions;

namespace EventTimeline.Tests;

/// <summary>Every regular expression in src/ has the shared match time limit (issue 9: bounded regex work).</summary>
public sealed partial class BoundedRegexTests
{
    private static readonly string _sourceFolder = Path.Combine(Path.GetDirectoryName(SeedFiles.Folder)!, "src");

    private static IEnumerable<(string File, string Text)> SourceFiles() =>
        Directory.EnumerateFiles(_sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(_sourceFolder, f).Replace('\\', '/'), File.ReadAllText(f)));

    [Test]
    public void Sources_RegexConstructedOutsideTheFactory_None()
    {
        var offenders = SourceFiles()
            .Where(f => f.File != "EventTimeline.Core/BoundedRegex.cs")
            .SelectMany(f => RegexConstruction().Matches(f.Text).Select(m => $"{f.File}: {m.Value}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "construct patterns with BoundedRegex.Create");
    }

    [Test]
    public void Sources_StaticRegexCalls_None()
    {
        var offenders = SourceFiles()
            .SelectMany(f => StaticRegexCall().Matches(f.Text).Select(m => $"{f.File}: {m.Value}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "static Regex calls have no time limit: use a BoundedRegex pattern");
    }

    [Test]
    public void Sources_GeneratedRegexWithoutTheSharedTimeout_None()
    {
        var offenders = SourceFiles()
            .SelectMany(f => GeneratedRegexAttribute().Matches(f.Text)
                .Where(m => !m.Value.Contains("matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds", StringComparison.Ordinal))
                .Select(m => $"{f.File}: {m.Value[..Math.Min(80, m.Value.Length)]}"))
            .ToList();

        Assert.That(offenders, Is.Empty, "pass matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds");
    }

    [Test]
    public void CoreAssembly_EveryStaticPattern_HasTheSharedTimeout()
    {
        var checkedPatterns = 0;
        var offenders = new List<string>();
        foreach (var type in typeof(BoundedRegex).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var fields = type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)).Select(f => (f.Name, Value: (Regex?)f.GetValue(null)));
            var methods = type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
                .Select(m => (m.Name, Value: (Regex?)m.Invoke(null, null)));
            foreach (var (name, value) in fields.Concat(methods))
            {
                if (value is null)
                {
                    continue;
                }

                checkedPatterns++;
                if (value.MatchTimeout != BoundedRegex.Timeout)
                {
                    offenders.Add($"{type.FullName}.{name}: {value.MatchTimeout}");
                }
            }
        }

        Assert.That(offenders, Is.Empty);
        Assert.That(checkedPatterns, Is.GreaterThan(40));
    }

    [Test]
    public void Create_Pattern_HasTheSharedTimeout()
    {
        Assert.That(BoundedRegex.Create("a+", RegexOptions.CultureInvariant).MatchTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(BoundedRegex.TimeoutMilliseconds)));
    }

    [GeneratedRegex(@"new\s+Regex\s*\(|Regex\??\s+\w+\s*=\s*new\s*\(|Regex\??\s*\)\s*new\s*\(")]
    private static partial Regex RegexConstruction();

    [GeneratedRegex(@"(?<![\w.])Regex\.(?:Match|Matches|IsMatch|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(")]
    private static partial Regex StaticRegexCall();

    [GeneratedRegex(@"\[GeneratedRegex\((?:(?!\[GeneratedRegex).)*?\)\]\s*\n\s*(?:private|internal|public)[^\n]*partial\s+Regex", RegexOptions.Singleline)]
    private static partial Regex GeneratedRegexAttribute();
}
