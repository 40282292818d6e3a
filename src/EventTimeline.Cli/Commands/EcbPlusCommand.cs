using System.CommandLine;
using System.Globalization;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline ecbplus --docs DIR --out FILE [--key FILE] [--gold-mentions] [--sentences FILE] [--roles FILE]</c>: cross-document event coreference on ECB+ as CoNLL files.</summary>
internal static class EcbPlusCommand
{
    private const string SentenceList = "ECBplus_coreference_sentences.csv";

    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "Folder of ECB+ XML documents (*.xml, read recursively).", Required = true };
        var output = new Option<string>("--out") { Description = "CoNLL file the response (the product's events) is written to.", Required = true };
        var key = new Option<string?>("--key") { Description = "Also write the key (the gold CROSS_DOC_COREF chains) in the same layout to this file." };
        var gold = new Option<bool>("--gold-mentions") { Description = "Use the annotated ACTION_*/NEG_ACTION_* mentions as the event mentions (the merge layer alone)." };
        var sentences = new Option<string?>("--sentences") { Description = $"The list of annotated sentences (default: {SentenceList} in --docs)." };
        var engine = new Option<string>("--engine")
        {
            Description = "Temporal tagger engine.",
            DefaultValueFactory = _ => TaggerFactory.DefaultEngine,
        };
        var details = new Option<string?>("--details") { Description = "With --gold-mentions, also write one tab-separated line per gold mention (chain, cluster, type, date, actors) to this file." };
        var story = new Option<double>("--story-similarity")
        {
            Description = "With --gold-mentions, the mean TF-IDF cosine at which documents are grouped into one story (mentions of different stories never merge).",
            DefaultValueFactory = _ => EcbPlusCoref.DefaultStorySimilarity,
        };
        var roles = new Option<string?>("--roles") { Description = "Also write the who/when score of the product's own mentions (doer, target and time against the annotated participants and times) to this tab-separated file." };
        var merge = new Option<string>("--merge")
        {
            Description = "With --gold-mentions, how mentions are grouped: 'learned' (the learned pair model, average link within stories) or 'rules' (the product's merge rules).",
            DefaultValueFactory = _ => "learned",
        };
        merge.AcceptOnlyFromAmong("learned", "rules");
        var model = new Option<string?>("--model") { Description = "With --merge learned, a model file written by train-merge (default: the embedded one)." };
        var jobs = new Option<int>("--jobs") { Description = "Documents processed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command(
            "ecbplus",
            "Write ECB+ cross-document event coreference as CoNLL (all documents one block, in topic and file name order; score with eval-coref). Exit 0 ok, 1 error.");
        command.Options.Add(docs);
        command.Options.Add(output);
        command.Options.Add(key);
        command.Options.Add(gold);
        command.Options.Add(sentences);
        command.Options.Add(engine);
        command.Options.Add(details);
        command.Options.Add(story);
        command.Options.Add(roles);
        command.Options.Add(merge);
        command.Options.Add(model);
        command.Options.Add(jobs);
        command.SetAction(parse => Run(
            parse.GetValue(docs)!,
            parse.GetValue(output)!,
            parse.GetValue(key),
            parse.GetValue(gold),
            parse.GetValue(sentences),
            parse.GetValue(engine)!,
            parse.GetValue(details),
            parse.GetValue(story),
            parse.GetValue(roles),
            parse.GetValue(merge) == "learned",
            parse.GetValue(model),
            Math.Max(1, parse.GetValue(jobs))));
        return command;
    }

    private static int Run(string docs, string output, string? keyFile, bool goldMentions, string? sentencesFile, string engine, string? detailsFile, double storySimilarity, string? rolesFile, bool learned, string? modelFile, int jobs)
    {
        MergeModel? model = null;
        try
        {
            model = !goldMentions || !learned ? null : modelFile is null ? MergeModel.BuiltIn : MergeModel.Parse(File.ReadAllText(modelFile));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ecbplus: cannot read the merge model: {e.Message}");
            return 1;
        }

        if (!Directory.Exists(docs))
        {
            Console.Error.WriteLine($"ecbplus: documents folder not found: {docs}");
            return 1;
        }

        var listPath = sentencesFile ?? Directory.EnumerateFiles(docs, SentenceList, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        if (listPath is null || !File.Exists(listPath))
        {
            Console.Error.WriteLine($"ecbplus: no {SentenceList} in {docs}; give the list of annotated sentences with --sentences");
            return 1;
        }

        EcbPlusSentences listed;
        try
        {
            listed = EcbPlusSentences.Parse(File.ReadAllText(listPath), listPath);
        }
        catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ecbplus: {(e is InputFormatException ? e.Message : listPath + ": " + e.Message)}");
            return 1;
        }

        // A document that cannot be read is reported and left out; the others are still scored.
        var documents = new List<EcbPlusDocument>();
        var skipped = 0;
        foreach (var path in Directory.EnumerateFiles(docs, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            try
            {
                documents.Add(EcbPlusReader.Read(File.ReadAllText(path), path));
            }
            catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"ecbplus: skipped: {(e is InputFormatException ? e.Message : path + ": " + e.Message)}");
                skipped++;
            }
        }

        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"ecbplus: no readable ECB+ *.xml document in {docs}");
            return 1;
        }

        EcbPlusRun run;
        try
        {
            using var tagger = TaggerFactory.Create(engine);
            run = EcbPlusCoref.Run(EventTimelinePipeline.CreateDefault(tagger), documents, listed, goldMentions, jobs, storySimilarity, model);
        }
        catch (Exception e) when (e is TemporalEngineUnavailableException or ArgumentException)
        {
            Console.Error.WriteLine($"ecbplus: {e.Message}");
            return 1;
        }

        try
        {
            AtomicFile.WriteAllText(output, run.Response);
            if (keyFile is not null)
            {
                AtomicFile.WriteAllText(keyFile, run.Key);
            }

            if (detailsFile is not null)
            {
                AtomicFile.WriteAllText(detailsFile, run.Details);
            }

            if (rolesFile is not null && run.Roles is not null)
            {
                AtomicFile.WriteAllText(rolesFile, run.Roles.ToTable());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"ecbplus: cannot write: {e.Message}");
            return 1;
        }

        foreach (var failure in run.Failures)
        {
            Console.Error.WriteLine($"ecbplus: the pipeline failed on {failure.DocumentId}: {failure.Error}");
        }

        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ecbplus: {run.Documents} documents ({skipped} skipped), {run.KeyMentions} gold event mentions, {run.ResponseMentions} response mentions ({(goldMentions ? "gold" : "own")} mentions) in {output}"));
        return 0;
    }
}
