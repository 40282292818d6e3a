using System.Collections.Immutable;

namespace EventTimeline.Text;

/// <summary>A phrase found in a token list: where it starts, how many tokens it spans, and what it stands for.</summary>
/// <typeparam name="T">The value a phrase stands for.</typeparam>
/// <param name="Start">Index of the first token.</param>
/// <param name="Length">Number of tokens.</param>
/// <param name="Values">Every value the phrase stands for, best first.</param>
internal sealed record PhraseMatch<T>(int Start, int Length, ImmutableArray<T> Values);
