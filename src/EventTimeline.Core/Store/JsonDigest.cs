using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

using EventTimeline.Export;

namespace EventTimeline.Store;

/// <summary>
/// The digest the query index keeps of an event's JSON: the first eight bytes of the SHA-256 of its UTF-8, little-endian. Made from the
/// JSON as <see cref="JsonFormat.Write"/> writes it, a buffer at a time, so that digesting every event of a large store makes no string.
/// </summary>
internal static class JsonDigest
{
    /// <summary>The digest of <paramref name="json"/>.</summary>
    public static long Of(string json) => Of(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>The digest of <paramref name="value"/>'s JSON (<see cref="JsonFormat.Serialize"/>'s text), made as it is written.</summary>
    public static long OfJson(object? value)
    {
        using var writer = new HashingWriter();
        JsonFormat.Write(value, writer);
        return Of(writer.Finish());
    }

    private static long Of(byte[] hash) => BinaryPrimitives.ReadInt64LittleEndian(hash);

    // A text writer that feeds the UTF-8 of what it is given to SHA-256, a buffer of characters at a time (the encoder keeps a surrogate
    // pair split between buffers whole, so the bytes are those of the whole text).
    private sealed class HashingWriter : TextWriter
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private readonly char[] _chars = new char[4096];
        private readonly byte[] _bytes = new byte[3 * 4096 + 4];
        private int _count;

        public HashingWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
            NewLine = "\n";
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (_count == _chars.Length)
            {
                Drain(final: false);
            }

            _chars[_count++] = value;
        }

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (!buffer.IsEmpty)
            {
                if (_count == _chars.Length)
                {
                    Drain(final: false);
                }

                var take = Math.Min(buffer.Length, _chars.Length - _count);
                buffer[..take].CopyTo(_chars.AsSpan(_count));
                _count += take;
                buffer = buffer[take..];
            }
        }

        /// <summary>The hash of everything written.</summary>
        public byte[] Finish()
        {
            Drain(final: true);
            return _hash.GetHashAndReset();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Drain(bool final)
        {
            var written = _encoder.GetBytes(_chars, 0, _count, _bytes, 0, final);
            _hash.AppendData(_bytes, 0, written);
            _count = 0;
        }
    }
}
