using System.Text;

namespace EventTimeline.Cli.Output;

/// <summary>Writes a command's answer to standard output in large blocks.</summary>
/// <remarks>
/// <see cref="Console.Out"/> flushes after every call and its buffer holds 256 characters: a 3.7 MB listing went out in about 15,000
/// writes to the system. The answer is written here through a buffer of its own on the same stream, after what the console writer
/// holds, so the order of what a command prints does not change.
/// </remarks>
internal static class StandardOutput
{
    private const int BufferChars = 1 << 16;

    /// <summary>Writes <paramref name="text"/> to standard output, encoded as the console encodes.</summary>
    public static void Write(string text) => Write(writer => writer.Write(text));

    /// <summary>Gives <paramref name="write"/> a writer onto standard output, which encodes as the console encodes.</summary>
    public static void Write(Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Console.Out.Flush();
        var encoding = Console.OutputEncoding;
        encoding = encoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : encoding;
        if (encoding.Preamble.Length > 0)
        {
            // An encoding that marks a stream's start would mark the answer's: the console writer knows not to.
            write(Console.Out);
            return;
        }

        using var writer = new StreamWriter(Console.OpenStandardOutput(), encoding, BufferChars);
        write(writer);
    }
}
