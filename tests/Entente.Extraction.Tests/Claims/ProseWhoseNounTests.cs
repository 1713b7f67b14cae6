namespace Entente.Extraction.Tests.Claims;

/// <summary>Whose relation noun a sentence uses: an owner named after it with "of", or a possessor farther back than the noun's adjectives.</summary>
public sealed class ProseWhoseNounTests
{
    [Fact]
    public void Names_listed_after_another_actors_partner_noun_are_that_actors_partners()
    {
        var text = "# Cuba\n\nThe new payment cards already work in other partner countries of Russia, including Turkey and Vietnam.";

        var partners = BundledPipeline.PartnersOf("cuba", text);

        Assert.DoesNotContain("turkey", partners);
        Assert.DoesNotContain("vietnam", partners);
    }

    [Fact]
    public void A_possessor_owns_a_noun_after_a_coordinated_hyphenated_adjective()
    {
        var text = "# The ANC\n\nThe ANC's leader said that South Africa's solidarity and long-standing friendship with Cuba would last.";

        Assert.DoesNotContain("south-africa", BundledPipeline.PartnersOf("african-national-congress", text));
    }

    [Fact]
    public void A_body_noun_right_after_a_blocs_name_is_the_blocs_own()
    {
        var text = "# Argentina\n\nThe new course departs from the neutral approach advocated by the BRICS alliance.";

        Assert.DoesNotContain("brics", BundledPipeline.PartnersOf("argentina", text));
    }

    [Fact]
    public void Membership_in_a_bloc_named_with_its_body_noun_is_still_read()
    {
        var text = "# Poland\n\nPoland joined the NATO alliance in 1999.";

        Assert.Contains("nato", BundledPipeline.PartnersOf("poland", text));
    }

    [Fact]
    public void Western_partners_owned_by_no_one_tie_the_subject_to_no_one()
    {
        var text = "# Cambodia\n\nBy understanding Cambodia's fears, Western partners will be better able to balance China's influence in the kingdom.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("cambodia", text));
    }

    [Fact]
    public void A_country_named_after_a_part_of_it_says_where_the_part_lies()
    {
        var text = "# Republika Srpska\n\nDodik accused the U.S. ambassador of hostile behaviour toward the Serb-majority entity of Bosnia.";

        Assert.DoesNotContain("bosnia-and-herzegovina", BundledPipeline.AdversariesOf("republika-srpska", text));
    }
}
