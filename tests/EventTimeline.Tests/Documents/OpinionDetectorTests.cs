using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class OpinionDetectorTests
{
    private static readonly OpinionDetector _detector = OpinionDetector.BuiltIn;

    [TestCase("-- Ada Brennan is a Wirenet columnist.\nThe views expressed are her own -- Dams are not the answer.\nThe river needs room.")]
    [TestCase("Rivers need room, not walls.\nThe opinions expressed are his own.")]
    [TestCase("Walls fail when rivers rise.\nBuilders never learn.\nTomas Welk, a former engineer, is a senior fellow at the Delta Institute.")]
    [TestCase("Critics weigh in on the flood.\nRiver Voices is a collection of the best of the web, including comment and newspaper editorials.")]
    public void IsOpinion_NoteOfAColumnOrOpEd_IsTrue(string text)
    {
        Assert.That(_detector.IsOpinion(text), Is.True);
    }

    [TestCase("The dam burst on Friday, officials said.\nRescuers reached the town on Saturday.")]
    [TestCase("The senator spoke to reporters.\nShe is a former columnist who turned to politics in 2010.\nThe vote is due on Monday.")]
    [TestCase("Tomas Welk is a senior fellow at the Delta Institute.\nHe warned on Monday that the dam was weak.\nThe dam burst on Friday.\nRescuers reached the town on Saturday.\nThe river fell on Sunday.")]
    public void IsOpinion_NewsReport_IsFalse(string text)
    {
        Assert.That(_detector.IsOpinion(text), Is.False);
    }
}
