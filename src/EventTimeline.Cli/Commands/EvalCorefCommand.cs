using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline eval-coref KEY RESPONSE [--json FILE]</c>: MUC, B³, CEAF-e and CoNLL F1 of a CoNLL coreference response.</summary>
internal static class EvalCorefCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("KEY") { Description = "Key CoNLL coreference file." };
        var response = new Argument<string>("RESPONSE") { Description = "Response CoNLL coreference file (same token lines)." };
        var json = new Option<string?>("--json") { Description = "Also write the scores as JSON to this file." };
        var command = new Command("eval-coref", "Score coreference chains: MUC, B³, CEAF-e recall/precision/F1 and the CoNLL F1 (their mean), as the reference scorer 8.01 does. Exit 0 ok, 1 error.");
        command.Arguments.Add(key);
        command.Arguments.Add(response);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(key)!, parse.GetValue(response)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(string keyPath, string responsePath, string? json)
    {
        var key = ReadOrReport(keyPath);
        var response = ReadOrReport(responsePath);
        if (key is null || response is null)
        {
            return 1;
        }

        var missing = key.Select(d => d.Name).Except(response.Select(d => d.Name), StringComparer.Ordinal).ToList();
        foreach (var name in missing)
        {
            Console.Error.WriteLine($"eval-coref: the response has no document {name}: scored as empty");
        }

        var scores = CorefScorer.Score(key, response);
        Console.Out.Write(Table(scores));
        if (json is not null && !ScoresFile.TryWrite("eval-coref", json, scores))
        {
            return 1;
        }

        return 0;
    }

    private static IReadOnlyList<CorefDocument>? ReadOrReport(string path)
    {
        try
        {
            return CorefConll.Read(File.ReadAllText(path), path);
        }
        catch (InputFormatException e)
        {
            Console.Error.WriteLine($"eval-coref: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"eval-coref: {path}: {e.Message}");
        }

        return null;
    }

    internal static string Table(CorefScores scores)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"mentions: key {scores.KeyMentions}, response {scores.ResponseMentions}, same span {scores.MatchedMentions}\n");
        text.Append("metric   recall                       precision                    F1\n");
        foreach (var (name, metric) in new[] { ("MUC", scores.Muc), ("B3", scores.BCubed), ("CEAF-e", scores.CeafE) })
        {
            text.Append(c, $"{name,-8} {Ratio(metric.RecallNumerator, metric.RecallDenominator, metric.Recall),-28} {Ratio(metric.PrecisionNumerator, metric.PrecisionDenominator, metric.Precision),-28} {Truncated(metric.F1)}%\n");
        }

        text.Append(c, $"CoNLL F1 {Truncated(scores.ConllF1)}%\n");
        return text.ToString();
    }

    private static string Ratio(double numerator, double denominator, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{Truncated(value)}% ({numerator:0.####}/{denominator:0.####})");

    // Percentages with two decimals cut, not rounded, as the reference scorer prints them, so that the two can be compared digit for digit.
    private static string Truncated(double value) => (Math.Floor(value * 10000) / 100).ToString("0.00", CultureInfo.InvariantCulture);
}
