using System.CommandLine;
using System.Text.RegularExpressions;

using EventTimeline.Cli.Commands;

namespace EventTimeline.Tests.Cli;

/// <summary>
/// Every command line that the README, the pages under docs/ and the scripts under tools/ show must name a verb and
/// options that the tool has, so the documentation cannot drift from <c>--help</c>.
/// </summary>
public sealed class DocumentedCommandsTests
{
    // "eventtimeline VERB ..." (also at the end of a path to the binary) or "... src/EventTimeline.Cli ... -- VERB ...", up to
    // the end of the line, a backtick, a ';' or '&', or a pipe with a space before it (the next table cell or shell
    // command; "native|microsoft" in a usage line is one argument).
    private static readonly Regex _commandLine = new(
        @"(?:\beventtimeline|src/EventTimeline\.Cli\b[^\n`|]*?\s--)\s+(?<rest>(?:--?[a-z]|[a-z])(?:[^\n`|;&]|(?<=\S)\|)*)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(2));

    private static readonly Regex _option = new(@"(?<![\w-])(--[a-z][a-z0-9-]*)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private static readonly Regex _verb = new(@"^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private static readonly string[] _rootOptions = ["--help", "--version", "-h", "-?"];

    public static IEnumerable<TestCaseData> DocumentedCommandLines()
    {
        var root = RepositoryRoot();
        var files = new List<string> { Path.Combine(root, "README.md") };
        files.AddRange(Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories));
        var tools = Path.Combine(root, "tools");
        if (Directory.Exists(tools))
        {
            files.AddRange(Directory.GetFiles(tools, "*.sh", SearchOption.AllDirectories));
        }

        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var index = 0; index < lines.Length; index++)
            {
                foreach (Match match in _commandLine.Matches(lines[index]))
                {
                    var rest = match.Groups["rest"].Value.Trim();
                    yield return new TestCaseData(rest).SetArgDisplayNames($"{relative}:{index + 1}: {Shorten(rest)}");
                }
            }
        }
    }

    [TestCaseSource(nameof(DocumentedCommandLines))]
    public void DocumentedCommandLine_NamesAVerbAndOptionsTheToolHas(string commandLine)
    {
        var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0];
        if (first.StartsWith('-'))
        {
            Assert.That(_rootOptions, Does.Contain(first), $"'{first}' is not an option of eventtimeline itself");
            return;
        }

        Assume.That(_verb.IsMatch(first), Is.True, "not a command line");
        var command = CommandCatalog.All().SingleOrDefault(candidate => candidate.Name == first);
        Assert.That(command, Is.Not.Null, $"eventtimeline has no verb '{first}' (verbs: {string.Join(", ", CommandCatalog.All().Select(c => c.Name))})");

        var known = command!.Options.SelectMany(option => option.Aliases.Append(option.Name)).Concat(_rootOptions).ToHashSet(StringComparer.Ordinal);
        var unknown = _option.Matches(commandLine).Select(match => match.Value).Where(option => !known.Contains(option)).Distinct().ToList();
        Assert.That(unknown, Is.Empty, $"'eventtimeline {first}' has no option {string.Join(", ", unknown)}");
    }

    [Test]
    public void DocumentedCommandLines_AreFoundInTheReadme()
    {
        var fromReadme = DocumentedCommandLines().Count(data => data.ArgDisplayNames![0].StartsWith("README.md:", StringComparison.Ordinal));

        Assert.That(fromReadme, Is.GreaterThanOrEqualTo(5), "the scan for command lines found too few in the README: is the pattern still right?");
    }

    [TestCase("eventtimeline query --actor Lavrov", "query --actor Lavrov")]
    [TestCase("run `eventtimeline build seeds --out output` then", "build seeds --out output")]
    [TestCase("dotnet run -c Release --project src/EventTimeline.Cli -- build seeds --out output", "build seeds --out output")]
    [TestCase("src/EventTimeline.Cli/bin/Release/net10.0/eventtimeline build /tmp/devtxt --jobs 1 | tail", "build /tmp/devtxt --jobs 1")]
    [TestCase("eventtimeline --help | --version", "--help")]
    [TestCase("eventtimeline build INPUT... [--engine native|microsoft] [--jobs N]", "build INPUT... [--engine native|microsoft] [--jobs N]")]
    public void CommandLinePattern_Examples_FindTheVerbAndItsArguments(string line, string expected)
    {
        var match = _commandLine.Match(line);

        Assert.That(match.Success, Is.True);
        Assert.That(match.Groups["rest"].Value.Trim(), Is.EqualTo(expected));
    }

    [TestCase("the `eventtimeline` command")]
    [TestCase("EventTimeline turns a folder of articles")]
    [TestCase("format `eventtimeline/1`, lock file `.eventtimeline.lock`")]
    public void CommandLinePattern_Prose_FindsNothing(string line)
    {
        Assert.That(_commandLine.IsMatch(line), Is.False);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string RepositoryRoot() => Path.GetDirectoryName(SeedFiles.Folder)!;
}
