using System.CommandLine;
using System.Globalization;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline semeval2015 --docs DIR --entities FILE --out DIR</c>: SemEval-2015 Task 4 (Track A) entity timelines from CAT documents.</summary>
internal static class SemEvalCommand
{
    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "Folder of CAT XML documents (*.xml, read recursively).", Required = true };
        var entities = new Option<string>("--entities") { Description = "File of target entities, one name per line.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder the timelines are written to, one <entity>.txt each.", Required = true };
        var engine = new Option<string>("--engine")
        {
            Description = "Temporal tagger engine.",
            DefaultValueFactory = _ => TaggerFactory.DefaultEngine,
        };
        var timelineJson = new Option<string?>("--timeline-json") { Description = "Also write the pipeline's timeline.json (actors and dated events behind the timelines) to this file." };
        var command = new Command(
            "semeval2015",
            "Write SemEval-2015 Task 4 entity timelines (Track A: raw CAT documents; gold EVENT_MENTIONs are used only to report event recall). Exit 0 ok, 1 error.");
        command.Options.Add(docs);
        command.Options.Add(entities);
        command.Options.Add(output);
        command.Options.Add(engine);
        command.Options.Add(timelineJson);
        command.SetAction(parse => Run(parse.GetValue(docs)!, parse.GetValue(entities)!, parse.GetValue(output)!, parse.GetValue(engine)!, parse.GetValue(timelineJson)));
        return command;
    }

    private static int Run(string docs, string entitiesFile, string output, string engine, string? timelineJson)
    {
        if (!Directory.Exists(docs))
        {
            Console.Error.WriteLine($"semeval2015: documents folder not found: {docs}");
            return 1;
        }

        List<string> entities;
        try
        {
            entities = File.ReadAllLines(entitiesFile)
                .Select(line => line.Trim().TrimStart('\uFEFF'))
                .Where(line => line.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"semeval2015: {entitiesFile}: {e.Message}");
            return 1;
        }

        if (entities.Count == 0)
        {
            Console.Error.WriteLine($"semeval2015: no target entity in {entitiesFile}");
            return 1;
        }

        if (OutputFolder.Prepare(output) is { } unwritable)
        {
            Console.Error.WriteLine($"semeval2015: cannot write to {output}: {unwritable}");
            return 1;
        }

        var documents = new List<CatDocument>();
        foreach (var path in Directory.EnumerateFiles(docs, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(path);
                documents.Add(CatReader.Read(stream, path));
            }
            catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"semeval2015: {(e is InputFormatException ? e.Message : path + ": " + e.Message)}");
                return 1;
            }
        }

        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"semeval2015: no *.xml document in {docs}");
            return 1;
        }

        EntityTimelineRun run;
        try
        {
            using var tagger = TaggerFactory.Create(engine);
            run = EntityTimelines.Run(EventTimelinePipeline.CreateDefault(tagger), documents, entities);
        }
        catch (Exception e) when (e is TemporalEngineUnavailableException or ArgumentException)
        {
            Console.Error.WriteLine($"semeval2015: {e.Message}");
            return 1;
        }

        try
        {
            foreach (var timeline in run.Timelines)
            {
                AtomicFile.WriteAllText(Path.Combine(output, TimelineFormat.FileName(timeline.Entity)), TimelineFormat.Write(timeline));
            }

            if (timelineJson is not null)
            {
                AtomicFile.WriteAllText(timelineJson, JsonFormat.Serialize(run.Corpus.Timeline));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"semeval2015: cannot write to {output}: {e.Message}");
            return 1;
        }

        var c = CultureInfo.InvariantCulture;
        for (var i = 0; i < run.Timelines.Count; i++)
        {
            var (timeline, match) = (run.Timelines[i], run.Matches[i]);
            var actors = match.ActorIds.IsEmpty ? "no actor" : string.Join(", ", match.ActorIds);
            var ordered = timeline.Entries.Count(e => e.Ordinal > 0);
            Console.Error.WriteLine(string.Create(c, $"semeval2015: {match.Entity}: {actors} ({match.Match.ToString().ToLowerInvariant()}); {timeline.Entries.Count} events, {ordered} dated"));
        }

        var recall = run.Recall;
        if (recall.GoldMentions > 0)
        {
            Console.Error.WriteLine(string.Create(
                c,
                $"semeval2015: event mentions: recall {100 * recall.Recall:0.0}% ({recall.FoundMentions}/{recall.GoldMentions} gold), precision {100 * recall.Precision:0.0}% ({recall.CorrectMentions}/{recall.SystemMentions} ours)"));
        }

        Console.Error.WriteLine($"semeval2015: {documents.Count} documents, {run.Timelines.Count} timelines in {output}");
        return 0;
    }
}
