using System.IO.Compression;
using System.Text.Json;

using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>Turns the records a store keeps (raw documents, prepared documents, extractions) into compressed bytes and back, losslessly.</summary>
/// <remarks>
/// Extractions, which a merge reads by the hundred thousand, have a binary form of their own (<see cref="ExtractionBinary"/>). The other
/// records are compressed JSON: every public property is written, so a field added to one is kept without a change here. A record
/// from other rules is never read back, because its key holds the rules version (see <see cref="RulesVersion"/>). Texts that are not
/// valid UTF-16 (a lone surrogate) cannot be written losslessly, so they are refused here rather than altered.
/// </remarks>
internal static class ExtractionCodec
{
    // Refuses a lone surrogate rather than store another text.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonSerializerOptions Options = StoreJson.OptionsWith(System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>The bytes of an extraction, in its binary form (<see cref="ExtractionBinary"/>).</summary>
    public static byte[] Encode(DocumentExtraction extraction) => ExtractionBinary.Encode(extraction);

    /// <summary>The extraction of <see cref="Encode(DocumentExtraction)"/>'s bytes; with <paramref name="shared"/>, its short strings are those the pool already holds; without <paramref name="sentenceTexts"/>, its sentences' texts are empty.</summary>
    public static DocumentExtraction DecodeExtraction(byte[] bytes, SharedStrings? shared = null, bool sentenceTexts = true) => ExtractionBinary.Decode(bytes, shared, sentenceTexts);

    /// <summary>The sentences and time expressions of <see cref="Encode(DocumentExtraction)"/>'s bytes; the rest is not read.</summary>
    public static StoredTexts DecodeTexts(byte[] bytes) => ExtractionBinary.DecodeTexts(bytes);

    /// <summary>The bytes of a raw document.</summary>
    public static byte[] Encode(RawDocument document) => Compress(document);

    /// <summary>The raw document of <see cref="Encode(RawDocument)"/>'s bytes.</summary>
    public static RawDocument DecodeRaw(byte[] bytes) => Decompress<RawDocument>(bytes);

    /// <summary>The bytes of a prepared document.</summary>
    public static byte[] Encode(NewsDocument document) => Compress(document);

    /// <summary>The prepared document of <see cref="Encode(NewsDocument)"/>'s bytes.</summary>
    public static NewsDocument DecodeNews(byte[] bytes) => Decompress<NewsDocument>(bytes);

    /// <summary>The bytes of what preparation keeps of a document.</summary>
    public static byte[] Encode(DocumentFeatures features) => Compress(features);

    /// <summary>The features of <see cref="Encode(DocumentFeatures)"/>'s bytes.</summary>
    public static DocumentFeatures DecodeFeatures(byte[] bytes) => Decompress<DocumentFeatures>(bytes);

    /// <summary>The bytes of a document's prepared form.</summary>
    public static byte[] Encode(PreparedForm form) => Compress(form);

    /// <summary>The prepared form of <see cref="Encode(PreparedForm)"/>'s bytes.</summary>
    public static PreparedForm DecodePrepared(byte[] bytes) => Decompress<PreparedForm>(bytes);

    /// <summary>The bytes of a text.</summary>
    public static byte[] EncodeText(string text)
    {
        using var buffer = new MemoryStream(text.Length / 2 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(StrictUtf8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>The text of <see cref="EncodeText"/>'s bytes.</summary>
    public static string DecodeText(byte[] bytes)
    {
        using var zlib = new ZLibStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, StrictUtf8);
        return reader.ReadToEnd();
    }

    /// <summary>The bytes of ascending shingles, 8 little-endian bytes each.</summary>
    public static byte[] EncodeShingles(ulong[] shingles)
    {
        var bytes = new byte[shingles.Length * sizeof(ulong)];
        for (var i = 0; i < shingles.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), shingles[i]);
        }

        return bytes;
    }

    /// <summary>The shingles of <see cref="EncodeShingles"/>'s bytes.</summary>
    public static ulong[] DecodeShingles(byte[] bytes)
    {
        var shingles = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < shingles.Length; i++)
        {
            shingles[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)));
        }

        return shingles;
    }

    /// <summary>The uncompressed JSON of a record, the input of the store's hashes.</summary>
    public static byte[] Json<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    private static byte[] Compress<T>(T value)
    {
        var json = Json(value);
        using var buffer = new MemoryStream(json.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(json);
        }

        return buffer.ToArray();
    }

    private static T Decompress<T>(byte[] bytes)
    {
        using var zlib = new ZLibStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(zlib, Options) ?? throw new InvalidDataException($"a stored {typeof(T).Name} is empty");
    }
}
