using EventTimeline.Benchmark;
using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Export;

namespace EventTimeline.Cli.Bench;

/// <summary>A corpus the benchmark reads from files: a TimeML folder (text and DCT of each .tml file) or any input <c>build</c> accepts.</summary>
/// <param name="Name">What the tables call it.</param>
/// <param name="Folder">The folder read at the ingest stage.</param>
/// <param name="IsTimeMl">Whether it is read as TimeML.</param>
internal sealed record BenchCorpus(string Name, string Folder, bool IsTimeMl)
{
    /// <summary>The corpus in <paramref name="folder"/>: TimeML when it holds .tml files.</summary>
    public static BenchCorpus FromFolder(string folder) => new(
        Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))),
        folder,
        Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Any());

    /// <summary>Reads the documents (the ingest stage), TimeML files up to <paramref name="jobs"/> at once.</summary>
    public IReadOnlyList<RawDocument> Read(int jobs)
    {
        if (!IsTimeMl)
        {
            return new CorpusReader().Read([Folder]).Documents;
        }

        return Directory.EnumerateFiles(Folder, "*.tml", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(Folder, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(jobs)
            .Select(file =>
            {
                using var stream = File.OpenRead(file.Path);
                var timeMl = TimeMlReader.Read(stream, file.Relative);
                return new RawDocument(Path.ChangeExtension(file.Relative, null), file.Relative, null, null, null, timeMl.DocumentDate, timeMl.Text);
            })
            .ToList();
    }

    /// <summary>Writes <paramref name="documents"/> to <paramref name="folder"/> as .txt files with a manifest.json giving titles, sources and dates.</summary>
    public static void Write(string folder, IReadOnlyList<RawDocument> documents)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            var file = Path.Combine(folder, TextPath(document));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            AtomicFile.WriteAllText(file, document.Text);
        }

        var manifest = documents.Select(document => new
        {
            file = TextPath(document),
            title = document.Title,
            source = document.Source,
            published = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        AtomicFile.WriteAllText(Path.Combine(folder, CorpusReader.ManifestFileName), JsonFormat.Serialize(manifest));
    }

    // A document read from another format (a .tml file) is written as plain text that build reads.
    private static string TextPath(RawDocument document) => Path.ChangeExtension(document.Path, ".txt");

    /// <summary>Writes a generated corpus of <paramref name="count"/> documents to a new folder under <paramref name="parent"/>.</summary>
    public static BenchCorpus Generate(string parent, int count, int seed)
    {
        var name = $"generated-{count}-seed{seed}";
        var folder = Path.Combine(parent, name);
        Write(folder, NewsCorpusGenerator.Default.Generate(count, seed));
        return new BenchCorpus($"generated {count:N0}", folder, false);
    }
}
