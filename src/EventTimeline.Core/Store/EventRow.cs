using System.Buffers.Binary;
using System.Text;

using EventTimeline.Model;
using EventTimeline.Text;

namespace EventTimeline.Store;

/// <summary>
/// What a listing of one actor's events (query's table and tsv) shows of one event: kept by the store's index per actor and event, so
/// that a listing reads neither the events' JSON nor their other actors'.
/// </summary>
/// <param name="Id">Event id.</param>
/// <param name="Start">First day, or null when unresolved.</param>
/// <param name="End">Last day, or null when unresolved.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Status">Its status in lower case, as timeline.json writes it.</param>
/// <param name="Label">Its label.</param>
/// <param name="Sources">How many sources report it.</param>
/// <param name="Salience">Its salience.</param>
/// <param name="Evidence">Its first evidence sentence on one line, or empty.</param>
/// <param name="Others">The names of its other actors (all but the one listed), each once, in the order the event lists them, joined by "; ".</param>
internal sealed record EventRow(
    string Id,
    string? Start,
    string? End,
    string Type,
    string Status,
    string Label,
    int Sources,
    double Salience,
    string Evidence,
    string Others)
{
    /// <summary>The row of <paramref name="e"/> in the listing of <paramref name="actorId"/>'s events.</summary>
    public static EventRow Of(TimelineEvent e, string actorId)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventRow(
            e.Id,
            e.Date.Start,
            e.Date.End,
            e.Type,
            e.Status.ToString().ToLowerInvariant(),
            e.Label,
            e.Sources,
            e.Salience,
            e.Mentions.Count == 0 ? string.Empty : WhiteSpace.Collapse(e.Mentions[0].Text),
            string.Join("; ", e.Actors.Where(a => a.Id != actorId).Select(a => a.Name).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>
    /// The row as the store keeps it, one value per actor and event, so that a listing reads one column per row instead of ten: each text as
    /// its UTF-8 length plus one (zero for null, seven bits a byte, low first) and its bytes, in the order of the record's parameters, with
    /// <see cref="Sources"/> after the texts in the same variable-length form and <see cref="Salience"/> last as eight little-endian bytes.
    /// </summary>
    public byte[] Pack()
    {
        string?[] texts = [Id, Start, End, Type, Status, Label, Evidence, Others];
        var bytes = new byte[texts.Sum(text => MaxCountBytes + (text is null ? 0 : StrictUtf8.GetByteCount(text))) + MaxCountBytes + sizeof(double)];
        var at = 0;
        foreach (var text in texts)
        {
            at = PutCount(bytes, at, text is null ? 0 : (uint)StrictUtf8.GetByteCount(text) + 1);
            at += text is null ? 0 : StrictUtf8.GetBytes(text, bytes.AsSpan(at));
        }

        at = PutCount(bytes, at, (uint)Sources);
        BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(at), Salience);
        return bytes[..(at + sizeof(double))];
    }

    /// <summary>The row <see cref="Pack"/> made <paramref name="bytes"/> of.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a packed row.</exception>
    public static EventRow Unpack(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        string? Text(ReadOnlySpan<byte> packed)
        {
            var count = TakeCount(packed, ref at);
            if (count == 0)
            {
                return null;
            }

            if (count - 1 > packed.Length - at)
            {
                throw Malformed();
            }

            var utf8 = packed.Slice(at, (int)count - 1);
            at += utf8.Length;
            try
            {
                return StrictUtf8.GetString(utf8);
            }
            catch (DecoderFallbackException)
            {
                throw Malformed();
            }
        }

        string Required(ReadOnlySpan<byte> packed) => Text(packed) ?? throw Malformed();

        var (id, start, end, type, status, label, evidence, others) = (Required(bytes), Text(bytes), Text(bytes), Required(bytes), Required(bytes), Required(bytes), Required(bytes), Required(bytes));
        var sources = TakeCount(bytes, ref at);
        if (bytes.Length - at != sizeof(double) || sources > int.MaxValue)
        {
            throw Malformed();
        }

        return new EventRow(id, start, end, type, status, label, (int)sources, BinaryPrimitives.ReadDoubleLittleEndian(bytes[at..]), evidence, others);
    }

    /// <summary>
    /// A number whose order is <see cref="CompareByDate"/>'s but for ids: the yyyymmdd of the first day followed by that of the last for a row
    /// whose days are written yyyy-MM-dd (such days compare as the numbers their digits make), <see cref="long.MaxValue"/> for an undated
    /// row, and null for a row whose days are written otherwise.
    /// </summary>
    public long? DayOrder => Start is null || End is null ? long.MaxValue
        : DayNumber(Start) is { } start && DayNumber(End) is { } end ? (start * 100_000_000L) + end
        : null;

    /// <summary>
    /// Sorts <paramref name="rows"/> in <see cref="CompareByDate"/>'s order. Rows already in that order (as the store gives them) are only
    /// checked. Otherwise, when every row has a <see cref="DayOrder"/>, the rows are sorted by it and only rows with equal days compare their
    /// ids; else they are compared as they are.
    /// </summary>
    public static void SortByDate(List<EventRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = true;
        for (var i = 1; i < rows.Count && sorted; i++)
        {
            sorted = CompareByDate(rows[i - 1], rows[i]) < 0;
        }

        if (sorted)
        {
            return;
        }

        var keys = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].DayOrder is not { } key)
            {
                rows.Sort(CompareByDate);
                return;
            }

            keys[i] = key;
        }

        var items = rows.ToArray();
        Array.Sort(keys, items, Comparer<long>.Default);
        // Rows of equal days are next to each other now; each such run is put in id order.
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start, ById);
            }

            start = end;
        }

        rows.Clear();
        rows.AddRange(items);
    }

    /// <summary>
    /// The graph's date order of an actor's events: dated rows first, by first day, last day and id, then the undated ones by id, each compared
    /// by code unit. One actor's events have distinct ids, so the order is total.
    /// </summary>
    public static int CompareByDate(EventRow a, EventRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (aDated, bDated) = (a.Start is not null && a.End is not null, b.Start is not null && b.End is not null);
        if (aDated != bDated)
        {
            return aDated ? -1 : 1;
        }

        var order = aDated ? string.CompareOrdinal(a.Start, b.Start) : 0;
        order = order != 0 || !aDated ? order : string.CompareOrdinal(a.End, b.End);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    private const int MaxCountBytes = 5;

    private static readonly Comparer<EventRow> ById = Comparer<EventRow>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // yyyymmdd of a day written yyyy-MM-dd, else null.
    private static int? DayNumber(string day)
    {
        if (day.Length != 10 || day[4] != '-' || day[7] != '-')
        {
            return null;
        }

        var number = 0;
        foreach (var c in day)
        {
            if (c != '-')
            {
                if (!char.IsAsciiDigit(c))
                {
                    return null;
                }

                number = (number * 10) + (c - '0');
            }
        }

        return number;
    }

    private static int PutCount(byte[] bytes, int at, uint count)
    {
        while (count >= 0x80)
        {
            bytes[at++] = (byte)(count | 0x80);
            count >>= 7;
        }

        bytes[at++] = (byte)count;
        return at;
    }

    private static uint TakeCount(ReadOnlySpan<byte> bytes, ref int at)
    {
        var count = 0u;
        for (var shift = 0; shift < 7 * MaxCountBytes; shift += 7)
        {
            if (at >= bytes.Length)
            {
                throw Malformed();
            }

            var b = bytes[at++];
            count |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return count;
            }
        }

        throw Malformed();
    }

    private static InvalidDataException Malformed() => new("a stored listing row (actor_events.listing) is not one this tool wrote");
}
