namespace EventTimeline.Export;

/// <summary>A write-only stream that passes each byte written to it to a text writer as the character of that code, for encoders that write ASCII bytes (base64) into text.</summary>
/// <remarks>Disposing it leaves the writer open.</remarks>
internal sealed class AsciiWriterStream(TextWriter writer) : Stream
{
    private readonly char[] _chars = new char[4096];

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var part = buffer[..Math.Min(buffer.Length, _chars.Length)];
            for (var i = 0; i < part.Length; i++)
            {
                _chars[i] = (char)part[i];
            }

            writer.Write(_chars, 0, part.Length);
            buffer = buffer[part.Length..];
        }
    }

    /// <inheritdoc/>
    public override void Flush() => writer.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
