using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Graph;

namespace EventTimeline.Tests.Actors;

public sealed class NamePrefixScanTests
{
    [Test]
    public void BuiltIn_GivesTheBuiltGazetteersPrefixWords()
    {
        var scanned = NamePrefixScan.BuiltIn().ToHashSet(StringComparer.Ordinal);
        var built = ActorNameForms.PrefixWords(Gazetteer.BuiltIn).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(scanned.Except(built).Order(StringComparer.Ordinal), Is.Empty, "scanned but not in the gazetteer");
            Assert.That(built.Except(scanned).Order(StringComparer.Ordinal), Is.Empty, "in the gazetteer but not scanned");
        });
    }

    [Test]
    public void Scan_ReadsOnlyHonorificsTitleNamesAndFormsAndSingularDemonyms()
    {
        const string json = """
            {
              "about": "a file",
              "countries": [ { "id": "XYZ", "name": "Xyland", "demonyms": ["Xylandic"], "demonymPlurals": ["Xylanders"], "aliases": ["Xy"] } ],
              "actors": [ { "id": "a", "name": "Some Body", "aliases": ["Body"], "kind": "organization" } ],
              "titles": [ { "id": "envoy", "name": "Envoy", "forms": ["Special Envoy", ""], "role": "envoy" } ],
              "honorifics": [ { "form": "Dame" } ]
            }
            """;
        var words = ImmutableArray.CreateBuilder<string>();

        NamePrefixScan.Scan(json, words);

        Assert.That(words, Is.EqualTo(new[] { "Xylandic", "Envoy", "Special Envoy", "Dame" }));
    }
}
