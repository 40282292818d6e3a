using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Store;

/// <summary>
/// The stored form of a document's extraction: its fields in a fixed order, compressed (zlib). A merge reads every extraction of the
/// corpus, and this form is read several times faster than the records' JSON, with no property names repeated in it.
/// </summary>
/// <remarks>
/// Layout: a format byte, the document id, the error or nothing, the sentences and time expressions (so
/// that <see cref="DecodeTexts"/> stops after them), the actor mentions, the event mentions and the reporter cues. Numbers are 7-bit
/// encoded, enums by their value, days by their day number, texts as UTF-8 with their length (a text that may be null has a flag
/// before it). An event mention's time expression is written as its place among the document's when it is one of them, so it is read
/// back as that same object. Texts that are not valid UTF-16 (a lone surrogate) are refused rather than altered. A field added to one
/// of these records must be added here (the tests count the properties). Extractions from other rules are never read back (their key
/// holds the rules version), so the layout may change with the code.
/// </remarks>
internal static class ExtractionBinary
{
    private const byte Format = 1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of <paramref name="extraction"/>.</summary>
    /// <exception cref="EncoderFallbackException">A text holds a lone surrogate.</exception>
    public static byte[] Encode(DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        using var buffer = new MemoryStream(4096);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(zlib, StrictUtf8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(extraction.DocumentId);
            Optional(writer, extraction.Error);
            Write(writer, extraction);
        }

        return buffer.ToArray();
    }

    /// <summary>The extraction of <see cref="Encode"/>'s bytes; with <paramref name="shared"/>, its short strings are those the pool already holds; without <paramref name="sentenceTexts"/>, each sentence's text is empty (its bytes are skipped).</summary>
    /// <exception cref="InvalidDataException">The bytes are not of this format, or cut short.</exception>
    public static DocumentExtraction Decode(byte[] bytes, SharedStrings? shared = null, bool sentenceTexts = true) => Read(bytes, shared, (reader, documentId, error) =>
    {
        var sentences = Sentences(reader, sentenceTexts);
        var times = Times(reader);
        var actors = Actors(reader);
        var events = Events(reader, documentId, times);
        var cues = new ReporterCues(Numbers(reader), Numbers(reader), Numbers(reader));
        return new DocumentExtraction(documentId, sentences, times, actors, events, error) { Cues = cues };
    });

    /// <summary>The document id, sentences, time expressions and error of <see cref="Encode"/>'s bytes; the rest is not read.</summary>
    /// <exception cref="InvalidDataException">The bytes are not of this format, or cut short.</exception>
    public static StoredTexts DecodeTexts(byte[] bytes) => Read(bytes, null, (reader, documentId, error) => new StoredTexts(documentId, Sentences(reader, texts: true), Times(reader), error));

