using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>A name with its leading honorifics removed.</summary>
/// <param name="Name">The name without honorifics ("Kerry" from "Mr. Kerry").</param>
/// <param name="Honorifics">The honorifics removed, in order.</param>
internal sealed record StrippedName(string Name, ImmutableArray<Honorific> Honorifics);
