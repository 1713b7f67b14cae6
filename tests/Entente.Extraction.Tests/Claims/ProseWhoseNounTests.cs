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
    public void A_demonym_after_a_word_of_place_owns_the_noun_before_a_name()
    {
        var text = "# Croatia\n\nCroatia has faced a mini arms race with neighbouring Russian ally Serbia.";

        Assert.DoesNotContain("serbia", BundledPipeline.PartnersOf("croatia", text));
        Assert.Contains("russia ally serbia", BundledPipeline.Asserted(text));
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

    [Fact]
    public void A_member_of_a_body_a_bloc_owns_is_no_member_of_the_bloc()
    {
        var text = "# The Wagner Group\n\nThe group gained access to mines, according to a lawyer, a member of the UN's working group on mercenaries.";

        Assert.DoesNotContain("united-nations", BundledPipeline.PartnersOf("wagner-group", text));
    }

    [Fact]
    public void Allegiance_to_a_groups_leadership_is_allegiance_to_the_group()
    {
        var text = "# Al-Shabaab\n\nThe movement pledged allegiance to al-Qaeda's leadership in 2012.";

        Assert.Contains("al-qaeda", BundledPipeline.PartnersOf("al-shabaab", text));
    }

    [Fact]
    public void Cooperation_in_quotes_between_two_others_is_theirs()
    {
        var text = "# NATO\n\nNATO's Pacific partners issued a statement to \u201cstrongly condemn the illicit military cooperation\u201d between Russia and North Korea.";

        var partners = BundledPipeline.PartnersOf("nato", text);

        Assert.DoesNotContain("russia", partners);
        Assert.DoesNotContain("north-korea", partners);
    }
}