    private static void Write(BinaryWriter writer, DocumentExtraction extraction)
    {
        writer.Write7BitEncodedInt(extraction.Sentences.Count);
        foreach (var sentence in extraction.Sentences)
        {
            writer.Write7BitEncodedInt(sentence.Index);
            writer.Write7BitEncodedInt(sentence.Start);
            writer.Write7BitEncodedInt(sentence.Length);
            writer.Write(sentence.Text);
        }

        var places = new Dictionary<TimeMention, int>();
        writer.Write7BitEncodedInt(extraction.TimeMentions.Count);
        for (var i = 0; i < extraction.TimeMentions.Count; i++)
        {
            var time = extraction.TimeMentions[i];
            places.TryAdd(time, i);
            Write(writer, time);
        }

        writer.Write7BitEncodedInt(extraction.Actors.Length);
        foreach (var actor in extraction.Actors)
        {
            writer.Write7BitEncodedInt(actor.Start);
            writer.Write7BitEncodedInt(actor.Length);
            writer.Write(actor.Text);
            writer.Write7BitEncodedInt(actor.Sentence);
            writer.Write7BitEncodedInt((int)actor.Kind);
            writer.Write(actor.Name);
            Optional(writer, actor.KnownId);
            Optional(writer, actor.Country);
            Optional(writer, actor.Title);
            writer.Write(actor.RoleOnly);
            Optional(writer, actor.Affiliation);
            writer.Write(actor.Plural);
            writer.Write(actor.Tentative);
        }

        writer.Write7BitEncodedInt(extraction.Events.Count);
        foreach (var mention in extraction.Events)
        {
            var ofTheDocument = string.Equals(mention.DocumentId, extraction.DocumentId, StringComparison.Ordinal);
            writer.Write(ofTheDocument);
            if (!ofTheDocument)
            {
                writer.Write(mention.DocumentId);
            }

            writer.Write7BitEncodedInt(mention.Sentence);
            writer.Write7BitEncodedInt(mention.TriggerStart);
            writer.Write7BitEncodedInt(mention.TriggerLength);
            writer.Write(mention.Trigger);
            writer.Write(mention.Type);
            writer.Write7BitEncodedInt(mention.Participants.Length);
            foreach (var participant in mention.Participants)
            {
                writer.Write7BitEncodedInt(participant.ActorMention);
                writer.Write7BitEncodedInt((int)participant.Role);
            }

            Optional(writer, mention.Location);

            // 0: no time expression; 1 + place: the document's; -1: one of its own, written here.
            if (mention.Time is not { } time)
            {
                writer.Write7BitEncodedInt(0);
            }
            else if (places.TryGetValue(time, out var place))
            {
                writer.Write7BitEncodedInt(place + 1);
            }
            else
            {
                writer.Write7BitEncodedInt(-1);
                Write(writer, time);
            }

            Write(writer, mention.Date.Interval);
            Optional(writer, mention.Date.Timex);
            writer.Write7BitEncodedInt((int)mention.Date.Basis);
            writer.Write7BitEncodedInt((int)mention.Status);
            writer.Write(mention.LocationMention.HasValue);
            writer.Write7BitEncodedInt(mention.LocationMention ?? 0);
        }

        Write(writer, extraction.Cues.BylineTriggers);
        Write(writer, extraction.Cues.ReportingAfter);
        Write(writer, extraction.Cues.PossessiveAfter);
    }

    private static void Write(BinaryWriter writer, TimeMention time)
    {
        writer.Write7BitEncodedInt(time.Start);
        writer.Write7BitEncodedInt(time.Length);
        writer.Write(time.Text);
        writer.Write7BitEncodedInt((int)time.Type);
        writer.Write(time.Value);
        Write(writer, time.Interval);
        writer.Write7BitEncodedInt((int)time.Basis);
    }

    private static void Write(BinaryWriter writer, DateInterval? interval)
    {
        writer.Write(interval is not null);
        if (interval is not null)
        {
            writer.Write7BitEncodedInt(interval.Start.DayNumber);
            writer.Write7BitEncodedInt(interval.End.DayNumber);
            writer.Write7BitEncodedInt((int)interval.Granularity);
        }
    }

    private static void Write(BinaryWriter writer, ImmutableArray<int> numbers)
    {
        writer.Write7BitEncodedInt(numbers.Length);
        foreach (var number in numbers)
        {
            writer.Write7BitEncodedInt(number);
        }
    }

