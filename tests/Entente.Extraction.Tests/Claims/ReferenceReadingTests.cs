namespace Entente.Extraction.Tests.Claims;

/// <summary>Names several actors share, and pronouns that stand for the subject.</summary>
public sealed class ReferenceReadingTests
{
    [Fact]
    public void A_shared_name_stands_for_the_actor_the_document_otherwise_names()
    {
        var text = "# Islamic Jihad loses its refuge\n\nPalestinian Islamic Jihad moved its offices. Islamic Jihad, backed by Iran since the 1980s, is small.";

        var found = BundledPipeline.Read(text);

        Assert.Equal("palestinian-islamic-jihad", found.Subject);
        Assert.Contains(found.Claims, c => (c.Subject, c.Object) == ("iran", "palestinian-islamic-jihad"));
    }

    [Fact]
    public void A_shared_name_names_no_one_when_the_document_names_none_of_its_owners()
    {
        var claims = BundledPipeline.Read("# Notes\n\nIslamic Jihad, backed by Iran since the 1980s, is small.").Claims;

        Assert.DoesNotContain(claims, c => c.Object is "palestinian-islamic-jihad" or "hezbollah");
    }

    [Fact]
    public void A_pronoun_in_apposition_stands_for_the_sentence_subject_not_the_name_it_follows()
    {
        var text = "# Palestinian Islamic Jihad\n\nPalestinian Islamic Jihad is a small armed group.\n\nThe group moved officials to Lebanon, where Hezbollah, its ally, still has influence.";

        Assert.Contains("hezbollah", BundledPipeline.PartnersOf("palestinian-islamic-jihad", text));
        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "lebanon" || c.Object == "lebanon");
    }

    [Fact]
    public void Described_as_a_possessors_proxy_ties_the_possessor_to_the_subject_and_its_fighters_to_their_comrades()
    {
        var text = "# Palestinian Islamic Jihad\n\nPalestinian Islamic Jihad is a small armed group.\n\nAnalysts describe it as Iran's proxy in Gaza, and its fighters took part alongside Hamas in the attack.";

        Assert.Equal(["hamas", "iran"], BundledPipeline.PartnersOf("palestinian-islamic-jihad", text));
    }

    [Fact]
    public void Killing_a_groups_commanders_is_hostile()
    {
        var text = "# Palestinian Islamic Jihad\n\nPalestinian Islamic Jihad is a small armed group.\n\nIsrael has killed several of its commanders in Gaza.";

        Assert.Equal(["israel"], BundledPipeline.AdversariesOf("palestinian-islamic-jihad", text));
    }

    [Fact]
    public void Sheltering_a_group_is_backing_it()
    {
        var text = "# Hamas\n\nHamas is a Palestinian movement.\n\nFor years Syria sheltered the group's leaders in Damascus.";

        Assert.Contains("syria", BundledPipeline.PartnersOf("hamas", text));
    }

    [Fact]
    public void The_two_after_a_sentence_naming_the_subject_and_one_other_means_that_pair()
    {
        var partners = "# Kazakhstan\n\nKazakhstan and China share a long border. The two governments describe their relationship as a permanent comprehensive strategic partnership.";
        var rivals = "# South Korea\n\nSouth Korea watches North Korea closely. The two rivals remain technically at war.";
        var crowded = "# South Korea\n\nSouth Korea, Japan and China met in Tokyo. The two rivals remain technically at war.";

        Assert.Equal(["china"], BundledPipeline.PartnersOf("kazakhstan", partners));
        Assert.Equal(["north-korea"], BundledPipeline.AdversariesOf("south-korea", rivals));
        Assert.Empty(BundledPipeline.AdversariesOf("south-korea", crowded));
    }

    [Fact]
    public void The_head_of_a_name_already_written_in_full_stands_for_its_owner()
    {
        var text = "# Iran's network\n\nIran built the Axis of Resistance over four decades.\n\nIran has relied on the Axis to pressure Israel.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Rule == "passive:relies on" && (c.Subject, c.Object) == ("axis-of-resistance", "iran"));
    }

    [Fact]
    public void A_head_noun_stands_for_no_one_before_its_owner_is_named_or_when_two_owners_share_it()
    {
        var early = "# Iran's network\n\nIran has relied on the Axis to pressure Israel.\n\nThe Axis of Resistance is Iran's coalition.";
        var shared = "# Two unions\n\nThe European Union and the Eurasian Economic Union met in Minsk.\n\nArmenia relies on the Union for trade.";

        Assert.DoesNotContain(BundledPipeline.Read(early).Claims, c => c.Rule == "passive:relies on");
        Assert.DoesNotContain(BundledPipeline.Read(shared).Claims, c => c.Rule == "passive:relies on");
    }

    [Fact]
    public void Actors_acting_on_the_subjects_allies_are_not_its_allies()
    {
        var text = "# Iran's network\n\nIran's allies have been weakened.\n\nAt Washington's urging, Lebanon and Iraq are taking advantage of the weakening of Iran's allies to restore their sovereignty.";

        Assert.DoesNotContain("iraq", BundledPipeline.PartnersOf("iran", text));
        Assert.DoesNotContain("lebanon", BundledPipeline.PartnersOf("iran", text));
        Assert.Contains("iraq", BundledPipeline.PartnersOf("iran", "# Iran's network\n\nIraq is one of Iran's closest allies."));
    }

    [Fact]
    public void The_two_countries_after_naming_the_subject_and_one_other_are_that_pair()
    {
        var text = "# The UAE\n\nThe UAE is a Gulf state.\n\nThe talks were the first between the leaders of Israel and the UAE since the two countries established diplomatic relations, and they discussed their common rival, Iran.";

        Assert.Equal(["israel"], BundledPipeline.PartnersOf("united-arab-emirates", text));
        Assert.Equal(["iran"], BundledPipeline.AdversariesOf("united-arab-emirates", text));
    }

    [Fact]
    public void A_mutual_verb_with_no_one_after_it_pairs_the_list_before_it()
    {
        Assert.Contains("bahrain", BundledPipeline.PartnersOf("israel", "# Israel\n\nIsrael and Bahrain normalized relations in 2020."));
    }

    [Theory]
    [InlineData("Rwandan forces came in 2021. They train Central African soldiers.")]
    [InlineData("Rwanda sent forces in 2021. It trains Central African soldiers.")]
    public void They_or_it_after_a_sentence_opened_by_another_country_is_that_country(string sentences)
    {
        var claims = BundledPipeline.Read("# Central African Republic\n\n" + sentences).Claims;

        Assert.Contains(claims, c => c.Subject == "rwanda" && c.Object == "central-african-republic" && c.Areas.Contains(Area.Training));
    }

    [Fact]
    public void They_after_a_sentence_opened_by_a_country_name_is_not_that_country()
    {
        var claims = BundledPipeline.Read("# Central African Republic\n\nRwanda came in 2021. They train Chadian soldiers.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "rwanda" && c.Object == "chad");
    }

    [Fact]
    public void An_actor_the_title_names_twice_is_the_subject_over_one_it_names_first_and_once()
    {
        var text = "# U.S. expels South African envoy as Pretoria weighs its stance\n\n"
            + "The United States said the envoy must leave. The United States gave him 72 hours. "
            + "South Africa called the move regrettable. South Africa will not retaliate, Pretoria said.";

        Assert.Equal("south-africa", BundledPipeline.Read(text).Subject);
    }

    [Fact]
    public void A_name_and_its_possessor_side_by_side_in_the_title_count_once()
    {
        var text = "# Aoun tells Iran's Larijani that only the state may bear arms\n\n"
            + "Lebanon's president Joseph Aoun received Ali Larijani. Lebanon wants the army alone to hold weapons. Lebanon said so again. Iran listened.";

        Assert.Equal("lebanon", BundledPipeline.Read(text).Subject);
    }
}
