using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Store;

/// <summary>The part of a stored <see cref="DocumentExtraction"/> that the outputs read back after merging: its sentences with their text (the evidence) and its time expressions whole (time-mentions.json).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentences">Its sentences, in order.</param>
/// <param name="TimeMentions">Its time expressions, sorted by offset.</param>
/// <param name="Error">Why a stage failed on it (then both lists are empty), or null.</param>
/// <remarks>Read from the same stored bytes as the whole extraction, by the names of the same properties; the actor and event mentions are read past.</remarks>
internal sealed record StoredTexts(string DocumentId, IReadOnlyList<Sentence> Sentences, IReadOnlyList<TimeMention> TimeMentions, string? Error);
