namespace EventTimeline.Documents;

/// <summary>The files of one input folder, sorted out: articles to read, manifests, and everything else with the reason it is not read.</summary>
/// <param name="Articles">Article files (.txt, .md, .html, .htm, .jsonl, .ndjson, .json, .tml), with their format.</param>
/// <param name="Manifests">manifest.json files, by folder (full path).</param>
/// <param name="Outcomes">Entries for what is not read: ignored files, links not followed, unreadable folders.</param>
internal sealed record FolderContents(
    IReadOnlyList<(InputFile File, InputFormat Format)> Articles,
    IReadOnlyDictionary<string, InputFile> Manifests,
    IReadOnlyList<InputOutcome> Outcomes);

/// <summary>Walks an input folder without recursion on the call stack, accounting for every entry it meets.</summary>
/// <remarks>
/// Hidden entries (a leading '.') and a folder's README are ignored; so are excluded folders (the output folder).
/// Links to files are read; links to folders are not followed: one inside the input names files read anyway, one to an
/// ancestor is a loop, one outside the input would widen it unasked. A broken link or a link loop is reported, never followed.
/// </remarks>
internal static class InputFileFinder
{
    private static readonly EnumerationOptions _oneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        MatchType = MatchType.Simple,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The format of an article file by its extension, or null when it is not one.</summary>
    public static InputFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => InputFormat.Text,
        ".md" => InputFormat.Markdown,
        ".html" or ".htm" => InputFormat.Html,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".json" => InputFormat.Json,
        ".tml" => InputFormat.TimeMl,
        _ => null,
    };

    /// <summary>True for a folder's README (README.md, readme.txt…), which describes the folder and is not an article.</summary>
    public static bool IsReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lists the folder <paramref name="root"/> (a full path) shown as <paramref name="display"/>, skipping <paramref name="excluded"/> folders (full paths).</summary>
    public static FolderContents Scan(string root, string display, IReadOnlySet<string> excluded)
    {
        var articles = new List<(InputFile, InputFormat)>();
        var manifests = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var outcomes = new List<InputOutcome>();
        var realRoot = RealPath(root);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", _oneLevel).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                outcomes.Add(InputOutcome.NotUsed(Shown(display, root, folder), InputFormat.Folder, InputStatus.Failed, "unreadable folder", $"unreadable folder: {e.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                var shown = display.Length == 0 ? relative : display + "/" + relative;
                var isFolder = entry is DirectoryInfo;
                if (entry.Name.StartsWith('.'))
                {
                    outcomes.Add(InputOutcome.NotUsed(shown, isFolder ? InputFormat.Folder : InputFormat.Other, InputStatus.Ignored, "hidden"));
                    continue;
                }

                var target = entry.FullName;
                if (entry.LinkTarget is not null)
                {
                    var resolved = Resolve(entry, realRoot, folder, shown, outcomes);
                    if (resolved is null)
                    {
                        continue;
                    }

                    target = resolved;
                }
                else if (isFolder)
                {
                    if (excluded.Contains(Path.TrimEndingDirectorySeparator(entry.FullName)))
                    {
                        outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Folder, InputStatus.Ignored, "output folder"));
                    }
                    else
                    {
                        pending.Push(entry.FullName);
                    }

                    continue;
                }

                var file = new InputFile(target, shown, relative);
                if (entry.Name == CorpusReader.ManifestFileName)
                {
                    manifests[folder] = file;
                }
                else if (FormatOf(entry.Name) is not { } format)
                {
                    outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Other, InputStatus.Ignored, "not an input type", $"not an input type ({ExtensionOf(entry.Name)})"));
                }
                else if (IsReadme(entry.Name))
                {
                    outcomes.Add(InputOutcome.NotUsed(shown, format, InputStatus.Ignored, "folder description", "a folder's README describes the folder; not read as an article"));
                }
                else
                {
                    articles.Add((file, format));
                }
            }
        }

        return new FolderContents(articles, manifests, outcomes);
    }

    /// <summary>The path with every link in it resolved (the "real" path), as far as the file system allows.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var real = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            try
            {
                var info = new DirectoryInfo(next);
                real = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? RealPath(target.FullName) : next;
            }
            catch (IOException)
            {
                real = next;
            }
        }

        return real;
    }

    // Returns the full path of a link's final target when it is a file to read; otherwise reports the link and returns null.
    private static string? Resolve(FileSystemInfo link, string realRoot, string folder, string shown, List<InputOutcome> outcomes)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Other, InputStatus.Skipped, "symbolic link loop", $"symbolic link loop or unresolvable link: {e.Message}"));
            return null;
        }

        if (target is null || !target.Exists)
        {
            outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Other, InputStatus.Failed, "broken symbolic link", $"broken symbolic link to {link.LinkTarget}"));
            return null;
        }

        if (target is not DirectoryInfo)
        {
            return target.FullName;
        }

        var realTarget = RealPath(target.FullName);
        var realFolder = RealPath(folder);
        if (IsSameOrUnder(realFolder, realTarget))
        {
            outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Folder, InputStatus.Skipped, "symbolic link loop", $"symbolic link loop: links to {link.LinkTarget}, a folder that contains it; not followed"));
        }
        else if (IsSameOrUnder(realTarget, realRoot))
        {
            outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Folder, InputStatus.Ignored, "link inside the input", "symbolic link to a folder inside the input, whose files are read there; not followed"));
        }
        else
        {
            outcomes.Add(InputOutcome.NotUsed(shown, InputFormat.Folder, InputStatus.Skipped, "link outside the input", $"symbolic link to a folder outside the input ({link.LinkTarget}); not followed"));
        }

        return null;
    }

    private static bool IsSameOrUnder(string path, string ancestor) =>
        path == ancestor || path.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string ExtensionOf(string name) => Path.GetExtension(name) is { Length: > 0 } extension ? extension : "no extension";

    private static string Shown(string display, string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? (display.Length == 0 ? "." : display) : display.Length == 0 ? relative : display + "/" + relative;
    }
}
