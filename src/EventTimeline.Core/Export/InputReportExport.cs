using System.Globalization;

using EventTimeline.Documents;

namespace EventTimeline.Export;

/// <summary>Builds <c>report.json</c>, the account of every input (processed, skipped with a reason, failed with an error, ignored), and its one-line summary.</summary>
internal static class InputReportExport
{
    public const string Format = "eventtimeline-report/1";

    /// <summary>The report of <paramref name="read"/>; <paramref name="result"/>, when the pipeline ran, adds how the documents were prepared (tokenized text, page furniture, opinion pieces).</summary>
    public static string ToJson(CorpusReadResult read, InputLimits limits, CorpusResult? result = null)
    {
        var outcomes = read.Outcomes.OrderBy(o => o, Comparer<InputOutcome>.Create(InputOutcome.Compare)).ToList();
        var notes = result?.Documents.Select(d => d.Note).ToList() ?? [];
        return JsonFormat.Serialize(new
        {
            format = Format,
            limits = new { maxDocumentChars = limits.MaxDocumentChars, maxSentenceChars = limits.MaxSentenceChars },
            counts = new
            {
                processed = Count(outcomes, InputStatus.Processed),
                skipped = Count(outcomes, InputStatus.Skipped),
                failed = Count(outcomes, InputStatus.Failed),
                ignored = Count(outcomes, InputStatus.Ignored),
                documents = read.Documents.Count,
                truncated = outcomes.Count(o => o.Truncated),
            },
            inputs = outcomes.Select(o => new
            {
                path = o.Path,
                line = o.Line,
                format = o.Format,
                status = o.Status,
                reason = o.Reason,
                detail = o.Detail,
                documents = o.Documents,
                notes = o.Notes,
                truncated = o.Truncated,
            }),
            preparation = new
            {
                tokenized = notes.Count(n => n.Tokenized),
                furniture = new
                {
                    documents = notes.Count(n => n.FurnitureLines > 0),
                    lines = notes.Sum(n => n.FurnitureLines),
                    characters = notes.Sum(n => n.FurnitureCharacters),
                    recurring = (result?.Furniture ?? []).Select(f => new { source = f.Outlet, documents = f.Documents, text = f.Text }),
                },
                opinion = (result?.Documents ?? []).Where(d => d.Document.Opinion).Select(d => d.Document.Id).Order(StringComparer.Ordinal),
            },
        });
    }

    /// <summary>"5 processed, 1 skipped (empty file), 2 failed (invalid JSON: 1, missing file: 1); 3 ignored; 1 truncated".</summary>
    public static string Summary(IReadOnlyList<InputOutcome> outcomes)
    {
        var parts = new List<string> { Number(Count(outcomes, InputStatus.Processed)) + " processed" };
        foreach (var status in new[] { InputStatus.Skipped, InputStatus.Failed })
        {
            var reasons = outcomes.Where(o => o.Status == status).GroupBy(o => o.Reason ?? "unknown", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (reasons.Count == 0)
            {
                continue;
            }

            var total = reasons.Sum(g => g.Count());
            var why = reasons.Count == 1 ? reasons[0].Key : string.Join(", ", reasons.Select(g => $"{g.Key}: {Number(g.Count())}"));
            parts.Add($"{Number(total)} {status.ToString().ToLowerInvariant()} ({why})");
        }

        var summary = string.Join(", ", parts);
        var ignored = Count(outcomes, InputStatus.Ignored);
        if (ignored > 0)
        {
            summary += $"; {Number(ignored)} ignored";
        }

        var truncated = outcomes.Count(o => o.Truncated);
        if (truncated > 0)
        {
            summary += $"; {Number(truncated)} truncated";
        }

        return summary;
    }

    private static int Count(IEnumerable<InputOutcome> outcomes, InputStatus status) => outcomes.Count(o => o.Status == status);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
