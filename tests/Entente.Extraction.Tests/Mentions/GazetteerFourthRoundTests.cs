using Entente.Extraction.Tests.Claims;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// Yemen's southern council and Islah, the Congolese-Ugandan ADF, SADC's mission, the Caribbean and Turkic blocs and
/// Northern Cyprus are found the way real articles write them, and the names they share with others name no one on
/// their own.
/// </summary>
public sealed class GazetteerFourthRoundTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void The_STC_is_named_with_a_possessive_and_in_full() =>
        Assert.Equal(
            ["united-arab-emirates:UAE", "southern-transitional-council:STC", "southern-transitional-council:Southern Transitional Council"],
            Names("The UAE funds the STC's forces, the Southern Transitional Council said."));

    [Fact]
    public void The_Islah_party_is_Yemens() =>
        Assert.Equal(["islah:Islah party", "yemen:Yemen"], Names("The Islah party backs Yemen's government."));

    [Fact]
    public void The_bare_Islah_names_no_one_on_its_own_but_is_kept_as_a_shared_name()
    {
        Assert.Empty(Names("Islah won seats in the assembly."));
        var found = Assert.Single(BundledGazetteer.Instance.FindWithShared("Islah won seats in the assembly."));
        Assert.Equal(("islah", NameKind.Ambiguous), (found.ActorId, found.Kind));
    }

    [Fact]
    public void ADF_rebels_are_the_group_in_a_document_that_names_it_in_full() =>
        Assert.Contains(BundledPipeline.Asserted(
            "The Allied Democratic Forces were founded in Uganda in 1995. Uganda launched an offensive against ADF rebels in eastern Congo."),
            line => line.Contains("allied-democratic-forces", StringComparison.Ordinal) && line.Contains("uganda", StringComparison.Ordinal));

    [Fact]
    public void The_ADF_in_an_Australian_defence_text_is_not_the_group()
    {
        Assert.Empty(Names("The ADF has sent two frigates to the exercise."));
        Assert.DoesNotContain(
            BundledPipeline.Asserted("Australia's defence minister said the ADF works closely with the United States and fought alongside it in Iraq."),
            line => line.Contains("allied-democratic-forces", StringComparison.Ordinal));
    }

    [Fact]
    public void SAMIM_is_named_by_acronym_and_in_full() =>
        Assert.Equal(
            ["samim:Southern African Development Community Mission in Mozambique", "samim:SAMIM", "islamic-state-mozambique:IS-Mozambique"],
            Names("The Southern African Development Community Mission in Mozambique (SAMIM) fought IS-Mozambique."));

    [Fact]
    public void The_older_self_name_of_IS_Mozambique_counts_only_beside_another_of_its_names()
    {
        Assert.Empty(Names("ASWJ militants attacked a checkpoint."));
        Assert.Contains("samim adversary islamic-state-mozambique", BundledPipeline.Asserted(
            "The Islamic State Mozambique Province grew in Cabo Delgado. SAMIM fought the insurgents of Ahl al-Sunna wal-Jama‘a in 2022."));
    }

    [Theory]
    [InlineData("CARICOM member states such as Jamaica met.", "caricom:CARICOM")]
    [InlineData("Trinidad supports Caricom's position.", "caricom:Caricom")]
    public void CARICOM_is_named_in_capitals_and_in_mixed_case(string text, string expected) =>
        Assert.Contains(expected, Names(text));

    [Fact]
    public void Turkic_states_on_their_own_are_not_the_organisation()
    {
        Assert.DoesNotContain(Names("Orban leans on Turkic states and Turkic allies to the east."), n => n.StartsWith("organization-of-turkic-states", StringComparison.Ordinal));
        Assert.Equal(
            ["hungary:Hungary", "organization-of-turkic-states:Organization of Turkic States"],
            Names("Hungary is an observer of the Organization of Turkic States."));
    }

    [Fact]
    public void Northern_Cyprus_capitalised_is_the_Turkish_Cypriot_state_but_the_north_of_Cyprus_is_Cyprus()
    {
        Assert.Equal(["turkey:Turkey", "northern-cyprus:Northern Cyprus"], Names("Turkey recognises Northern Cyprus."));
        Assert.Equal(["turkey:Turkish", "cyprus:Cyprus"], Names("The Turkish occupation of northern Cyprus began in 1974."));
        Assert.Equal(["northern-cyprus:Turkish Republic of Northern Cyprus", "northern-cyprus:TRNC"], Names("The Turkish Republic of Northern Cyprus (TRNC) held a vote."));
    }

    [Fact]
    public void Somaliland_is_its_own_name_not_Somalia() =>
        Assert.Equal(["ethiopia:Ethiopia", "somaliland:Somaliland", "somalia:Somalia"], Names("Ethiopia's deal with Somaliland angered Somalia."));

    [Fact]
    public void SCIRI_and_the_Badr_Brigade_are_two_actors() =>
        Assert.Equal(
            ["badr-organization:Badr Brigade", "islamic-supreme-council-of-iraq:Supreme Council for the Islamic Revolution in Iraq", "islamic-supreme-council-of-iraq:SCIRI"],
            Names("The Badr Brigade was the armed wing of the Supreme Council for the Islamic Revolution in Iraq (SCIRI)."));

    [Fact]
    public void A_title_naming_Somaliland_and_Mogadishu_is_about_Somalia() =>
        Assert.Equal("somalia", BundledPipeline.Read(
            "# Mogadishu rallies its friends after Israel recognises Somaliland\n\nSomalia's government rejected the recognition, and Egypt and Turkey backed Somalia's unity.").Subject);
}
