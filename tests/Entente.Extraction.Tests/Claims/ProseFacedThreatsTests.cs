namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// What a tie is formed to face is its foe ("cooperation in the face of North Korea's threats", "partnerships in the
/// Indo-Pacific to counter Russia"); threats that may come, threats of tariffs and deeds of people we do not know are no one's
/// enmity; and the allies of a name are not the subject where the sentence does not name it.
/// </summary>
public sealed class ProseFacedThreatsTests
{
    [Fact]
    public void Cooperation_in_the_face_of_a_threat_makes_a_foe()
    {
        const string text = "# Seoul's plans\n\nSouth Korea's president said the summit sets a milestone in joint cooperation in the face of North Korea's growing missile threats.";

        Assert.Contains("north-korea", BundledPipeline.AdversariesOf("south-korea", text));
        Assert.DoesNotContain("north-korea", BundledPipeline.PartnersOf("south-korea", text));
    }

    [Fact]
    public void A_place_before_to_counter_is_no_doer()
    {
        const string text = "# NATO in Asia\n\nNATO met in June. Its chief stressed new partnerships in the Indo-Pacific to counter the alignment of Russia and China.";

        Assert.Equal(["china", "russia"], BundledPipeline.AdversariesOf("nato", text));
        Assert.Empty(BundledPipeline.PartnersOf("nato", text));
    }

    [Fact]
    public void Allies_of_a_name_are_not_the_unnamed_subject()
    {
        const string text = "# Tonga's loans\n\nTonga owes much of its debt to China. The minister went on to Vanuatu, where Beijing's plans worry U.S. allies.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("tonga", text));
    }

    [Fact]
    public void Allies_of_a_name_are_the_subject_where_it_is_named_among_them()
    {
        const string text = "# Tonga's loans\n\nTonga owes much of its debt to China. Tonga is among the closest U.S. allies in the region.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("tonga", text));
    }

    [Theory]
    [InlineData("Washington will work with European allies to help Lithuania resist economic coercion by China.")]
    [InlineData("Lithuania is locked in a dispute with China over the office.")]
    [InlineData("Officials decried China's attempts to bully Lithuania.")]
    public void Coercion_disputes_and_bullying_are_rivalry(string sentence)
    {
        var text = "# Lithuania and Taiwan\n\nLithuania let Taiwan open an office in Vilnius. " + sentence;

        Assert.Contains("china", BundledPipeline.AdversariesOf("lithuania", text));
        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("lithuania", text));
    }

    [Fact]
    public void A_deed_of_a_person_we_do_not_know_is_not_the_subjects()
    {
        const string text = "# Chile's history\n\nChile broke from Spain in 1810, amid the vacuum created by Napoleon's invasion of Spain.";

        Assert.DoesNotContain("spain", BundledPipeline.AdversariesOf("chile", text));
        Assert.DoesNotContain("spain", BundledPipeline.PartnersOf("chile", text));
    }

    [Fact]
    public void A_name_after_the_points_back_and_owns_its_noun()
    {
        const string text = "# North Korea's friends\n\nNorth Korea has few friends. Last year its leader named South Korea the North's main enemy.";

        Assert.Contains("south-korea", BundledPipeline.AdversariesOf("north-korea", text));
    }

    [Fact]
    public void Any_threat_is_no_threat_made()
    {
        const string text = "# The Gulf bloc meets\n\nThe GCC met in Doha. It said that any threat to a member is a threat to the whole Council, and it rejected any infringement on Qatar's sovereignty.";

        Assert.DoesNotContain("qatar", BundledPipeline.AdversariesOf("gcc", text));
    }

    [Theory]
    [InlineData("Mexico moved closer to Canada after threats from Washington, which has warned of new tariffs.", false)]
    [InlineData("Mexico is building a modern army to meet threats from Washington.", true)]
    public void Threats_of_tariffs_are_trade_pressure(string sentence, bool hostile)
    {
        var text = "# Mexico's options\n\nMexico trades mostly north. " + sentence;

        Assert.Equal(hostile, BundledPipeline.AdversariesOf("mexico", text).Contains("united-states"));
    }

    [Fact]
    public void A_compound_on_a_people_we_do_not_hold_backs_no_place_after_it()
    {
        const string text = "# Chad's wars\n\nFrench troops helped push the Soviet-supported Libyans out of Chad in 1987.";

        Assert.DoesNotContain("soviet-union", BundledPipeline.PartnersOf("chad", text));
    }
}
