namespace EventTimeline.Documents;

/// <summary>Something wrong with one input: a file or line skipped or failed.</summary>
/// <param name="Path">The file or folder concerned, as reachable from the input given (forward slashes).</param>
/// <param name="Message">What was wrong.</param>
internal sealed record IngestProblem(string Path, string Message);

/// <summary>The documents read from the inputs, sorted by id, and the outcome of every input met on the way.</summary>
/// <param name="Documents">Documents sorted by id (ordinal).</param>
/// <param name="Outcomes">One outcome per input file (and per unusable line of a JSON-lines file or manifest), sorted by path, then line.</param>
internal sealed record CorpusReadResult(IReadOnlyList<RawDocument> Documents, IReadOnlyList<InputOutcome> Outcomes)
{
    /// <summary>The outcomes that are skipped or failed, as path and message.</summary>
    public IReadOnlyList<IngestProblem> Problems =>
        Outcomes.Where(o => o.Status is InputStatus.Skipped or InputStatus.Failed)
            .Select(o => new IngestProblem(o.Line is { } line ? $"{o.Path}:{line}" : o.Path, o.Detail ?? o.Reason ?? "not read"))
            .ToList();
}

/// <summary>Reads articles from folders (recursively) and single files: .txt, .md, .html/.htm, .jsonl/.ndjson, .json and TimeML .tml, with metadata from manifest.json files beside them.</summary>
/// <remarks>
/// Reads only; never writes. One bad file never stops the others, and every input gets an <see cref="InputOutcome"/>.
/// Metadata precedence: the manifest, then the input's own metadata (HTML meta tags, JSON-lines fields); the dateline and the
/// corpus come later (<see cref="DocumentPreparer"/>). A manifest entry names a file relative to its folder; for a JSON-lines file,
/// "corpus.jsonl" applies to every line and "corpus.jsonl#key" to one (key: the line's id field or line number). The nearest manifest wins.
/// </remarks>
internal sealed class CorpusReader
{
    /// <summary>The manifest file name looked for in every folder read.</summary>
    public const string ManifestFileName = "manifest.json";

    private readonly InputLimits _limits;

    private readonly HtmlArticleReader _html;
    private readonly JsonLinesReader _jsonLines;

    /// <summary>Creates a reader with the default limits.</summary>
    public CorpusReader()
        : this(InputLimits.Default)
    {
    }

    /// <summary>Creates a reader with the given limits.</summary>
    public CorpusReader(InputLimits limits)
    {
        _limits = limits;
        _html = new HtmlArticleReader(HtmlArticleExtractor.CreateDefault());
        _jsonLines = new JsonLinesReader(MetadataDateParser.CreateDefault(), ArticleFields.BuiltIn);
    }

    /// <summary>True for the file types read as articles.</summary>
    public static bool IsArticleFile(string path) => InputFileFinder.FormatOf(path) is not null;

    /// <summary>True for a folder's README (README.md, readme.txt…), which describes the folder and is not an article.</summary>
    public static bool IsReadme(string path) => InputFileFinder.IsReadme(path);

    /// <summary>Reads every document under <paramref name="inputs"/> (folders or files), never entering <paramref name="excludedFolders"/>.</summary>
    /// <param name="inputs">Folders or files.</param>
    /// <param name="excludedFolders">Folders never entered.</param>
    /// <param name="sink">
    /// When given, each document goes to it as soon as its file is read (again when a later file gives the same id from a path that wins it:
    /// the smallest full path, then line; so the last one given for an id is the one to keep), and the result's documents have empty texts, so
    /// that the corpus is never held at once.
    /// </param>
    public CorpusReadResult Read(IEnumerable<string> inputs, IEnumerable<string>? excludedFolders = null, Action<RawDocument>? sink = null)
    {
        var streaming = sink is null ? null : new Streaming(sink);
        var excluded = (excludedFolders ?? []).Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<InputOutcome>();
        var readings = new List<(InputFile File, InputFormat Format, FileReading Reading)>();
        var given = inputs.ToList();
        foreach (var input in given)
        {
            // Paths in outcomes do not depend on how the input was written (absolute, relative, "./x"): they are relative
            // to the input folder, under the folder's name when several inputs are given.
            var typed = input.Replace('\\', '/').TrimEnd('/');
            if (Directory.Exists(input))
            {
                var full = Path.GetFullPath(input);
                ReadFolder(full, given.Count == 1 ? string.Empty : RootName(full), excluded, readings, outcomes, streaming);
            }
            else if (File.Exists(input))
            {
                ReadSingleFile(Path.GetFullPath(input), Path.GetFileName(input), readings, outcomes, streaming);
            }
            else
            {
                outcomes.Add(InputOutcome.NotUsed(typed.Length == 0 ? input : typed, InputFormat.Other, InputStatus.Failed, "no such file or folder"));
            }
        }

        var documents = Settle(readings, outcomes);
        outcomes.Sort(InputOutcome.Compare);
        return new CorpusReadResult(documents, outcomes);
    }

