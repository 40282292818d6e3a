using EventTimeline.Documents;
using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

public sealed class CorefConllTests
{
    private static readonly CorefToken[] _tokens =
    [
        new("d1", 1, 1, "The"), new("d1", 1, 2, "storm"), new("d1", 1, 3, "made"), new("d1", 1, 4, "landfall"), new("d2", 0, 7, "It hit"),
    ];

    [Test]
    public void Write_MentionsOfOneAndSeveralTokens_UsesTheScorerColumns()
    {
        var text = CorefConll.Write("run", _tokens, [new CorefSpan(1, 1, 0), new CorefSpan(2, 3, 1), new CorefSpan(4, 4, 0)]);

        Assert.That(text, Is.EqualTo(
            "#begin document (run); part 000\n" +
            "d1\t1\t1\tThe\t-\n" +
            "d1\t1\t2\tstorm\t(0)\n" +
            "d1\t1\t3\tmade\t(1\n" +
            "d1\t1\t4\tlandfall\t1)\n" +
            "d2\t0\t7\tIt_hit\t(0)\n" +
            "#end document\n"));
    }

    [Test]
    public void Read_WrittenFile_GivesTheSameEntities()
    {
        var text = CorefConll.Write("run", _tokens, [new CorefSpan(1, 1, 0), new CorefSpan(2, 3, 1), new CorefSpan(4, 4, 0), new CorefSpan(1, 3, 2)]);

        var document = CorefConll.Read(text, "run.conll").Single();

        Assert.That(document.Name, Is.EqualTo("(run); part 000"));
        Assert.That(document.Entities, Is.EqualTo(new[] { new[] { (1, 3) }, new[] { (1, 1), (4, 4) }, new[] { (2, 3) } }));
    }

    [TestCase("#begin document (x)\na\t0\t1\tw\t(3\n#end document\n", "not closed")]
    [TestCase("#begin document (x)\na\t0\t1\tw\t3)\n#end document\n", "without a start")]
    [TestCase("#begin document (x)\na\t0\t1\tw\t(x)\n#end document\n", "is not (N)")]
    [TestCase("#begin document (x)\na\t0\t1\tw\t(3)\n", "no #end document")]
    public void Read_MalformedCoreference_ThrowsWithTheReason(string text, string reason)
    {
        Assert.That(() => CorefConll.Read(text, "bad.conll"), Throws.TypeOf<InputFormatException>().With.Message.Contains(reason).And.Message.Contains("bad.conll"));
    }
}
