using System.Diagnostics;
using System.Xml;

using EventTimeline.Cli.Output;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Export;

/// <summary>Checks every export must pass on any corpus: Graphviz accepts the DOT, the XML parses, TimelineJS slides have years, the TSV keeps its shape.</summary>
internal static class ExportChecks
{
    public static string RepositoryFolder => Path.GetDirectoryName(SeedFiles.Folder)!;

    public static string DataFolder => Path.Combine(RepositoryFolder, "tests", "EventTimeline.Tests", "data");

    /// <summary>The path of Graphviz's dot; skips the test when it is missing (see <see cref="ExternalTools.Missing"/>).</summary>
    public static string RequireDot()
    {
        if (GraphvizRenderer.FindDot() is { } dot)
        {
            return dot;
        }

        ExternalTools.Missing("Graphviz 'dot' is not on PATH", "graphviz");
        return string.Empty;
    }

    /// <summary>Runs dot -Tsvg on a file and returns the SVG; asserts exit code 0.</summary>
    public static string DotToSvg(string dotFile)
    {
        var start = new ProcessStartInfo(RequireDot()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-Tsvg");
        start.ArgumentList.Add(dotFile);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "dot did not finish");
        Assert.That(process.ExitCode, Is.EqualTo(0), stderr.Result);
        return stdout.Result;
    }

    /// <summary>Parses XML with a strict reader (no DTD processing) and returns the elements' local names and attributes.</summary>
    public static List<(string Element, Dictionary<string, string> Attributes)> ParseXml(string xml)
    {
        var elements = new List<(string, Dictionary<string, string>)>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
            {
                attributes[reader.Name] = reader.Value;
            }

            reader.MoveToElement();
            elements.Add((reader.LocalName, attributes));
        }

        return elements;
    }

    public static void GraphMlDeclaresItsKeys(string graphml)
    {
        var elements = ParseXml(graphml);
        var keys = elements.Where(e => e.Element == "key").Select(e => e.Attributes["id"]).ToHashSet(StringComparer.Ordinal);
        var used = elements.Where(e => e.Element == "data").Select(e => e.Attributes["key"]).ToHashSet(StringComparer.Ordinal);
        Assert.That(elements[0].Element, Is.EqualTo("graphml"));
        Assert.That(keys, Is.Not.Empty);
        Assert.That(used, Is.SubsetOf(keys), "every data element uses a declared key");
        Assert.That(elements.Count(e => e.Element == "node"), Is.GreaterThan(0));
    }

    public static void TimelineJsHasYears(string json, int datedEvents)
    {
        var root = JObject.Parse(json);
        Assert.That(root["title"]?["text"]?["headline"]?.Type, Is.EqualTo(JTokenType.String), "a title slide");
        var events = (JArray)root["events"]!;
        Assert.That(events, Has.Count.EqualTo(datedEvents));
        foreach (var slide in events)
        {
            Assert.That(slide["start_date"]?["year"]?.Type, Is.AnyOf(JTokenType.Integer, JTokenType.String), slide.ToString());
            Assert.That(slide["text"]?["headline"]?.Type, Is.EqualTo(JTokenType.String), slide.ToString());
        }
    }

    /// <summary>Asserts one header and one row per event, every row with the header's column count; returns the rows split into cells.</summary>
    public static List<string[]> TsvShape(string tsv, int events)
    {
        Assert.That(tsv, Does.EndWith("\n"));
        var lines = tsv[..^1].Split('\n');
        Assert.That(lines, Has.Length.EqualTo(events + 1), "one header and one row per event");
        var header = lines[0].Split('\t');
        var rows = lines.Select(line => line.Split('\t')).ToList();
        Assert.That(rows.Select(row => row.Length), Is.All.EqualTo(header.Length), "every row has the header's columns");
        return rows;
    }
}
