using EventTimeline.Cli.Output;

namespace EventTimeline.Tests.Cli;

public sealed class AtomicFileTests
{
    [Test]
    public void WriteText_File_ReplacesItWhole()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "out.json");
        File.WriteAllText(path, "old text that is longer");

        AtomicFile.WriteText(path, writer => writer.Write("new"));

        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(folder.Root), Is.EqualTo(new[] { path }), "no temporary file is left");
    }

    [Test]
    public void WriteText_DevNull_IsWrittenInPlaceAndStaysADevice()
    {
        Assume.That(File.Exists("/dev/null"), "a system with /dev/null");

        AtomicFile.WriteText("/dev/null", writer => writer.Write("discarded"));
        AtomicFile.WriteAllText("/dev/null", "discarded");

        // Renamed over, /dev/null would be a file holding the text.
        Assert.That(File.ReadAllText("/dev/null"), Is.Empty);
    }
}
