using System.Buffers.Binary;
using System.Collections.Immutable;

using EventTimeline.Events;

namespace EventTimeline.Store;

/// <summary>
/// A merge's log (<see cref="MergeLog"/>) as the store keeps it: parts of up to <see cref="PartItems"/> mentions, each its count (4 bytes),
/// its mentions' fingerprints (16 bytes each: the low and the high half, little-endian) and their founders' places (4 bytes each).
/// </summary>
internal static class MergeLogCodec
{
    /// <summary>Mentions a part holds at most.</summary>
    public const int PartItems = 65_536;

    /// <summary>The parts of <paramref name="log"/>, in order.</summary>
    public static IEnumerable<byte[]> Parts(MergeLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        for (var from = 0; from < log.Fingerprints.Length; from += PartItems)
        {
            var count = Math.Min(PartItems, log.Fingerprints.Length - from);
            var part = new byte[4 + (count * 20)];
            BinaryPrimitives.WriteInt32LittleEndian(part, count);
            for (var i = 0; i < count; i++)
            {
                var fingerprint = log.Fingerprints[from + i];
                BinaryPrimitives.WriteUInt64LittleEndian(part.AsSpan(4 + (i * 16)), (ulong)fingerprint);
                BinaryPrimitives.WriteUInt64LittleEndian(part.AsSpan(12 + (i * 16)), (ulong)(fingerprint >> 64));
                BinaryPrimitives.WriteInt32LittleEndian(part.AsSpan(4 + (count * 16) + (i * 4)), log.Founders[from + i]);
            }

            yield return part;
        }
    }

    /// <summary>The log made of <paramref name="parts"/>, or null when they do not make a whole one (a part of the wrong length, a founder out of place).</summary>
    public static MergeLog? Decode(IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var fingerprints = ImmutableArray.CreateBuilder<UInt128>();
        var founders = ImmutableArray.CreateBuilder<int>();
        foreach (var part in parts)
        {
            var count = part.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(part) : -1;
            if (count < 0 || count > PartItems || part.Length != 4 + (count * 20))
            {
                return null;
            }

            for (var i = 0; i < count; i++)
            {
                fingerprints.Add(new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(part.AsSpan(12 + (i * 16))), BinaryPrimitives.ReadUInt64LittleEndian(part.AsSpan(4 + (i * 16)))));
                founders.Add(BinaryPrimitives.ReadInt32LittleEndian(part.AsSpan(4 + (count * 16) + (i * 4))));
            }
        }

        var log = new MergeLog(fingerprints.ToImmutable(), founders.ToImmutable());
        return log.IsConsistent ? log : null;
    }
}
