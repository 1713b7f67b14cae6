namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: long asides between a doer and its verbs, chains of verbs, wishes, and "the organisation" for a subject that is no country.</summary>
public sealed class ProseAsideAndWishTests
{
    [Fact]
    public void A_long_aside_before_an_auxiliary_and_a_chain_of_verbs_keeps_the_doer_and_ties_nobody_to_the_subject()
    {
        var text = "# Aoun tells Iran's Larijani that only the state may carry arms\n\nLebanon's president spoke on Tuesday.\n\n"
            + "Iran, the armed group's patron since the 1980s, has funded and armed Hezbollah for four decades.";

        var claims = BundledPipeline.Read(text).Claims;

        var backing = Assert.Single(claims, c => c.Object == "hezbollah");
        Assert.Equal("iran", backing.Subject);
        Assert.Equal(new HashSet<Area> { Area.Funding, Area.Weapons }, backing.Areas.ToHashSet());
    }

    [Fact]
    public void A_tie_someone_wants_is_no_tie()
    {
        var quoted = "# Aoun tells Iran's Larijani that only the state may carry arms\n\nLebanon's president spoke on Tuesday.\n\n"
            + "\"The friendship we want with Iran is between two states,\" Aoun said.";
        var wanting = "# Iraq\n\nBaghdad wants a partnership with Ankara. Iraq hopes for closer cooperation with Jordan.";
        var existing = "# Iraq\n\nIraq's partnership with Turkey, which it wants to deepen, is old.";

        Assert.Empty(BundledPipeline.PartnersOf("lebanon", quoted));
        Assert.Empty(BundledPipeline.PartnersOf("iraq", wanting));
        Assert.Equal(["turkey"], BundledPipeline.PartnersOf("iraq", existing));
    }

    [Fact]
    public void The_organisations_enemy_is_the_subjects_even_when_the_subject_is_a_unit_of_a_state()
    {
        var text = "# The Popular Mobilization Forces\n\nTen years after they were formed to fight the Islamic State, the Popular Mobilization Forces are part of the Iraqi security establishment.\n\n"
            + "The Islamic State remains the organisation's defining enemy.";

        Assert.Equal(["islamic-state"], BundledPipeline.AdversariesOf("popular-mobilization-forces", text));
    }
}
