namespace Entente.Extraction.Tests.Claims;

/// <summary>Objects read where a verb or noun puts them: past a fronted phrase, a leader, "one of the countries", a filled "with".</summary>
public sealed class ProseFilledObjectsTests
{
    [Fact]
    public void A_name_in_a_fronted_phrase_is_no_apposition_to_the_clause_after_it()
    {
        var text = "# Serbia between East and West\n\nSerbia sits in the Balkans. Under Vučić, the Balkan country has deepened its relations with Russia.";

        Assert.Contains("russia", BundledPipeline.PartnersOf("serbia", text));
    }

    [Fact]
    public void A_diplomatic_switch_from_a_partner_ends_that_tie()
    {
        var text = "# Nicaragua turns to Beijing\n\nNicaragua's abrupt diplomatic switch from Taiwan came after new sanctions on Managua.";

        var tie = Assert.Single(BundledPipeline.Read(text).Claims, c => c.Subject == "nicaragua" && c.Object == "taiwan");
        Assert.NotNull(tie.Validity.Until);
    }

    [Fact]
    public void Allegiance_pledged_to_a_leader_named_first_goes_to_the_group_he_leads()
    {
        var text = "# Boko Haram's turn\n\nBoko Haram chief Abubakar Shekau pledged allegiance to Abu Bakr al-Baghdadi, the leader of the Islamic State, in 2015.";

        Assert.Contains("islamic-state", BundledPipeline.PartnersOf("boko-haram", text));
    }

    [Fact]
    public void Arms_sales_to_the_subject_make_the_seller_its_partner()
    {
        var text = "# Taiwan's defences\n\nA senior lawmaker said the United States must keep up the arms sales to Taiwan.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("taiwan", text));
    }

    [Fact]
    public void An_alignment_between_a_list_binds_its_members()
    {
        var text = "# Syria's new friends\n\nRiyadh is watching the growing alignment between Syria, Turkey, and Qatar.";

        var partners = BundledPipeline.PartnersOf("syria", text);
        Assert.Contains("turkey", partners);
        Assert.Contains("qatar", partners);
    }

    [Fact]
    public void One_of_the_countries_to_normalize_relations_is_the_one_named()
    {
        var text = "# Morocco and Israel\n\nMorocco, along with Bahrain, was one of the countries to fully normalize relations with Israel in 2020.";

        Assert.Contains("israel", BundledPipeline.PartnersOf("morocco", text));
    }

    [Fact]
    public void A_name_after_a_filled_with_is_no_party_to_the_deal()
    {
        var text = "# Vanuatu's security choices\n\nVanuatu's leader faced criticism for signing a security deal with Australia, after some lawmakers warned it could anger China.";

        var partners = BundledPipeline.PartnersOf("vanuatu", text);
        Assert.Contains("australia", partners);
        Assert.DoesNotContain("china", partners);
    }
}