    private static string RootName(string fullPath) =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(fullPath)) is { Length: > 0 } name ? name : fullPath.Replace('\\', '/');

    // Two inputs may yield the same id (a.txt and a.html, or the same name under two roots): the smallest full path
    // (then line) wins, so that the outcome does not depend on argument order. Then each file gets its outcome.
    private static List<RawDocument> Settle(List<(InputFile File, InputFormat Format, FileReading Reading)> readings, List<InputOutcome> outcomes)
    {
        var winners = new Dictionary<string, (string FullPath, int Line)>(StringComparer.Ordinal);
        var shownPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, _, reading) in readings)
        {
            shownPaths[file.FullPath] = file.Shown;
            foreach (var (document, line) in reading.Documents)
            {
                var candidate = (file.FullPath, line ?? 0);
                if (!winners.TryGetValue(document.Id, out var winner) || Compare(candidate, winner) < 0)
                {
                    winners[document.Id] = candidate;
                }
            }
        }

        var documents = new List<RawDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, format, reading) in readings)
        {
            // The same file reached twice (a folder and a file in it, both given) is read and reported once.
            if (!seen.Add(file.FullPath))
            {
                continue;
            }

            outcomes.AddRange(reading.LineOutcomes);
            if (reading.Refusal is { } refusal)
            {
                outcomes.Add(refusal);
                continue;
            }

            var kept = new List<string>();
            foreach (var (document, line) in reading.Documents)
            {
                var winner = winners[document.Id];
                if (winner == (file.FullPath, line ?? 0))
                {
                    documents.Add(document);
                    kept.Add(document.Id);
                }
                else
                {
                    outcomes.Add(InputOutcome.NotUsed(file.Shown, format, InputStatus.Skipped, "duplicate id", $"id \"{document.Id}\" is already taken by {shownPaths[winner.FullPath]}{(winner.Line > 0 ? ":" + winner.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}; skipped", line));
                }
            }

            if (kept.Count > 0)
            {
                outcomes.Add(new InputOutcome(file.Shown, null, format, InputStatus.Processed, null, null, kept, reading.Notes, reading.Truncated));
            }
            else if (reading.Documents.Count == 0)
            {
                outcomes.Add(InputOutcome.NotUsed(file.Shown, format, InputStatus.Skipped, "no usable line", "no usable article line (see the lines' entries)"));
            }
        }

        documents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return documents;
    }

    private static int Compare((string FullPath, int Line) a, (string FullPath, int Line) b) =>
        string.CompareOrdinal(a.FullPath, b.FullPath) is var byPath and not 0 ? byPath : a.Line.CompareTo(b.Line);

    private void ReadFolder(string root, string display, IReadOnlySet<string> excluded, List<(InputFile, InputFormat, FileReading)> readings, List<InputOutcome> outcomes, Streaming? streaming)
    {
        var contents = InputFileFinder.Scan(root, display, excluded);
        outcomes.AddRange(contents.Outcomes);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, manifest) in contents.Manifests)
        {
            var keys = byFolder[folder] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, entry) in ReadManifest(manifest, folder, checkFiles: true, outcomes))
            {
                entries[key] = entry;
                keys.Add(key);
            }
        }

        foreach (var (file, format) in contents.Articles)
        {
            readings.Add((file, format, Streaming.Take(streaming, file, ReadArticle(file, format, Lookup(file, root, entries, byFolder)))));
        }
    }

    private void ReadSingleFile(string fullPath, string display, List<(InputFile, InputFormat, FileReading)> readings, List<InputOutcome> outcomes, Streaming? streaming)
    {
        if (InputFileFinder.FormatOf(fullPath) is not { } format)
        {
            outcomes.Add(InputOutcome.NotUsed(display, InputFormat.Other, InputStatus.Skipped, "unsupported file type", $"not a .txt, .md, .html, .htm, .jsonl, .ndjson, .json or .tml file ({Path.GetExtension(fullPath)}); skipped"));
            return;
        }

        var root = Path.GetDirectoryName(fullPath) ?? fullPath;
        var folderDisplay = display.Contains('/', StringComparison.Ordinal) ? display[..display.LastIndexOf('/')] : string.Empty;
        var relative = Path.GetFileName(fullPath);
        var file = new InputFile(fullPath, display, relative);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var byFolder = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var manifestPath = Path.Combine(root, ManifestFileName);
        if (File.Exists(manifestPath))
        {
            var manifest = new InputFile(manifestPath, folderDisplay.Length == 0 ? ManifestFileName : folderDisplay + "/" + ManifestFileName, ManifestFileName);
            var keys = byFolder[root] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, entry) in ReadManifest(manifest, root, checkFiles: false, outcomes))
            {
                entries[key] = entry;
                keys.Add(key);
            }
        }

        readings.Add((file, format, Streaming.Take(streaming, file, ReadArticle(file, format, Lookup(file, root, entries, byFolder)))));
    }

    private FileReading ReadArticle(InputFile file, InputFormat format, Func<string?, ManifestEntry?> manifest)
    {
        try
        {
            return format switch
            {
                InputFormat.Html => _html.Read(file, manifest(null), _limits),
                InputFormat.JsonLines => _jsonLines.Read(file, manifest, _limits),
                InputFormat.Json => _jsonLines.ReadJsonFile(file, manifest, _limits),
                InputFormat.TimeMl => TimeMlArticleReader.Read(file, manifest(null), _limits),
                _ => TextArticleReader.Read(file, format, manifest(null), _limits),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, format, InputStatus.Failed, "unreadable", $"unreadable: {e.Message}"));
        }
    }

    // The nearest manifest that names the file (or, for a JSON line, the file and key) wins.
    private static Func<string?, ManifestEntry?> Lookup(InputFile file, string root, Dictionary<string, ManifestEntry> entries, Dictionary<string, HashSet<string>> byFolder)
    {
        var path = Path.Combine(root, file.Relative.Replace('/', Path.DirectorySeparatorChar));
        return key =>
        {
            var wanted = key is null ? path : path + "#" + key;
            var folder = Path.GetDirectoryName(path);
            while (folder is not null && folder.Length >= root.Length)
            {
                if (byFolder.TryGetValue(folder, out var keys) && keys.Contains(wanted))
                {
                    return entries[wanted];
                }

                folder = Path.GetDirectoryName(folder);
            }

            return null;
        };
    }

    // Returns the manifest's entries keyed by the full path of the file they name (plus "#key" for one JSON line).
    private static List<(string Key, ManifestEntry Entry)> ReadManifest(InputFile manifest, string folder, bool checkFiles, List<InputOutcome> outcomes)
    {
        var entries = new List<(string, ManifestEntry)>();
        string json;
        try
        {
            // A manifest is not an article: the per-document limit would cut the manifest of a large corpus (100,000 articles take 14 MB).
            var (bytes, partial, _) = manifest.ReadPrefix(InputLimits.MaxManifestBytes);
            if (partial)
            {
                outcomes.Add(InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, "too large", $"larger than {InputLimits.MaxManifestBytes >> 20} MB: split the folder"));
                return entries;
            }

            var decoded = TextDecoder.Decode(bytes, partial);
            if (decoded.Text is not { } text)
            {
                outcomes.Add(InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, "binary file", decoded.Refusal));
                return entries;
            }

            json = text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            outcomes.Add(InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, "unreadable", $"unreadable: {e.Message}"));
            return entries;
        }

        var result = ManifestReader.Parse(json);
        var whole = result.Problems.FirstOrDefault(p => p.Reason is "invalid JSON" or "not a manifest");
        var problems = result.Problems.Where(p => p != whole)
            .Select(p => InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, p.Reason, p.Message, p.Line))
            .ToList();
        foreach (var entry in result.Entries)
        {
            var hash = entry.File.IndexOf('#', StringComparison.Ordinal);
            var filePart = hash >= 0 && InputFileFinder.FormatOf(entry.File[..hash]) is InputFormat.JsonLines or InputFormat.Json ? entry.File[..hash] : entry.File;
            var full = Path.GetFullPath(Path.Combine(folder, filePart));
            var key = filePart.Length < entry.File.Length ? full + entry.File[filePart.Length..] : full;
            if (checkFiles && !File.Exists(full))
            {
                problems.Add(InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, "missing file", $"names \"{entry.File}\", which does not exist", entry.Line));
                continue;
            }

            if (checkFiles && !IsArticleFile(full))
            {
                problems.Add(InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, "not an article file", $"names \"{entry.File}\", which is not an article file (.txt, .md, .html, .htm, .jsonl, .ndjson, .json, .tml)", entry.Line));
                continue;
            }

            entries.Add((key, entry));
        }

        outcomes.AddRange(problems);
        outcomes.Add(whole is null
            ? new InputOutcome(manifest.Shown, null, InputFormat.Manifest, InputStatus.Processed, null, null, [], [], false)
            : InputOutcome.NotUsed(manifest.Shown, InputFormat.Manifest, InputStatus.Failed, whole.Reason, whole.Message));
        return entries;
    }

    // A read that hands each document to a sink as its file is read: the documents winning their id so far go, and are kept without their texts.
    private sealed class Streaming(Action<RawDocument> sink)
    {
        // The documents handed over, by id: from which file and line.
        private readonly Dictionary<string, (string FullPath, int Line)> _given = new(StringComparer.Ordinal);

        public static FileReading Take(Streaming? streaming, InputFile file, FileReading reading) =>
            streaming is null || reading.Documents.Count == 0 ? reading : streaming.Take(file, reading);

        private FileReading Take(InputFile file, FileReading reading)
        {
            foreach (var (document, line) in reading.Documents)
            {
                var candidate = (file.FullPath, line ?? 0);
                if (!_given.TryGetValue(document.Id, out var held) || Compare(candidate, held) < 0)
                {
                    _given[document.Id] = candidate;
                    sink(document);
                }
            }

            return reading with { Documents = [.. reading.Documents.Select(d => (d.Document with { Text = string.Empty }, d.Line))] };
        }
    }
}
