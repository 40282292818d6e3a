namespace EventTimeline.Cli.Commands;

/// <summary>Finds the TimeML files of a file or folder argument, with their paths relative to it.</summary>
internal static class TimeMlFiles
{
    /// <summary>The files (sorted by relative path, forward slashes), or null when <paramref name="input"/> does not exist.</summary>
    public static IReadOnlyList<(string Path, string Relative)>? Find(string input)
    {
        if (File.Exists(input))
        {
            return [(input, Path.GetFileName(input))];
        }

        if (!Directory.Exists(input))
        {
            return null;
        }

        return Directory.EnumerateFiles(input, "*.tml", SearchOption.AllDirectories)
            .Select(path => (path, Path.GetRelativePath(input, path).Replace('\\', '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal)
            .ToList();
    }
}
