namespace EventTimeline.Tests;

/// <summary>The programs a few tests need beyond the .NET SDK (Graphviz's dot, Debian's chromium), and what a test does when one is missing.</summary>
internal static class ExternalTools
{
    /// <summary>Set to 1 (as .ci/run does, after installing the tools) to make a missing tool fail the test instead of skipping it.</summary>
    public const string RequireVariable = "EVENTTIMELINE_REQUIRE_TOOLS";

    /// <summary>Set to another chromium binary; a path that does not exist makes the browser tests behave as on a machine without chromium.</summary>
    public const string ChromiumVariable = "EVENTTIMELINE_CHROMIUM";

    /// <summary>The chromium binary the browser tests drive: <see cref="ChromiumVariable"/>, else Debian's.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Skips the running test because <paramref name="missing"/>, naming the apt package that provides it; fails it instead when <see cref="RequireVariable"/> is 1.</summary>
    public static void Missing(string missing, string aptPackage)
    {
        var reason = $"{missing}; install it with `sudo apt-get install {aptPackage}` to run this test";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{reason} ({RequireVariable}=1 asks for every test to run)");
        }

        Assert.Ignore(reason);
    }
}
