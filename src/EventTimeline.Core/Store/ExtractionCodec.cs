using System.IO.Compression;
using System.Text.Json;

using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>Turns the records a store keeps (raw documents, prepared documents, extractions) into compressed bytes and back, losslessly.</summary>
/// <remarks>
/// Every public property of the records is written, so a field added to a record is kept without a change here; a record from other
/// rules is never read back, because its key holds the rules version (see <see cref="RulesVersion"/>). Texts that are not valid UTF-16
/// (a lone surrogate) cannot be written as JSON losslessly, so they are refused here rather than altered.
/// </remarks>
internal static class ExtractionCodec
{
    private static readonly JsonSerializerOptions Options = StoreJson.OptionsWith(System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>The bytes of an extraction.</summary>
    public static byte[] Encode(DocumentExtraction extraction) => Compress(extraction);

    /// <summary>The extraction of <see cref="Encode(DocumentExtraction)"/>'s bytes; with <paramref name="shared"/>, its short strings are those the pool already holds.</summary>
    public static DocumentExtraction DecodeExtraction(byte[] bytes, SharedStrings? shared = null) => Decompress<DocumentExtraction>(bytes, shared?.Options);

    /// <summary>The bytes of a raw document.</summary>
    public static byte[] Encode(RawDocument document) => Compress(document);

    /// <summary>The raw document of <see cref="Encode(RawDocument)"/>'s bytes.</summary>
    public static RawDocument DecodeRaw(byte[] bytes) => Decompress<RawDocument>(bytes);

    /// <summary>The bytes of a prepared document.</summary>
    public static byte[] Encode(NewsDocument document) => Compress(document);

    /// <summary>The prepared document of <see cref="Encode(NewsDocument)"/>'s bytes.</summary>
    public static NewsDocument DecodeNews(byte[] bytes) => Decompress<NewsDocument>(bytes);

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

    private static T Decompress<T>(byte[] bytes, JsonSerializerOptions? options = null)
    {
        using var zlib = new ZLibStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<T>(zlib, options ?? Options) ?? throw new InvalidDataException($"a stored {typeof(T).Name} is empty");
    }
}
