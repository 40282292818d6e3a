using System.CommandLine;
using System.Globalization;

using EventTimeline.Cli;
using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Time;

namespace EventTimeline.Training;

/// <summary><c>eventtimeline train-merge --docs DIR --out FILE</c>: learns the pairwise merge decision from the ECB+ train topics and writes the model file.</summary>
internal static class TrainMergeCommand
{
    private const string SentenceList = "ECBplus_coreference_sentences.csv";

    /// <summary>The ECB+ development topics, never trained on.</summary>
    public const string DevTopics = "2,5,12,18,21,23,34,35";

    public static Command Create()
    {
        var docs = new Option<string>("--docs") { Description = "Folder of ECB+ XML documents (*.xml, read recursively) with ECBplus_coreference_sentences.csv.", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write (the shipped one is src/EventTimeline.Core/Resources/events/merge-model.json).", Required = true };
        var exclude = new Option<string>("--exclude-topics")
        {
            Description = "Comma-separated topics left out of training (the development topics by default; never train on held-out topics).",
            DefaultValueFactory = _ => DevTopics,
        };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over topics that choose the clustering threshold.", DefaultValueFactory = _ => 5 };
        var story = new Option<double>("--story-similarity")
        {
            Description = "The mean overlap of names and numbers (0.7 × names Jaccard + 0.3 × numbers Jaccard) at which documents are one story (pairs of one story are the examples).",
            DefaultValueFactory = _ => EcbPlusCoref.DefaultStoryOverlap,
        };
        var sentences = new Option<string?>("--sentences") { Description = $"The list of annotated sentences (default: {SentenceList} in --docs)." };
        var engine = new Option<string>("--engine") { Description = "Temporal tagger engine.", DefaultValueFactory = _ => TaggerFactory.DefaultEngine };
        var trees = new Option<int>("--trees") { Description = "Boosting rounds.", DefaultValueFactory = _ => MergeTreeSettings.Default.Trees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => MergeTreeSettings.Default.Leaves };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest training pairs a leaf may hold.", DefaultValueFactory = _ => MergeTreeSettings.Default.MinimumPerLeaf };
        var rate = new Option<double>("--learning-rate") { Description = "Shrinkage of each tree.", DefaultValueFactory = _ => MergeTreeSettings.Default.LearningRate };
        var jobs = new Option<int>("--jobs") { Description = "Documents processed at once (the model does not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command(
            "train-merge",
            "Learn the pairwise event merge decision (boosted trees, Microsoft.ML) from ECB+ annotated mentions and write it as a model file; deterministic. Exit 0 ok, 1 error.");
        command.Options.Add(docs);
        command.Options.Add(output);
        command.Options.Add(exclude);
        command.Options.Add(folds);
        command.Options.Add(story);
        command.Options.Add(sentences);
        command.Options.Add(engine);
        command.Options.Add(trees);
        command.Options.Add(leaves);
        command.Options.Add(minLeaf);
        command.Options.Add(rate);
        command.Options.Add(jobs);
        command.SetAction(parse => Run(
            parse.GetValue(docs)!,
            parse.GetValue(output)!,
            parse.GetValue(exclude)!,
            parse.GetValue(folds),
            parse.GetValue(story),
            parse.GetValue(sentences),
            parse.GetValue(engine)!,
            new MergeTreeSettings(parse.GetValue(trees), parse.GetValue(leaves), parse.GetValue(minLeaf), parse.GetValue(rate)),
            Math.Max(1, parse.GetValue(jobs))));
        return command;
    }

    private static int Run(string docs, string output, string exclude, int folds, double storySimilarity, string? sentencesFile, string engine, MergeTreeSettings settings, int jobs)
    {
        if (!Directory.Exists(docs))
        {
            Console.Error.WriteLine($"train-merge: documents folder not found: {docs}");
            return 1;
        }

        var excluded = new HashSet<int>();
        foreach (var part in exclude.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var topic))
            {
                Console.Error.WriteLine($"train-merge: --exclude-topics: not a topic number: {part}");
                return 1;
            }

            excluded.Add(topic);
        }

        if (settings.Trees < 1 || settings.Leaves < 2 || settings.MinimumPerLeaf < 1 || !(settings.LearningRate > 0))
        {
            Console.Error.WriteLine("train-merge: --trees and --min-leaf must be at least 1, --leaves at least 2, --learning-rate above 0");
            return 1;
        }

        if (folds < 2)
        {
            Console.Error.WriteLine("train-merge: --folds must be at least 2");
            return 1;
        }

        var listPath = sentencesFile ?? Directory.EnumerateFiles(docs, SentenceList, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        if (listPath is null || !File.Exists(listPath))
        {
            Console.Error.WriteLine($"train-merge: no {SentenceList} in {docs}; give the list of annotated sentences with --sentences");
            return 1;
        }

        EcbPlusSentences listed;
        var documents = new List<EcbPlusDocument>();
        try
        {
            listed = EcbPlusSentences.Parse(File.ReadAllText(listPath), listPath);
            foreach (var path in Directory.EnumerateFiles(docs, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var document = EcbPlusReader.Read(File.ReadAllText(path), path);
                if (!excluded.Contains(document.Topic))
                {
                    documents.Add(document);
                }
            }
        }
        catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
        {
            // A model learned from part of the data would not be the one the command promises: any unreadable document stops the run.
            Console.Error.WriteLine($"train-merge: {e.Message}");
            return 1;
        }

        if (documents.Select(d => d.Topic).Distinct().Count() < folds)
        {
            Console.Error.WriteLine($"train-merge: fewer training topics than --folds ({folds}) in {docs}");
            return 1;
        }

        MergeTrainingResult result;
        try
        {
            using var tagger = TaggerFactory.Create(engine);
            var data = EcbPlusCoref.MergeData(EventTimelinePipeline.CreateDefault(tagger), documents, listed, storySimilarity, jobs);
            result = MergeTraining.Train(data, folds, storySimilarity, settings, message => Console.Error.WriteLine(message));
        }
        catch (Exception e) when (e is TemporalEngineUnavailableException or ArgumentException)
        {
            Console.Error.WriteLine($"train-merge: {e.Message}");
            return 1;
        }

        foreach (var (threshold, f1) in result.ThresholdF1)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train-merge: threshold {threshold:0.00}: cross-validated CoNLL F1 {f1:0.00}"));
        }

        try
        {
            AtomicFile.WriteAllText(output, result.Model.ToJson());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"train-merge: cannot write: {e.Message}");
            return 1;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"train-merge: {result.Model.Trees.Length} trees, threshold {result.Model.Threshold:0.00}, in {output}"));
        return 0;
    }
}
