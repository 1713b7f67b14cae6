namespace Entente.Extraction.Tests.Claims;

/// <summary>Partners named through a tally or a class: "its other four allies are …", "nations such as …", "the countries of …".</summary>
public sealed class ProseCountsAndClassesTests
{
    [Fact]
    public void A_count_the_subjects_possessive_leads_tallies_its_own_allies()
    {
        var text = "# Taiwan's friends abroad\n\nTaiwan's other three allies are Tuvalu, Palau and the Marshall Islands.";

        var partners = BundledPipeline.PartnersOf("taiwan", text);
        Assert.Contains("tuvalu", partners);
        Assert.Contains("marshall-islands", partners);
    }

    [Fact]
    public void Allies_said_to_be_a_class_are_the_names_namely_opens()
    {
        var text = "# Taiwan's friends abroad\n\nTaiwan's remaining allies are small island states in the Pacific, namely Tuvalu, Palau and the Marshall Islands.";

        var partners = BundledPipeline.PartnersOf("taiwan", text);
        Assert.Contains("tuvalu", partners);
        Assert.Contains("palau", partners);
    }

    [Fact]
    public void A_degree_glued_before_allies_leaves_them_the_subjects()
    {
        var text = "# Beijing's circle\n\nChina's \"quasi-allies\" are Pakistan and Cuba.";

        var partners = BundledPipeline.PartnersOf("china", text);
        Assert.Contains("pakistan", partners);
        Assert.Contains("cuba", partners);
    }

    [Fact]
    public void A_relative_clause_after_a_list_is_said_of_every_member()
    {
        var text = "# North Korea's few friends\n\nFew states stand by North Korea. These include countries like Iran, Syria, and Cuba, which have expressed solidarity with the regime for years.";

        var partners = BundledPipeline.PartnersOf("north-korea", text);
        Assert.Contains("iran", partners);
        Assert.Contains("syria", partners);
    }

    [Fact]
    public void A_participle_after_a_list_still_describes_no_member()
    {
        var text = "# NATO worried by Russia-China ties\n\nNATO's chief stressed the value of partnerships in Asia to counter the alignment of Russia, China, Iran, and North Korea, reaffirming the alliance's commitment to collective defence.";

        var partners = BundledPipeline.PartnersOf("nato", text);
        Assert.DoesNotContain("china", partners);
        Assert.DoesNotContain("iran", partners);
    }

    [Fact]
    public void Strengthened_relationships_with_a_class_of_nations_tie_the_subject_to_each()
    {
        var text = "# Egypt's African turn\n\nCairo has sought to strengthen its relationships with African nations such as Eritrea, Sudan, and Uganda.";

        var partners = BundledPipeline.PartnersOf("egypt", text);
        Assert.Contains("eritrea", partners);
        Assert.Contains("uganda", partners);
    }

    [Fact]
    public void A_class_between_list_members_does_not_end_the_list()
    {
        var text = "# The Shanghai Cooperation Organisation\n\nThe SCO began in 2001. Its founding members were China, Russia and the Central Asian states of Kazakhstan, Tajikistan and Uzbekistan.";

        var members = BundledPipeline.PartnersOf("sco", text);
        Assert.Contains("kazakhstan", members);
        Assert.Contains("uzbekistan", members);
    }
}
