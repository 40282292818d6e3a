using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace EventTimeline.Store;

/// <summary>The version of the pipeline's rules and data: a hash over the data files built into the library, the library's own build and the settings that change what extraction finds.</summary>
/// <remarks>Any change of code (the deterministic build's module id changes with it) or of a data file gives another version, so a store re-extracts everything rather than mix extractions from two pipelines.</remarks>
internal static class RulesVersion
{
    /// <summary>The version for the given extraction settings (the date engine and anything else that changes per-document results).</summary>
    public static string Of(string settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var assembly = typeof(RulesVersion).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{assembly.GetName().Version}\n{assembly.ManifestModule.ModuleVersionId:N}\n{settings}\n"));
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var content = new MemoryStream();
            stream.CopyTo(content);
            hash.AppendData(content.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>The key of a prepared document's extraction under <paramref name="rulesVersion"/>: the same key means the same extraction.</summary>
    public static string KeyOf(string rulesVersion, Documents.NewsDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(rulesVersion + "\n"));
        hash.AppendData(ExtractionCodec.Json(document));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..40];
    }

    /// <summary>The content hash of a raw document: whether an input changed since it was stored.</summary>
    public static string ContentHashOf(Documents.RawDocument document) => Convert.ToHexStringLower(SHA256.HashData(ExtractionCodec.Json(document)))[..40];
}
