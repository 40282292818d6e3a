using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class CorpusDateEstimatorTests
{
    private static readonly CorpusDateEstimator _estimator = CorpusDateEstimator.CreateDefault();

    private const string SummitReport = "Leaders of Freedonia and Sylvania met in Marigold on Tuesday and signed the Tidewater accord on fishing rights. President Ostrowski of Freedonia called the Tidewater accord historic. Sylvania's premier Vandermeer said the quotas would be reviewed by the Marigold commission.";
    private const string SummitFollowUp = "The Tidewater accord signed in Marigold by Ostrowski and Vandermeer drew criticism from fishermen. Freedonia's opposition said the quotas set by the Marigold commission favour Sylvania. Vandermeer defended the accord.";
    private const string FloodReport = "Heavy rain flooded the valley of Quillon, and rescuers evacuated villages along the Brask river. The regional governor Halvorsen asked for army helicopters as the Brask kept rising.";
    private const string CookingPiece = "A recipe for apple cake needs butter, flour, sugar and baked apples; the oven should be warm before the dough goes in.";

    [Test]
    public void Estimate_UndatedReportOfSameEvents_TakesMostSimilarDatedDate()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("summit", SummitReport, new DateOnly(2020, 5, 12), null),
            new DatingInput("flood", FloodReport, new DateOnly(2020, 3, 1), null),
            new DatingInput("follow-up", SummitFollowUp, null, null),
        ]);

        var estimate = estimates["follow-up"];
        Assert.That(estimate.Date, Is.EqualTo(new DateOnly(2020, 5, 12)));
        Assert.That(estimate.FromId, Is.EqualTo("summit"));
        Assert.That(estimate.Evidence, Is.EqualTo(CorpusEvidence.SameEvents));
        Assert.That(estimate.Similarity, Is.GreaterThanOrEqualTo(CorpusDateEstimator.DefaultThreshold));
    }

    [Test]
    public void Estimate_UndatedUnrelatedDocument_GetsNothing()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("summit", SummitReport, new DateOnly(2020, 5, 12), null),
            new DatingInput("flood", FloodReport, new DateOnly(2020, 3, 1), null),
            new DatingInput("cake", CookingPiece, null, null),
        ]);

        Assert.That(estimates, Is.Empty);
    }

    [Test]
    public void Estimate_NearCopy_TakesOriginalDate()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("original", FloodReport, new DateOnly(2020, 3, 1), null),
            new DatingInput("copy", CookingPiece, null, "original"),
        ]);

        Assert.That(estimates["copy"], Is.EqualTo(new CorpusDateEstimate("copy", new DateOnly(2020, 3, 1), "original", CorpusEvidence.NearCopy, 1.0)));
    }

    [Test]
    public void Estimate_CopyOfUndatedOriginal_TakesOriginalEstimate()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("summit", SummitReport, new DateOnly(2020, 5, 12), null),
            new DatingInput("follow-up", SummitFollowUp, null, null),
            new DatingInput("repost", SummitFollowUp, null, "follow-up"),
        ]);

        Assert.That(estimates["repost"].Date, Is.EqualTo(new DateOnly(2020, 5, 12)));
        Assert.That(estimates["repost"].Evidence, Is.EqualTo(CorpusEvidence.NearCopy));
    }

    [Test]
    public void Estimate_EquallySimilarDocumentsFarApart_GivesNoDate()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("may", SummitReport, new DateOnly(2020, 5, 12), null),
            new DatingInput("august", SummitReport, new DateOnly(2020, 8, 30), null),
            new DatingInput("undated", SummitFollowUp, null, null),
        ]);

        Assert.That(estimates, Is.Empty);
    }

    [Test]
    public void Estimate_DatedDocuments_AreNeverEstimated()
    {
        var estimates = _estimator.Estimate([
            new DatingInput("a", SummitReport, new DateOnly(2020, 5, 12), null),
            new DatingInput("b", SummitFollowUp, new DateOnly(2020, 5, 14), null),
        ]);

        Assert.That(estimates, Is.Empty);
    }

    [Test]
    public void LoadBackground_EmbeddedResource_HasCountsForCommonNewsWords()
    {
        var background = CorpusDateEstimator.LoadBackground();

        Assert.That(background.Documents, Is.EqualTo(286));
        Assert.That(background.Frequencies["government"], Is.GreaterThan(20));
    }

    [Test]
    public void Estimate_ThousandDocumentsHalfUndated_EstimatesOnlyUndatedOnes()
    {
        // Deterministic synthetic corpus: 500 dated and 500 undated texts over a Zipf-like vocabulary.
        // Its speed on 1k/5k/10k documents is measured by `eventtimeline bench --generate`, not here.
        var random = new Random(2015);
        var vocabulary = Enumerable.Range(0, 20000).Select(i => "term" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string Text() => string.Join(' ', Enumerable.Range(0, 250).Select(_ => vocabulary[(int)Math.Min(vocabulary.Length - 1, Math.Pow(random.NextDouble(), 3) * vocabulary.Length)]));
        var docs = Enumerable.Range(0, 1000)
            .Select(i => new DatingInput("d" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), Text(), i % 2 == 0 ? new DateOnly(2020, 1, 1).AddDays(i % 365) : null, null))
            .ToList();

        var estimates = _estimator.Estimate(docs);

        var undated = docs.Where(d => d.Published is null).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(estimates.Keys, Is.SubsetOf(undated));
    }

}
