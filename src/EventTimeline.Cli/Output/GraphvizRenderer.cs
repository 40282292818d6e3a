using System.Diagnostics;
using System.Text;

namespace EventTimeline.Cli.Output;

/// <summary>Renders DOT text to SVG with Graphviz's <c>dot</c> program, when it is on PATH.</summary>
internal static class GraphvizRenderer
{
    /// <summary>How long <c>dot</c> may run before it is stopped.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The outcome of a rendering: the SVG text, or why there is none.</summary>
    /// <param name="Svg">The SVG document, or null.</param>
    /// <param name="Problem">One line saying why there is no SVG, or null.</param>
    public sealed record Result(string? Svg, string? Problem);

    /// <summary>Returns the full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : ["dot"];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs <c>dot -Tsvg</c> on <paramref name="dot"/>; never throws for a missing or failing program.</summary>
    public static Result RenderSvg(string dot)
    {
        var program = FindDot();
        if (program is null)
        {
            return new Result(null, "Graphviz 'dot' is not on PATH");
        }

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-Tsvg");
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return new Result(null, "could not start " + program);
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdin = Task.Run(() =>
            {
                process.StandardInput.Write(dot);
                process.StandardInput.Close();
            });
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new Result(null, $"dot did not finish within {Timeout.TotalSeconds:0} s");
            }

            stdin.Wait(Timeout);
            var svg = stdout.Result;
            if (process.ExitCode != 0 || svg.Length == 0)
            {
                var reason = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";
                return new Result(null, $"dot exited with {process.ExitCode}: {reason}");
            }

            return new Result(svg.Replace("\r\n", "\n", StringComparison.Ordinal), null);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException or AggregateException)
        {
            return new Result(null, "dot failed: " + e.Message);
        }
    }
}
