using Entente.Extraction.Tests.Claims;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// Eastern Congo's rebels (the M23, the Congo River Alliance, the CNDP), the OECS, the OSCE and the Commonwealth
/// are found the way real articles write them, and the names they share with others name no one on their own.
/// </summary>
public sealed class GazetteerThirdRoundTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Theory]
    [InlineData("AFC/M23")]
    [InlineData("AFC-M23")]
    [InlineData("M23/AFC")]
    [InlineData("AFC / M23")]
    public void A_joined_form_of_the_coalition_and_the_M23_is_one_mention_of_the_M23(string form) =>
        Assert.Equal(["rwanda:Rwanda", $"m23:{form}"], Names($"Rwanda backs the {form} rebels, experts say."));

    [Fact]
    public void A_slash_between_names_that_are_not_one_name_keeps_both() =>
        Assert.Equal(["hamas:Hamas", "hezbollah:Hezbollah"], Names("Hamas/Hezbollah fighters crossed."));

    [Fact]
    public void The_M23_rebels_are_the_M23() =>
        Assert.Equal(["rwanda:Rwanda", "m23:M23 rebels"], Names("Rwanda denies arming the M23 rebels."));

    [Fact]
    public void The_coalition_is_named_in_English_and_in_French_and_not_as_the_river() =>
        Assert.Equal(
            ["congo-river-alliance:Congo River Alliance", "congo-river-alliance:Alliance Fleuve Congo", "m23:M23"],
            Names("The Congo River Alliance (Alliance Fleuve Congo) counts the M23 among its members."));

    [Fact]
    public void AFC_on_its_own_names_no_one_but_is_kept_as_a_shared_name_of_the_coalition()
    {
        Assert.Empty(Names("AFC Bournemouth beat the AFC champions."));
        var shared = BundledGazetteer.Instance.FindWithShared("The AFC said on Monday it would hold Goma.");
        var afc = Assert.Single(shared);
        Assert.Equal(("congo-river-alliance", NameKind.Ambiguous, "AFC"), (afc.ActorId, afc.Kind, afc.Surface));
        Assert.Empty(BundledGazetteer.Instance.FindWithShared("an afc spokesman"));
    }

    [Fact]
    public void AFC_names_the_coalition_in_a_document_that_names_it_in_full() =>
        Assert.Contains("m23 member_of congo-river-alliance", BundledPipeline.Asserted(
            "The Congo River Alliance was launched in Nairobi in December 2023. The M23 is a member of the AFC."));

    [Fact]
    public void The_CNDP_is_named_by_acronym_in_French_and_by_its_leader() =>
        Assert.Equal(
            ["cndp:CNDP", "cndp:Congrès national pour la défense du peuple", "cndp:Nkunda"],
            Names("The CNDP (Congrès national pour la défense du peuple) fought for Nkunda."));

    [Fact]
    public void The_OSCE_is_named_with_a_possessive_and_in_full() =>
        Assert.Equal(
            ["osce:OSCE", "osce:Organization for Security and Co-operation in Europe"],
            Names("The OSCE's observers, sent by the Organization for Security and Co-operation in Europe, left."));

    [Fact]
    public void The_OECS_is_named_before_member_states() =>
        Assert.Equal(["oecs:OECS", "grenada:Grenada"], Names("OECS member states such as Grenada share a currency."));

    [Fact]
    public void The_Commonwealth_is_named_in_full_and_by_its_summit() =>
        Assert.Equal(
            ["commonwealth:Commonwealth of Nations", "commonwealth:CHOGM", "samoa:Samoa"],
            Names("The Commonwealth of Nations met at CHOGM in Samoa."));

    [Theory]
    [InlineData("Zimbabwe left the Commonwealth in 2003.", "zimbabwe:Zimbabwe")]
    [InlineData("The Commonwealth of Australia sued.", "australia:Commonwealth of Australia")]
    [InlineData("The Commonwealth of Dominica voted.", "dominica:Commonwealth of Dominica")]
    public void The_bare_Commonwealth_names_no_one_on_its_own(string text, string only) =>
        Assert.Equal([only], Names(text));

    [Fact]
    public void The_bare_Commonwealth_is_kept_as_a_shared_name_of_the_association()
    {
        var found = Assert.Single(BundledGazetteer.Instance.FindWithShared("The Commonwealth suspended Fiji."), m => m.ActorId.Length > 0 && m.ActorId != "fiji");
        Assert.Equal(("commonwealth", NameKind.Ambiguous), (found.ActorId, found.Kind));
    }

    [Fact]
    public void The_Commonwealth_of_Independent_States_is_not_the_Commonwealth() =>
        Assert.DoesNotContain(
            BundledGazetteer.Instance.FindWithShared("Turkmenistan is an associate member of the Commonwealth of Independent States."),
            m => m.ActorId == "commonwealth");
}
