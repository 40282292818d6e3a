using System.Diagnostics;
using System.Globalization;

namespace EventTimeline.Cli.Bench;

/// <summary>Processor time and memory of this process, read for the benchmark.</summary>
internal static class ResourceMeter
{
    private const string ClearRefs = "/proc/self/clear_refs";

    /// <summary>Processor time used so far by this process (every engine runs in it).</summary>
    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
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
}
