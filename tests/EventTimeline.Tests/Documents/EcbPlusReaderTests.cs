using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class EcbPlusReaderTests
{
    // Written for this project in the ECB+ layout: tokens, event and participant markables, cross- and within-document chains.
    private const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document doc_name="7_3ecbplus.xml" doc_id="DOC1">
        <token t_id="1" sentence="0" number="0">http://example.org/storm</token>
        <token t_id="2" sentence="1" number="0">The</token>
        <token t_id="3" sentence="1" number="1">storm</token>
        <token t_id="4" sentence="1" number="2">made</token>
        <token t_id="5" sentence="1" number="3">landfall</token>
        <token t_id="6" sentence="1" number="4">.</token>
        <token t_id="7" sentence="2" number="0">It</token>
        <token t_id="8" sentence="2" number="1">did</token>
        <token t_id="9" sentence="2" number="2">not</token>
        <token t_id="10" sentence="2" number="3">weaken</token>
        <token t_id="11" sentence="2" number="4">or</token>
        <token t_id="12" sentence="2" number="5">stall</token>
        <Markables>
        <ACTION_OCCURRENCE m_id="20"><token_anchor t_id="4"/><token_anchor t_id="5"/></ACTION_OCCURRENCE>
        <NEG_ACTION_OCCURRENCE m_id="21"><token_anchor t_id="10"/></NEG_ACTION_OCCURRENCE>
        <ACTION_OCCURRENCE m_id="22"><token_anchor t_id="12"/></ACTION_OCCURRENCE>
        <ACTION_OCCURRENCE m_id="23"><token_anchor t_id="3"/></ACTION_OCCURRENCE>
        <HUMAN_PART_PER m_id="24"><token_anchor t_id="7"/></HUMAN_PART_PER>
        <ACTION_OCCURRENCE m_id="30" RELATED_TO="" TAG_DESCRIPTOR="t7_landfall" instance_id="ACT42"/>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="ACT42"><source m_id="20"/><target m_id="30"/></CROSS_DOC_COREF>
        <INTRA_DOC_COREF r_id="2"><source m_id="21"/><source m_id="22"/><target m_id="23"/></INTRA_DOC_COREF>
        </Relations>
        </Document>
        """;

    [Test]
    public void Read_EcbPlusDocument_GivesTopicEventMentionsAndChains()
    {
        var document = EcbPlusReader.Read(Xml, "/data/7/7_3ecbplus.xml");

        Assert.That((document.Topic, document.FileName, document.ListedName), Is.EqualTo((7, "7_3ecbplus", "3ecbplus")));
        Assert.That(document.Mentions.Select(m => (m.MarkableId, m.Chain)), Is.EqualTo(new (string, string?)[]
        {
            ("23", null), ("20", "ACT42"), ("21", "7_3ecbplus/2"), ("22", "7_3ecbplus/2"),
        }));
        Assert.That(document.Mentions[1].TokenIds, Is.EqualTo(new[] { 4, 5 }));
        Assert.That(document.Mentions[2].Tag, Is.EqualTo("NEG_ACTION_OCCURRENCE"));
        Assert.That(document.Cat.Sentences.Select(s => s.Text), Has.Member("The storm made landfall."));
    }

    [Test]
    public void Read_EcbPlusDocument_KeepsParticipantsApartFromEvents()
    {
        var document = EcbPlusReader.Read(Xml, "/data/7/7_3ecbplus.xml");

        Assert.That(document.Arguments.Select(a => (a.MarkableId, a.Tag, a.IsParticipant, a.IsTime)), Is.EqualTo(new[] { ("24", "HUMAN_PART_PER", true, false) }));
        Assert.That(document.Arguments[0].TokenIds, Is.EqualTo(new[] { 7 }));
        Assert.That(document.Mentions.Select(m => m.MarkableId), Does.Not.Contain("24"));
    }

    [TestCase("storm.xml", "topic number")]
    [TestCase("x_1ecb.xml", "topic number")]
    public void Read_FileNameWithoutTopic_Throws(string path, string reason)
    {
        Assert.That(() => EcbPlusReader.Read(Xml, path), Throws.TypeOf<InputFormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void Read_MarkableOnUnknownToken_Throws()
    {
        var broken = Xml.Replace("<token_anchor t_id=\"12\"/>", "<token_anchor t_id=\"99\"/>", StringComparison.Ordinal);

        Assert.That(() => EcbPlusReader.Read(broken, "7_3ecbplus.xml"), Throws.TypeOf<InputFormatException>().With.Message.Contains("t_id 99"));
    }
}
