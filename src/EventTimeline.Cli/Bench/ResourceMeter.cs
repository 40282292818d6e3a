using System.Diagnostics;
using System.Globalization;

namespace EventTimeline.Cli.Bench;

/// <summary>Processor time and memory of this process, read for the benchmark.</summary>
internal static class ResourceMeter
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Processor time used so far by this process and its running children.</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime + ChildrenProcessorTime();
    }

    /// <summary>Peak working set of this process (since start, or since the last <see cref="ResetPeak"/>).</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Collects garbage and, on Linux, resets the peak working set so that each run reports its own peak.</summary>
    public static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            if (File.Exists(ClearRefs))
            {
                File.WriteAllText(ClearRefs, "5");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Older kernels: the peak then counts from the start of the process.
        }
    }

    /// <summary>Processor time of this process's running children (the Node sidecars); zero where /proc is missing.</summary>
    public static TimeSpan ChildrenProcessorTime()
    {
        var self = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        long ticks = 0;
        try
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                var name = Path.GetFileName(folder);
                if (name.Length == 0 || !char.IsAsciiDigit(name[0]) || name == self)
                {
                    continue;
                }

                // Fields after the command name (which may hold spaces): ppid is field 4, utime and stime fields 14 and 15.
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[1] == self)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            // A child that exited while being read, or no /proc: count what was read.
        }

        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
