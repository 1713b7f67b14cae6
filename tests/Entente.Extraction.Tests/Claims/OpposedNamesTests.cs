namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose where a name stands beside a tie but is what the tie is against: a name after "anti-", the one fingers are
/// pointed at, the group a sponsor compound stands for when the sentence named it first, and what a partnership is meant to offset.
/// </summary>
public sealed class OpposedNamesTests
{
    [Fact]
    public void A_name_after_anti_is_not_an_object_of_the_alliance_before_it()
    {
        var claims = BundledPipeline.Read("# Hezbollah and Iran\n\nThe United States and many other countries considered Hezbollah a terrorist organization because of its military alliances with repressive, anti-Israel regimes in Iran and Syria.").Claims;

        Assert.DoesNotContain(claims, c => c.Object == "israel" && !c.Relation.IsHostile());
        Assert.Contains(claims, c => c.Subject == "hezbollah" && c.Object == "iran" && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }

    [Fact]
    public void The_one_fingers_are_pointed_at_does_the_backing_it_is_blamed_for()
    {
        var claims = BundledPipeline.Read("# Pakistani Taliban fighters killed in raid\n\nIslamabad's recent narrative has pointed fingers at India for purportedly backing both the Pakistani Taliban and Baloch separatists, a claim that New Delhi has consistently refuted.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "pakistan" && c.Object == "ttp" && !c.Relation.IsHostile());
        Assert.Contains(claims, c => c.Subject == "india" && c.Object == "ttp" && !c.Relation.IsHostile());
    }

    [Fact]
    public void The_backed_rebels_are_the_group_the_sentence_named_before_not_the_subject()
    {
        var claims = BundledPipeline.Read("# What is the Southern Transitional Council?\n\nThe STC is a southern separatist body. The rise of the Houthis in Yemen in 2014 led to the creation of a number of cross-factional alliances to counter the Iran-backed rebels.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "iran" && c.Object == "southern-transitional-council");
        Assert.Contains(claims, c => c.Subject == "iran" && c.Object == "houthis" && !c.Relation.IsHostile());
    }

    [Fact]
    public void What_partnerships_are_boosted_to_offset_is_no_partner()
    {
        var claims = BundledPipeline.Read("# Uruguay bets on China, EU to guard against Trump tariffs\n\nCountries in both Europe and Latin America need to boost partnerships to offset Donald Trump's tariff threats, Uruguay's top diplomat said.").Claims;

        Assert.DoesNotContain(claims, c => c.Object == "united-states" && !c.Relation.IsHostile());
    }
}
