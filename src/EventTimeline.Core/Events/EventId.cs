using System.Globalization;
using System.Text;

namespace EventTimeline.Events;

/// <summary>Stable event ids: a 64-bit FNV-1a hash of the earliest mention's document id, sentence index and trigger offset.</summary>
internal static class EventId
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Returns the id of an event whose earliest mention is at <paramref name="triggerStart"/> in sentence <paramref name="sentence"/> of <paramref name="documentId"/>.</summary>
    public static string For(string documentId, int sentence, int triggerStart)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var key = string.Create(CultureInfo.InvariantCulture, $"{documentId}\u001f{sentence}\u001f{triggerStart}");
        var hash = OffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= Prime;
        }

        return "event:" + hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
