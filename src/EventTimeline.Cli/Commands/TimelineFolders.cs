namespace EventTimeline.Cli.Commands;

/// <summary>
/// A gold and a system folder of timeline files (<c>*.txt</c>), as the timeline scorers take them: paired by file name,
/// with one line on stderr for each file that cannot be read and each system file without a gold one.
/// </summary>
internal static class TimelineFolders
{
    /// <summary>
    /// Reads every gold timeline and the system timeline of the same name, if there is one, with <paramref name="read"/>
    /// (which reports its own failures and returns null); null, after one line on stderr, when a folder is missing or the
    /// gold folder holds no timeline. <c>Failed</c> tells that some file could not be read (its gold is left out).
    /// </summary>
    public static (List<(string Name, T Gold, T? System)> Pairs, bool Failed)? Read<T>(string verb, string gold, string system, Func<string, T?> read)
        where T : class
    {
        foreach (var (folder, what) in new[] { (gold, "gold"), (system, "system") })
        {
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{verb}: {what} folder not found: {folder}");
                return null;
            }
        }

        var goldFiles = Directory.EnumerateFiles(gold, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (goldFiles.Count == 0)
        {
            Console.Error.WriteLine($"{verb}: no *.txt timeline in {gold}");
            return null;
        }

        var failed = false;
        var pairs = new List<(string, T, T?)>();
        foreach (var goldPath in goldFiles)
        {
            var name = Path.GetFileName(goldPath);
            if (read(goldPath) is not { } goldTimeline)
            {
                failed = true;
                continue;
            }

            var systemPath = Path.Combine(system, name);
            T? systemTimeline = null;
            if (File.Exists(systemPath))
            {
                systemTimeline = read(systemPath);
                failed |= systemTimeline is null;
            }

            pairs.Add((name, goldTimeline, systemTimeline));
        }

        var goldNames = goldFiles.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in Directory.EnumerateFiles(system, "*.txt").Select(Path.GetFileName).Where(n => !goldNames.Contains(n)).Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"{verb}: {extra} has no gold timeline: ignored");
        }

        return (pairs, failed);
    }

    /// <summary>Says on stderr which gold timelines had no system file and were scored as empty.</summary>
    public static void ReportMissing(string verb, IEnumerable<string> missingSystem)
    {
        foreach (var name in missingSystem)
        {
            Console.Error.WriteLine($"{verb}: no system timeline {name}: scored as empty");
        }
    }
}
