namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: a sponsor compound said of a name by a verb of being, partners "found in" others, ties that grow or that are
/// coordinated closely, a sister organisation, and taking part in a bloc.
/// </summary>
public sealed class PredicatesAndFoundPartnersTests
{
    [Fact]
    public void A_sponsor_compound_after_is_an_names_the_clauses_subject_as_the_proxy()
    {
        var text = "# Hezbollah\n\nHezbollah is an Iran-backed group.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "iran" && c.Object == "hezbollah" && c.Relation == RelationType.Proxy);
    }

    [Fact]
    public void A_sponsor_compound_reaches_past_an_aside_to_the_name_opening_the_sentence()
    {
        var text = "# Islamic Jihad\n\nPalestinian Islamic Jihad, the militant group Israel says is the target of its latest Gaza bombardment, is an Iran-backed group founded in 1981.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "palestinian-islamic-jihad" && c.Relation == RelationType.Proxy);
        Assert.DoesNotContain(claims, c => c.Subject == "iran" && c.Object == "israel" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void A_sponsor_compound_after_a_place_names_no_proxy()
    {
        var text = "# Syria\n\nThe convoy stopped in Syria is an Iran-backed convoy.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "iran" && c.Object == "syria");
    }

    [Fact]
    public void Friends_found_in_two_states_are_both_partners_and_the_subject_is_not_the_third()
    {
        var text = "# Greece\n\nNew alliances form in the eastern Mediterranean, with Greece finding new friends in Israel and Egypt.";

        var partners = BundledPipeline.PartnersOf("greece", text);

        Assert.Contains("israel", partners);
        Assert.Contains("egypt", partners);
    }

    [Fact]
    public void An_ally_found_in_another_leaves_the_documents_subject_out()
    {
        var text = "# Russia and the Caucasus\n\nRussia is losing ground. Armenia found an ally in France.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "armenia" && c.Object == "france" && c.Polarity == Polarity.Asserts);
        Assert.DoesNotContain(claims, c => c.Subject == "armenia" && c.Object == "russia");
        Assert.DoesNotContain(claims, c => c.Subject == "russia" && c.Object == "armenia");
    }

    [Fact]
    public void Allies_in_a_list_of_places_are_not_read_as_found_there()
    {
        var text = "# Iran's reach\n\nIran supports its allies in Iraq, Syria and Yemen.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "iran" && c.Object == "iraq" && c.Relation == RelationType.StrategicPartner);
    }

    [Fact]
    public void Coordinating_closely_with_two_states_ties_the_doer_to_both()
    {
        var text = "# Israel braces\n\nIsrael is coordinating closely with both the US and the United Kingdom, preparing for a strike from Iran.";

        var partners = BundledPipeline.PartnersOf("israel", text);

        Assert.Contains("united-states", partners);
        Assert.Contains("united-kingdom", partners);
    }

    [Fact]
    public void Growing_ties_with_a_list_name_each_as_a_partner()
    {
        var text = "# South Africa\n\nThis move was prompted by concerns over South Africa's growing ties with China, Russia, and Hamas.";

        var partners = BundledPipeline.PartnersOf("south-africa", text);

        Assert.Contains("russia", partners);
        Assert.Contains("hamas", partners);
    }

    [Fact]
    public void A_sister_organisation_to_a_group_is_its_partner()
    {
        var text = "# Islamic Jihad\n\nPalestinian Islamic Jihad is seen as a sister organisation to Hamas, which has controlled Gaza since 2007.";

        Assert.Contains("hamas", BundledPipeline.PartnersOf("palestinian-islamic-jihad", text));
    }

    [Fact]
    public void Participation_in_a_bloc_is_membership_but_participation_in_a_war_is_none()
    {
        var text = "# Hungary looks east\n\nHungary's active participation in the Organization of Turkic States has boosted trade. Russia participated in the war in Syria.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "hungary" && c.Object == "organization-of-turkic-states" && c.Relation == RelationType.MemberOf);
        Assert.DoesNotContain(claims, c => c.Subject == "russia" && c.Object == "syria" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void Threats_of_a_kind_from_no_one_named_make_no_foe_but_threats_from_a_name_do()
    {
        var text = "# Estonia\n\nAs global threats increase, the UK's commitment to Nato has never been more important. Estonia faces growing threats from Russia.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.DoesNotContain(claims, c => c.Object == "united-kingdom" && c.Relation == RelationType.Adversary);
        Assert.Contains(claims, c => c.Subject == "estonia" && c.Object == "russia" && c.Relation == RelationType.Adversary);
    }
}
