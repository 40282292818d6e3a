using System.CommandLine;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline timeml IN OUT</c>: tags the TEXT of TimeML documents and writes them with our TIMEX3 tags.</summary>
internal static class TimeMlCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "A .tml file or a folder of them (searched recursively)." };
        var output = new Argument<string>("OUT") { Description = "Output folder; each document is written under its path relative to IN." };
        var engine = new Option<string>("--engine")
        {
            Description = "Temporal tagger engine.",
            DefaultValueFactory = _ => TaggerFactory.DefaultEngine,
        };
        var command = new Command("timeml", "Tag TimeML documents' TEXT with their DCT and write TimeML with TIMEX3 tags (exit 0 ok, 1 fatal, 2 some files failed).");
        command.Arguments.Add(input);
        command.Arguments.Add(output);
        command.Options.Add(engine);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(engine)!));
        return command;
    }

    private static int Run(string input, string output, string engine)
    {
        var files = TimeMlFiles.Find(input);
        if (files is null)
        {
            Console.Error.WriteLine($"timeml: input not found: {input}");
            return 1;
        }

        var failed = false;
        var documents = new List<(string Relative, TimeMlDocument Document)>();
        foreach (var (path, relative) in files)
        {
            try
            {
                using var stream = File.OpenRead(path);
                documents.Add((relative, TimeMlReader.Read(stream, path)));
            }
            catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"timeml: {(e is InputFormatException ? e.Message : path + ": " + e.Message)}");
                failed = true;
            }
        }

        IReadOnlyList<TaggedTimeMl> tagged;
        try
        {
            using var tagger = TaggerFactory.Create(engine);
            tagged = TimeMlTagging.Run(documents.Select(d => d.Document).ToList(), tagger);
        }
        catch (Exception e) when (e is TemporalEngineUnavailableException or ArgumentException or NotSupportedException or InvalidOperationException or TaggingFailedException or IOException)
        {
            Console.Error.WriteLine($"timeml: {e.Message}");
            return 1;
        }

        for (var i = 0; i < tagged.Count; i++)
        {
            var target = Path.Combine(output, documents[i].Relative);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                AtomicFile.WriteAllText(target, tagged[i].TimeMl);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"timeml: {target}: {e.Message}");
                failed = true;
            }
        }

        Console.Error.WriteLine($"timeml: {tagged.Count} documents written to {output}");
        return failed ? 2 : 0;
    }
}
