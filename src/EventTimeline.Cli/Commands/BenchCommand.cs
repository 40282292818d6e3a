using System.CommandLine;
using System.Globalization;

using EventTimeline.Benchmark;
using EventTimeline.Cli.Bench;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline bench [CORPUS...] [--generate N,...] [--engine native,microsoft] [--jobs 1,2]</c>: measures every stage of the pipeline.</summary>
internal static class BenchCommand
{
    private const int DefaultSeed = 20151;
    private const int DefaultRounds = 5;

    public static Command Create()
    {
        var corpora = new Argument<string[]>("CORPUS")
        {
            Description = "Folders to measure: a TimeML folder (text and DCT of every .tml file, e.g. tempeval3-dev) or any input build reads.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var generate = new Option<string?>("--generate")
        {
            Description = "Also measure generated news-like corpora of these sizes (comma-separated, e.g. 1000,5000,10000).",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the generated corpora.",
            DefaultValueFactory = _ => DefaultSeed,
        };
        var engines = new Option<string>("--engine")
        {
            Description = "Temporal engines to compare, comma-separated (native, microsoft, combined).",
            DefaultValueFactory = _ => TaggerFactory.DefaultEngine,
        };
        var jobs = new Option<string>("--jobs")
        {
            Description = "Numbers of documents processed at once to compare, comma-separated (default: 1 and the processor count).",
            DefaultValueFactory = _ => Environment.ProcessorCount > 1 ? $"1,{Environment.ProcessorCount}" : "1",
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Measured rounds per configuration; the job counts of an engine take turns each round, and each reports its median round.",
            DefaultValueFactory = _ => DefaultRounds,
        };
        var json = new Option<bool>("--json") { Description = "Write the measurements as JSON to stdout instead of tables." };
        var writeCorpus = new Option<string?>("--write-corpus")
        {
            Description = "Write the generated corpus (--generate N, one size) or the one CORPUS folder given (e.g. TimeML) to this folder as .txt files with a manifest.json, and measure nothing.",
        };
        var command = new Command("bench", "Measure documents/s, characters/s and peak working set of every pipeline stage, per engine and number of jobs (exit 1 on a usage error).");
        command.Arguments.Add(corpora);
        command.Options.Add(generate);
        command.Options.Add(seed);
        command.Options.Add(engines);
        command.Options.Add(jobs);
        command.Options.Add(rounds);
        command.Options.Add(json);
        command.Options.Add(writeCorpus);
        command.SetAction(parse => Run(
            parse.GetValue(corpora) ?? [],
            parse.GetValue(generate),
            parse.GetValue(seed),
            parse.GetValue(engines)!,
            parse.GetValue(jobs)!,
            parse.GetValue(rounds),
            parse.GetValue(json),
            parse.GetValue(writeCorpus)));
        return command;
    }

    private static int Run(string[] folders, string? generate, int seed, string engineList, string jobList, int rounds, bool json, string? writeCorpus)
    {
        if (!TryParseCounts(generate ?? string.Empty, out var sizes) || !TryParseCounts(jobList, out var jobs) || jobs.Count == 0)
        {
            Console.Error.WriteLine("bench: --generate and --jobs take positive whole numbers separated by commas");
            return 1;
        }

        if (rounds < 1)
        {
            Console.Error.WriteLine("bench: --rounds takes a positive whole number");
            return 1;
        }

        if (writeCorpus is not null)
        {
            if (folders.Length == 1 && sizes.Count == 0 && Directory.Exists(folders[0]))
            {
                // A TimeML folder as build input: each document's text as .txt, its DCT in the manifest.
                var read = BenchCorpus.FromFolder(folders[0]).Read(1);
                BenchCorpus.Write(writeCorpus, read);
                Console.Error.WriteLine($"bench: wrote the {read.Count} documents of {folders[0]} to {writeCorpus}");
                return 0;
            }

            if (sizes.Count != 1 || folders.Length != 0)
            {
                Console.Error.WriteLine("bench: --write-corpus needs either one size in --generate or one corpus folder");
                return 1;
            }

            BenchCorpus.Write(writeCorpus, NewsCorpusGenerator.Default.Generate(sizes[0], seed));
            Console.Error.WriteLine($"bench: wrote {sizes[0]} generated documents (seed {seed}) to {writeCorpus}");
            return 0;
        }

        var engines = engineList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (engines.Length == 0 || engines.FirstOrDefault(engine => !TaggerFactory.KnownEngines.Contains(engine)) is { } unknown)
        {
            Console.Error.WriteLine($"bench: unknown temporal engine in '{engineList}'; known engines: {string.Join(", ", TaggerFactory.KnownEngines)}");
            return 1;
        }

        if (folders.FirstOrDefault(folder => !Directory.Exists(folder)) is { } missing)
        {
            Console.Error.WriteLine($"bench: {missing} is not a folder");
            return 1;
        }

        if (folders.Length == 0 && sizes.Count == 0)
        {
            Console.Error.WriteLine("bench: give a corpus folder or --generate N");
            return 1;
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"eventtimeline-bench-{Environment.ProcessId}");
        try
        {
            var corpora = folders.Select(BenchCorpus.FromFolder).ToList();
            corpora.AddRange(sizes.Select(size => BenchCorpus.Generate(scratch, size, seed)));
            var machine = Machine("at start");
            var runs = new List<BenchRun>();
            foreach (var corpus in corpora)
            {
                foreach (var engine in engines)
                {
                    runs.AddRange(Measure(corpus, engine, jobs, rounds));
                }
            }

            machine += "; " + Machine("at end");
            Console.Out.Write(json ? BenchReport.Json(runs, machine) + "\n" : BenchReport.Tables(runs, machine));
            return 0;
        }
        catch (TemporalEngineUnavailableException e)
        {
            Console.Error.WriteLine($"bench: {e.Message}");
            return 1;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    // Every job count's session stays open while they take turns, round after round.
    private static IEnumerable<BenchRun> Measure(BenchCorpus corpus, string engine, IReadOnlyList<int> jobs, int rounds)
    {
        var sessions = new List<BenchSession>();
        try
        {
            foreach (var jobCount in jobs)
            {
                Console.Error.WriteLine($"bench: {corpus.Name}, engine {engine}, jobs {jobCount}: starting…");
                sessions.Add(BenchSession.Start(corpus, engine, jobCount));
            }

            for (var round = 1; round <= rounds; round++)
            {
                Console.Error.WriteLine($"bench: {corpus.Name}, engine {engine}, round {round} of {rounds}…");
                foreach (var session in sessions)
                {
                    session.Measure();
                }
            }

            return [.. sessions.Select(session => session.Result())];
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
    }

    private static bool TryParseCounts(string list, out List<int> counts)
    {
        counts = [];
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return false;
            }

            counts.Add(count);
        }

        return true;
    }

    /// <summary>Processor count and load average, so that readers know how busy the machine was.</summary>
    private static string Machine(string when)
    {
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        return $"{Environment.ProcessorCount} processors, load average {when} {load}";
    }
}
