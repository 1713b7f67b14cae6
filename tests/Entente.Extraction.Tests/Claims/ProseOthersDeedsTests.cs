namespace Entente.Extraction.Tests.Claims;

/// <summary>Deeds a sentence gives to others (a pronoun's antecedents, a declaring state, named suppliers, unnamed states) are not the subject's.</summary>
public sealed class ProseOthersDeedsTests
{
    [Fact]
    public void They_after_two_named_partners_makes_the_verb_theirs()
    {
        var text = "# Honiara signs with Beijing\n\nThe Solomon Islands ignored warnings from its old partners, New Zealand and Japan, as they try to counter China in the Pacific.";

        Assert.DoesNotContain("china", BundledPipeline.AdversariesOf("solomon-islands", text));
        Assert.Contains("china", BundledPipeline.AdversariesOf("japan", text.Replace("# Honiara signs with Beijing", "# Tokyo and Wellington")));
    }

    [Fact]
    public void What_the_subject_blocks_it_does_not_do()
    {
        var text = "# Budapest and Brussels\n\nHungary keeps blocking a joint fund for weapons deliveries to Ukraine.";

        Assert.DoesNotContain("ukraine", BundledPipeline.PartnersOf("hungary", text));
    }

    [Fact]
    public void A_demonym_declaring_aid_owns_it()
    {
        var text = "# Addis Ababa's port deal\n\nEthiopia's port plans angered its neighbours, and tempers rose after the Egyptian declaration of military assistance to Somalia.";

        Assert.DoesNotContain("somalia", BundledPipeline.PartnersOf("ethiopia", text));
        Assert.Contains("somalia", BundledPipeline.PartnersOf("egypt", text));
    }

    [Fact]
    public void Their_after_unnamed_countries_is_not_a_single_states()
    {
        var text = "# Yerevan's new corridor\n\nArmenia says the corridor will give Central Asian countries a new route and lessen their reliance on Russia and China.";

        var partners = BundledPipeline.PartnersOf("armenia", text);

        Assert.DoesNotContain("russia", partners);
        Assert.DoesNotContain("china", partners);
    }

    [Fact]
    public void Goods_a_named_supplier_gives_come_from_a_place_not_a_backer()
    {
        var text = "# Darfur's supply lines\n\nThe RSF holds the west. Last year Wagner supplied the RSF fighters with drones from Libya.";

        var partners = BundledPipeline.PartnersOf("rapid-support-forces", text);

        Assert.DoesNotContain("libya", partners);
        Assert.Contains("wagner-group", partners);
    }

    [Fact]
    public void A_thing_sold_is_not_the_seller()
    {
        var text = "# Khartoum's gold\n\nMuch of Sudan's gold reaches the UAE, which is then sold on to Russia.";

        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("united-arab-emirates", text));
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("sudan", text));
    }

    [Fact]
    public void One_admitted_to_a_body_is_still_its_member()
    {
        var text = "# Vientiane joins\n\nLaos was admitted into ASEAN in 1997.";

        Assert.Contains("asean", BundledPipeline.PartnersOf("laos", text));
    }

    [Fact]
    public void A_tie_made_to_fight_someone_makes_that_one_a_foe()
    {
        var text = "# The SDF's backers\n\nThe SDF holds the north-east. A US envoy said: we are in a partnership with the SDF to fight ISIS.";

        Assert.DoesNotContain("islamic-state", BundledPipeline.PartnersOf("syrian-democratic-forces", text));
    }

    [Fact]
    public void A_state_after_a_comma_and_which_is_owns_the_clause()
    {
        var text = "# Baghdad's balance\n\nIraq's leader says he wants to get on with the United States, which is locked in confrontation with Tehran.";

        var adversaries = BundledPipeline.AdversariesOf("iraq", text);

        Assert.DoesNotContain("iran", adversaries);
        Assert.DoesNotContain("united-states", adversaries);
    }
}
