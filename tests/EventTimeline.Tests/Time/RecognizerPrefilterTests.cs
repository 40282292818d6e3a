using System.Globalization;

using EventTimeline.Time;

using Newtonsoft.Json;

namespace EventTimeline.Tests.Time;

/// <summary>The cue windows the recognizer reads (RecognizerWindows) lose none of the expressions it finds in the whole text.</summary>
public sealed class RecognizerPrefilterTests
{
    public static IEnumerable<TestCaseData> Phrases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "time", "recognizer-phrases.json");
        return JsonConvert.DeserializeObject<List<Phrase>>(File.ReadAllText(path))!
            .Select((phrase, index) => new TestCaseData(phrase).SetName($"Recognize_Phrase{index:00}_WindowsKeepEveryExpression"));
    }

    [TestCaseSource(nameof(Phrases))]
    public void Recognize_PhraseOfTheFixture_WindowsKeepEveryExpression(Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var date = DateOnly.ParseExact(phrase.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var whole = MicrosoftRecognizer.Recognize(phrase.Text, date);
        var windowed = MicrosoftTemporalTagger.Recognize(phrase.Text, RecognizerWindows.Default.Split(phrase.Text), date);

        Assert.That(whole, Is.Not.Empty, "each phrase of the fixture holds an expression the recognizer finds");
        foreach (var candidate in whole)
        {
            var expression = phrase.Text.Substring(candidate.Start, candidate.Length);
            Assert.That(
                windowed.Any(other => other.Start < candidate.End && candidate.Start < other.End),
                Is.True,
                $"'{expression}' is found in the whole text but not in the windows {string.Join(" | ", RecognizerWindows.Default.Split(phrase.Text).Select(w => w.Text))}");
        }
    }

    /// <summary>One sentence of data/time/recognizer-phrases.json and its document date.</summary>
    public sealed record Phrase(string Text, string Date)
    {
        public override string ToString() => Text;
    }
}
