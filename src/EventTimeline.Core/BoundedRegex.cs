using System.Text.RegularExpressions;

namespace EventTimeline;

/// <summary>
/// The one place regular expressions are made, so that every match has a time limit: a hostile text cannot keep a
/// pattern backtracking for ever. A match that runs out of time throws <see cref="RegexMatchTimeoutException"/>,
/// which the pipeline turns into a failed document.
/// </summary>
/// <remarks>Source-generated patterns cannot call a factory: their <c>[GeneratedRegex]</c> attribute passes <see cref="TimeoutMilliseconds"/>. A test checks both.</remarks>
internal static class BoundedRegex
{
    /// <summary>Longest time one match may take, in milliseconds: a thousand times what a news sentence needs.</summary>
    public const int TimeoutMilliseconds = 2000;

    /// <summary>Longest time one match may take.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>A pattern with the shared match time limit; a compiled one comes from <see cref="PrecompiledPatterns"/> when a data file shipped it.</summary>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        (options & RegexOptions.Compiled) != 0 && PrecompiledPatterns.Find(pattern, options) is { } precompiled
            ? precompiled
            : new(pattern, options, Timeout);
}
