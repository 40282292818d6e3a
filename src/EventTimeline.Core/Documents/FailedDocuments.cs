namespace EventTimeline.Documents;

/// <summary>Carries documents that failed in the pipeline (after they were read) into the input outcomes, so that report.json accounts for them.</summary>
internal static class FailedDocuments
{
    /// <summary>The reason every such outcome carries.</summary>
    public const string Reason = "processing failed";

    /// <summary>
    /// The read result with the failed documents taken out: an input whose documents all failed becomes failed; an input
    /// that keeps some stays processed, and each failed document gets a failed outcome of its own naming it.
    /// </summary>
    public static CorpusReadResult Apply(CorpusReadResult read, IReadOnlyList<DocumentFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(failures);
        if (failures.Count == 0)
        {
            return read;
        }

        var byId = failures.ToDictionary(f => f.DocumentId, f => f.Error, StringComparer.Ordinal);
        var outcomes = new List<InputOutcome>(read.Outcomes.Count + failures.Count);
        foreach (var outcome in read.Outcomes)
        {
            var failed = outcome.Status == InputStatus.Processed ? outcome.Documents.Where(byId.ContainsKey).ToList() : [];
            if (failed.Count == 0)
            {
                outcomes.Add(outcome);
                continue;
            }

            var kept = outcome.Documents.Where(id => !byId.ContainsKey(id)).ToList();
            if (kept.Count > 0)
            {
                outcomes.Add(outcome with { Documents = kept });
            }

            foreach (var id in failed)
            {
                outcomes.Add(outcome with
                {
                    Status = InputStatus.Failed,
                    Reason = Reason,
                    Detail = $"document \"{id}\": {byId[id]}",
                    Documents = [id],
                });
            }
        }

        outcomes.Sort(InputOutcome.Compare);
        var documents = read.Documents.Where(d => !byId.ContainsKey(d.Id)).ToList();
        return new CorpusReadResult(documents, outcomes);
    }
}
