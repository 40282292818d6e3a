using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>Something wrong with one input file or manifest; reading went on without it.</summary>
/// <param name="Path">The file or folder concerned, as reachable from the input given (forward slashes).</param>
/// <param name="Message">What was wrong.</param>
internal sealed record IngestProblem(string Path, string Message);

/// <summary>The documents read from the inputs, sorted by id, and the per-file problems met on the way.</summary>
/// <param name="Documents">Documents sorted by id (ordinal).</param>
/// <param name="Problems">Problems sorted by path, then message.</param>
internal sealed record CorpusReadResult(IReadOnlyList<RawDocument> Documents, IReadOnlyList<IngestProblem> Problems);

/// <summary>Reads .txt and .md articles from folders (recursively) and single files, with metadata from manifest.json files beside them.</summary>
/// <remarks>
/// Reads only; never writes. One bad file never stops the others: faults become <see cref="IngestProblem"/>s.
/// A folder's README (README.md, readme.txt) describes the folder and is not read as an article; hidden files are skipped.
/// Markdown (.md files, and .txt files that carry Markdown headings or links) is reduced to plain text.
/// </remarks>
internal sealed class CorpusReader
{
    /// <summary>The manifest file name looked for in every folder read.</summary>
    public const string ManifestFileName = "manifest.json";

    private const int MaxTitleLength = 300;