    private static void Optional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static T Read<T>(byte[] bytes, SharedStrings? shared, Func<Reader, string, string?, T> read)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var reader = new Reader(new ZLibStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress), shared);
        try
        {
            var format = reader.ReadByte();
            if (format != Format)
            {
                throw new InvalidDataException($"a stored extraction is in format {format}, not {Format}");
            }

            var documentId = reader.ReadString();
            return read(reader, documentId, reader.Optional());
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("a stored extraction is cut short", e);
        }
    }

    private static List<Sentence> Sentences(Reader reader, bool texts)
    {
        var count = reader.Read7BitEncodedInt();
        var sentences = new List<Sentence>(count);
        for (var i = 0; i < count; i++)
        {
            sentences.Add(new Sentence(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), texts ? reader.ReadString() : reader.SkipString()));
        }

        return sentences;
    }

    private static List<TimeMention> Times(Reader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var times = new List<TimeMention>(count);
        for (var i = 0; i < count; i++)
        {
            times.Add(Time(reader));
        }

        return times;
    }

    private static TimeMention Time(Reader reader) =>
        new(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Shared(), (TimexType)reader.Read7BitEncodedInt(), reader.Shared(), Interval(reader), (TimeBasis)reader.Read7BitEncodedInt());

    private static DateInterval? Interval(Reader reader) =>
        !reader.ReadBoolean() ? null : new DateInterval(DateOnly.FromDayNumber(reader.Read7BitEncodedInt()), DateOnly.FromDayNumber(reader.Read7BitEncodedInt()), (Granularity)reader.Read7BitEncodedInt());

    private static ImmutableArray<ActorMention> Actors(Reader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var actors = ImmutableArray.CreateBuilder<ActorMention>(count);
        for (var i = 0; i < count; i++)
        {
            var actor = new ActorMention(
                reader.Read7BitEncodedInt(),
                reader.Read7BitEncodedInt(),
                reader.Shared(),
                reader.Read7BitEncodedInt(),
                (ActorKind)reader.Read7BitEncodedInt(),
                reader.Shared(),
                reader.Optional(),
                reader.Optional(),
                reader.Optional(),
                reader.ReadBoolean());
            actors.Add(actor with { Affiliation = reader.Optional(), Plural = reader.ReadBoolean(), Tentative = reader.ReadBoolean() });
        }

        return actors.MoveToImmutable();
    }

    private static List<EventMention> Events(Reader reader, string documentId, List<TimeMention> times)
    {
        var count = reader.Read7BitEncodedInt();
        var events = new List<EventMention>(count);
        for (var i = 0; i < count; i++)
        {
            var mentionDocument = reader.ReadBoolean() ? documentId : reader.Shared();
            var sentence = reader.Read7BitEncodedInt();
            var triggerStart = reader.Read7BitEncodedInt();
            var triggerLength = reader.Read7BitEncodedInt();
            var trigger = reader.Shared();
            var type = reader.Shared();
            var participantCount = reader.Read7BitEncodedInt();
            var participants = ImmutableArray.CreateBuilder<MentionParticipant>(participantCount);
            for (var k = 0; k < participantCount; k++)
            {
                participants.Add(new MentionParticipant(reader.Read7BitEncodedInt(), (ParticipantRole)reader.Read7BitEncodedInt()));
            }

            var location = reader.Optional();
            var place = reader.Read7BitEncodedInt();
            var time = place switch
            {
                0 => null,
                -1 => Time(reader),
                _ when place <= times.Count => times[place - 1],
                _ => throw new InvalidDataException($"an event mention's time expression is number {place} of {times.Count}"),
            };
            var date = new EventDate(Interval(reader), reader.Optional(), (EventDateBasis)reader.Read7BitEncodedInt());
            var status = (EventStatus)reader.Read7BitEncodedInt();
            var hasLocation = reader.ReadBoolean();
            var locationMention = reader.Read7BitEncodedInt();
            events.Add(new EventMention(mentionDocument, sentence, triggerStart, triggerLength, trigger, type, participants.MoveToImmutable(), location, time, date, status)
            {
                LocationMention = hasLocation ? locationMention : null,
            });
        }

        return events;
    }

    private static ImmutableArray<int> Numbers(Reader reader)
    {
        var count = reader.Read7BitEncodedInt();
        var numbers = ImmutableArray.CreateBuilder<int>(count);
        for (var i = 0; i < count; i++)
        {
            numbers.Add(reader.Read7BitEncodedInt());
        }

        return numbers.MoveToImmutable();
    }

    // A reader whose short texts come from the pool, when there is one.
    private sealed class Reader(Stream stream, SharedStrings? shared) : BinaryReader(stream, StrictUtf8, leaveOpen: false)
    {
        public string Shared()
        {
            var text = ReadString();
            return shared is null ? text : shared.Share(text);
        }

        public string? Optional() => ReadBoolean() ? Shared() : null;

        // Passes over a text written as ReadString reads it (its length in bytes, then its UTF-8 bytes) and returns the empty text.
        public string SkipString()
        {
            var left = Read7BitEncodedInt();
            Span<byte> scratch = stackalloc byte[512];
            while (left > 0)
            {
                var part = scratch[..Math.Min(left, scratch.Length)];
                BaseStream.ReadExactly(part);
                left -= part.Length;
            }

            return string.Empty;
        }
    }
}
