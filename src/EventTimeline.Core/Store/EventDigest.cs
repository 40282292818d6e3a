using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

using EventTimeline.Model;

namespace EventTimeline.Store;

/// <summary>
/// The digest the query index keeps of an event: the first eight bytes of the SHA-256, little-endian, of every field of the event that its
/// JSON writes, each written whole (a text as its length and UTF-16 code units, null apart from empty; a list as its count and items; a
/// number as its bits; an enum as its value). Two events with one digest have the same JSON; two with the same JSON may differ only where
/// their numbers' bits do (0 and -0), which rewrites an unchanged row and never keeps a changed one.
/// </summary>
/// <remarks>Made without writing the JSON: a merge digests every event the index holds. A field added to <see cref="TimelineEvent"/> or to the records it holds must be added here (the tests count them).</remarks>
internal static class EventDigest
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The digest of <paramref name="timelineEvent"/>.</summary>
    public static long Of(TimelineEvent timelineEvent)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var fields = new Fields(buffer);
        fields.Text(timelineEvent.Id);
        fields.Text(timelineEvent.Type);
        fields.Text(timelineEvent.Cameo);
        fields.Number(timelineEvent.Goldstein);
        fields.Text(timelineEvent.Label);
        var date = timelineEvent.Date;
        fields.Text(date.Start);
        fields.Text(date.End);
        fields.Number(date.Granularity is { } granularity ? (int)granularity : null);
        fields.Text(date.Timex);
        fields.Number((int)date.Basis);
        fields.Number((int)timelineEvent.Status);
        fields.Number(timelineEvent.Actors.Count);
        foreach (var actor in timelineEvent.Actors)
        {
            fields.Text(actor.Id);
            fields.Number((int)actor.Role);
            fields.Text(actor.Name);
        }

        fields.Text(timelineEvent.Location);
        fields.Text(timelineEvent.LocationId);
        fields.Number(timelineEvent.Sources);
        fields.Number(timelineEvent.Mentions.Count);
        foreach (var mention in timelineEvent.Mentions)
        {
            fields.Text(mention.Document);
            fields.Number(mention.Sentence);
            fields.Text(mention.Text);
            fields.Text(mention.Time);
            fields.Text(mention.Trigger);
        }

        fields.Number(timelineEvent.Salience);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    // Each field's bytes, appended to the buffer so that no two sequences of fields give the same bytes.
    private readonly ref struct Fields(ArrayBufferWriter<byte> buffer)
    {
        private readonly ArrayBufferWriter<byte> _buffer = buffer;

        public void Text(string? text)
        {
            Number(text?.Length ?? -1);
            if (text is not null)
            {
                _buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
            }
        }

        public void Number(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(sizeof(int)), value);
            _buffer.Advance(sizeof(int));
        }

        public void Number(int? value)
        {
            Number(value.HasValue ? 1 : 0);
            Number(value ?? 0);
        }

        public void Number(double? value)
        {
            Number(value.HasValue ? 1 : 0);
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(sizeof(long)), BitConverter.DoubleToInt64Bits(value ?? 0));
            _buffer.Advance(sizeof(long));
        }
    }
}