    private static readonly EnumerationOptions _oneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchType = MatchType.Simple,
    };

    /// <summary>Reads every document under <paramref name="inputs"/> (folders or files).</summary>
    public CorpusReadResult Read(IEnumerable<string> inputs)
    {
        var problems = new List<IngestProblem>();
        var found = new List<(string FullPath, RawDocument Document)>();
        foreach (var input in inputs)
        {
            var display = input.Replace('\\', '/').TrimEnd('/');
            if (display.Length == 0)
            {
                display = input;
            }

            if (Directory.Exists(input))
            {
                ReadFolder(Path.GetFullPath(input), display, found, problems);
            }
            else if (File.Exists(input))
            {
                ReadSingleFile(Path.GetFullPath(input), display, found, problems);
            }
            else
            {
                problems.Add(new IngestProblem(display, "no such file or folder"));
            }
        }

        // Two inputs may yield the same id (a.txt and a.md, or the same name under two roots):
        // the smallest full path wins so that the outcome does not depend on argument order.
        var documents = new List<RawDocument>();
        foreach (var group in found.GroupBy(f => f.Document.Id, StringComparer.Ordinal))
        {
            var ordered = group.DistinctBy(f => f.FullPath, StringComparer.Ordinal).OrderBy(f => f.FullPath, StringComparer.Ordinal).ToList();
            documents.Add(ordered[0].Document);
            foreach (var other in ordered.Skip(1))
            {
                problems.Add(new IngestProblem(other.Document.Path, $"id \"{other.Document.Id}\" is already taken by {ordered[0].FullPath.Replace('\\', '/')}; skipped"));
            }
        }

        documents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        problems.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(a.Message, b.Message));
        return new CorpusReadResult(documents, problems);
    }

    /// <summary>True for the file types read as articles.</summary>
    public static bool IsArticleFile(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a folder's README (README.md, readme.txt…), which describes the folder and is not an article.</summary>
    public static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    private static void ReadFolder(string root, string display, List<(string, RawDocument)> found, List<IngestProblem> problems)
    {
        var articles = new List<string>();
        var manifests = new Dictionary<string, Dictionary<string, ManifestEntry>>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var sub in Directory.EnumerateDirectories(folder, "*", _oneLevel))
                {
                    pending.Push(sub);
                }

                foreach (var file in Directory.EnumerateFiles(folder, "*", _oneLevel))
                {
                    if (IsArticleFile(file) && !IsReadme(file))
                    {
                        articles.Add(file);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new IngestProblem(Display(display, root, folder), $"unreadable folder: {e.Message}"));
                continue;
            }

            var manifestPath = Path.Combine(folder, ManifestFileName);
            if (File.Exists(manifestPath))
            {
                manifests[folder] = ReadManifest(manifestPath, folder, Display(display, root, manifestPath), checkFiles: true, problems);
            }
        }

        foreach (var file in articles)
        {
            var entry = FindEntry(file, root, manifests);
            if (ReadArticle(file, root, display, entry, problems) is { } document)
            {
                found.Add((file, document));
            }
        }
    }

    private static void ReadSingleFile(string file, string display, List<(string, RawDocument)> found, List<IngestProblem> problems)
    {
        if (!IsArticleFile(file))
        {
            problems.Add(new IngestProblem(display, "not a .txt or .md file; skipped"));
            return;
        }

        var root = Path.GetDirectoryName(file) ?? file;
        var manifests = new Dictionary<string, Dictionary<string, ManifestEntry>>(StringComparer.Ordinal);
        var manifestPath = Path.Combine(root, ManifestFileName);
        var folderDisplay = display.Contains('/', StringComparison.Ordinal) ? display[..display.LastIndexOf('/')] : ".";
        if (File.Exists(manifestPath))
        {
            manifests[root] = ReadManifest(manifestPath, root, folderDisplay + "/" + ManifestFileName, checkFiles: false, problems);
        }

        if (ReadArticle(file, root, folderDisplay == "." ? string.Empty : folderDisplay, FindEntry(file, root, manifests), problems) is { } document)
        {
            found.Add((file, document));
        }
    }

    private static Dictionary<string, ManifestEntry> ReadManifest(string manifestPath, string folder, string display, bool checkFiles, List<IngestProblem> problems)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        string json;
        try
        {
            var bytes = File.ReadAllBytes(manifestPath);
            if (TextDecoder.Decode(bytes, out var decodeProblem) is not { } decoded)
            {
                problems.Add(new IngestProblem(display, decodeProblem ?? "not text"));
                return entries;
            }

            json = decoded;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new IngestProblem(display, $"unreadable: {e.Message}"));
            return entries;
        }

        var result = ManifestReader.Parse(json);
        problems.AddRange(result.Problems.Select(message => new IngestProblem(display, message)));
        foreach (var entry in result.Entries)
        {
            var full = Path.GetFullPath(Path.Combine(folder, entry.File));
            if (checkFiles && !File.Exists(full))
            {
                problems.Add(new IngestProblem(display, $"names \"{entry.File}\", which does not exist"));
                continue;
            }

            if (checkFiles && !IsArticleFile(full))
            {
                problems.Add(new IngestProblem(display, $"names \"{entry.File}\", which is not a .txt or .md file"));
                continue;
            }

            entries[full] = entry;
        }

        return entries;
    }

    // The nearest manifest wins: the one in the file's own folder, else its parent's, up to the input root.
    private static ManifestEntry? FindEntry(string file, string root, Dictionary<string, Dictionary<string, ManifestEntry>> manifests)
    {
        var folder = Path.GetDirectoryName(file);
        while (folder is not null && folder.Length >= root.Length)
        {
            if (manifests.TryGetValue(folder, out var entries) && entries.TryGetValue(file, out var entry))
            {
                return entry;
            }

            folder = Path.GetDirectoryName(folder);
        }

        return null;
    }

    private static RawDocument? ReadArticle(string file, string root, string display, ManifestEntry? entry, List<IngestProblem> problems)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var shown = display.Length == 0 ? relative : display + "/" + relative;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new IngestProblem(shown, $"unreadable: {e.Message}"));
            return null;
        }

        if (bytes.Length == 0)
        {
            problems.Add(new IngestProblem(shown, "empty file; skipped"));
            return null;
        }

        if (TextDecoder.Decode(bytes, out var decodeProblem) is not { } text)
        {
            problems.Add(new IngestProblem(shown, (decodeProblem ?? "not text") + "; skipped"));
            return null;
        }

        var isMarkdown = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || MarkdownStripper.LooksLikeMarkdown(text);
        if (isMarkdown)
        {
            text = MarkdownStripper.Strip(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new IngestProblem(shown, "no text (only whitespace or markup); skipped"));
            return null;
        }

        var id = relative[..^Path.GetExtension(relative).Length];
        return new RawDocument(
            id,
            relative,
            entry?.Title ?? FirstLineTitle(text),
            entry?.Source,
            entry?.Url,
            entry?.Published,
            text);
    }

    private static string? FirstLineTitle(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.Length <= MaxTitleLength ? trimmed : null;
            }
        }

        return null;
    }

    private static string Display(string display, string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? display : display + "/" + relative;
    }
}
