namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: accusations between states, defending against someone, fighting beside a partner and against a common foe, and backing what is not a party.</summary>
public sealed class ProseAccusationTests
{
    [Fact]
    public void A_state_that_accuses_another_of_arming_rebels_is_its_rival()
    {
        var text = "# DR Congo and Rwanda\n\nCongo accuses Kigali of arming, financing and commanding the M23, which seized Goma.";

        Assert.Contains("dr-congo rival rwanda", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void An_accusation_of_letting_a_third_state_destabilise_the_accuser_makes_rivals()
    {
        var text = "# Nigeria\n\nNiger's military leader has accused Abuja of letting France use Nigerian territory to destabilise his country.";

        Assert.Contains("niger rival nigeria", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("Iran is accused of arming the Houthis in Yemen.")]
    [InlineData("Niger accused Benin of letting its ports fall idle.")]
    [InlineData("Some Iraqi lawmakers have also accused Tehran of meddling in the vote.")]
    [InlineData("Ecuador announced a tariff on Colombian imports, accusing Bogota of doing too little against smugglers.")]
    public void An_accusation_without_an_accusing_state_or_a_hostile_charge_makes_no_rival(string sentence)
    {
        var claims = BundledPipeline.Read("# Notes\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Relation == RelationType.Rival);
    }

    [Fact]
    public void Forces_there_to_defend_against_militiamen_defend_no_one_named()
    {
        var text = "# DR Congo\n\nRwanda has long rejected the charge, saying its forces are there to defend against Hutu militiamen.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "rwanda" && c.Object == "dr-congo" && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void Soldiers_who_fought_beside_the_subjects_army_named_by_a_shared_demonym_are_its_allies()
    {
        var text = "# The Democratic Republic of Congo\n\nKinshasa leans on its neighbours. Burundian soldiers have fought beside the Congolese army in South Kivu since 2023.";

        Assert.Contains("burundi ally dr-congo", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Those_who_fight_alongside_each_other_against_a_group_are_both_its_adversaries()
    {
        var claims = BundledPipeline.Read("# Somalia\n\nKenyan troops now fight alongside the Somali army against al-Shabaab.").Claims;

        Assert.Contains(claims, c => c.Subject == "kenya" && c.Object == "al-shabaab" && c.Relation == RelationType.Adversary);
        Assert.Contains(claims, c => c.Subject == "somalia" && c.Object == "al-shabaab" && c.Relation == RelationType.Adversary);
    }

    [Fact]
    public void The_subjects_long_fight_against_a_group_makes_it_an_adversary()
    {
        var text = "# Somalia\n\nThe government thanked the soldiers for their sacrifices in the long fight against al-Shabaab.";

        Assert.Equal(["al-shabaab"], BundledPipeline.AdversariesOf("somalia", text));
    }

    [Theory]
    [InlineData("South Africa, a longtime supporter of the Polisario, criticised the resolution.")]
    [InlineData("Algeria backs a referendum including independence.")]
    [InlineData("Qatar saw a chance to gain influence by supporting the Muslim Brotherhood.")]
    public void Backing_a_group_we_do_not_know_or_an_idea_backs_not_the_subject(string sentence)
    {
        var claims = BundledPipeline.Read("# Morocco\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Object == "morocco" && c.Polarity == Polarity.Asserts && !c.Relation.IsHostile());
    }

    [Fact]
    public void The_largest_buyer_of_the_subjects_exports_named_by_its_demonym_is_a_partner()
    {
        var text = "# Nicaragua\n\nThe United States is still by far the largest buyer of Nicaraguan exports.";

        Assert.Equal(["united-states"], BundledPipeline.PartnersOf("nicaragua", text));
    }

    [Theory]
    [InlineData("# Mali\n\nMali accused former colonial ruler France of meddling in the region.", "mali", "france")]
    [InlineData("# Mali\n\nMali accused neighbouring Algeria of meddling.", "mali", "algeria")]
    public void An_accused_state_may_follow_its_title(string text, string subject, string accused)
    {
        Assert.Equal([accused], BundledPipeline.AdversariesOf(subject, text));
        Assert.All(BundledPipeline.Read(text).Claims.Where(c => c.Object == accused || c.Subject == accused), c => Assert.Null(c.Validity.Until));
    }

    [Fact]
    public void Standing_in_opposition_to_another_is_hostile()
    {
        var text = "# Iran\n\nIran stands in opposition to Israel and Saudi Arabia.";

        Assert.Equal(["israel", "saudi-arabia"], BundledPipeline.AdversariesOf("iran", text));
    }
}
