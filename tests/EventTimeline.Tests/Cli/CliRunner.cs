using System.Diagnostics;

namespace EventTimeline.Tests.Cli;

/// <summary>
/// Runs the built <c>eventtimeline</c> as a user would and captures what it prints: the test build's own
/// <c>eventtimeline.dll</c>, or the executable that the environment variable <see cref="ExecutableVariable"/> names (the
/// Native AOT one that <c>dotnet publish</c> makes: .ci/run runs the command-line tests against it too).
/// </summary>
internal static class CliRunner
{
    /// <summary>The environment variable naming another executable to run instead of the test build's.</summary>
    public const string ExecutableVariable = "EVENTTIMELINE_CLI";

    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    /// <summary>How to start the CLI with <paramref name="args"/>, standard output and error redirected (for a test that drives the process itself).</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var other = Environment.GetEnvironmentVariable(ExecutableVariable);
        var start = new ProcessStartInfo(string.IsNullOrEmpty(other) ? "dotnet" : other)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.IsNullOrEmpty(other))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eventtimeline.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs the CLI with extra environment variables.</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within 5 minutes: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
