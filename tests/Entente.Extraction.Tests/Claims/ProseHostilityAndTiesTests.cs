namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Hostility and ties said by nouns, phrases and shared acts: conflicts and aggression, allegiance and membership of a
/// larger group, owners without a possessive ("an Iranian proxy"), joint strikes, "in support of", and the foe named
/// after "against".
/// </summary>
public sealed class ProseHostilityAndTiesTests
{
    [Theory]
    [InlineData("iran", "# Iran\n\nThe axis Tehran built has been worn down by its conflicts with Israel and the US.", "israel")]
    [InlineData("al-shabaab", "# Al-Shabaab\n\nThe group has long vied with Islamic State for recruits in Puntland.", "islamic-state")]
    [InlineData("al-shabaab", "# Al-Shabaab\n\nFor years Al-Shabaab has sought to topple Somalia's government.", "somalia")]
    [InlineData("palestinian-islamic-jihad", "# Palestinian Islamic Jihad\n\nIts leader warned that his movement would resume fighting with Israel.", "israel")]
    [InlineData("muslim-brotherhood", "# The Muslim Brotherhood\n\nIn 2013 the Egyptian government labelled the group a terrorist organisation.", "egypt")]
    public void Nominal_and_intended_hostility_makes_foes(string subject, string text, string foe)
    {
        Assert.Contains(foe, BundledPipeline.AdversariesOf(subject, text));
    }

    [Fact]
    public void A_wish_for_a_tie_still_asserts_none()
    {
        Assert.Empty(BundledPipeline.PartnersOf("iran", "# Iran\n\nIran has long sought a partnership with Oman."));
    }

    [Theory]
    [InlineData("# Al-Shabaab\n\nThe group swore allegiance to al-Qaeda in 2012.", "al-shabaab member_of al-qaeda")]
    [InlineData("# Kataib Hezbollah\n\nKataib Hezbollah, a Shiite militia, used to be part of the Popular Mobilization Forces.", "kataib-hezbollah member_of popular-mobilization-forces")]
    [InlineData("# Japan\n\nThe ministers spoke of building on alliances between Japan and the U.S. in the Pacific.", "japan formal_alliance united-states")]
    [InlineData("# Vietnam\n\nHanoi's trade deals with the EU and Britain widen its reach.", "vietnam economic_partner united-kingdom")]
    [InlineData("# Vietnam\n\nVietnam has forged its highest-level ties with regional powers Japan and South Korea.", "vietnam strategic_partner south-korea")]
    [InlineData("# Turkey\n\nTurkey purchased the S-400 air-defense system from Russia in 2017.", "turkey economic_partner russia")]
    public void Ties_named_by_allegiance_membership_plural_nouns_and_purchases(string text, string claim)
    {
        Assert.Contains(claim, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Alliances_of_another_state_are_not_the_viewers_alliance()
    {
        var claims = BundledPipeline.Asserted("# China\n\nBeijing sees U.S. alliances in Asia as containment.");

        Assert.DoesNotContain(claims, c => c.Contains("formal_alliance", StringComparison.Ordinal));
    }

    [Fact]
    public void A_war_between_two_others_is_not_the_subjects_war()
    {
        var text = "# JNIM\n\nDespite the global war between al-Qaeda and Islamic State affiliates, JNIM and ISGS ignored each other until 2020.";

        Assert.Empty(BundledPipeline.AdversariesOf("jnim", text));
        Assert.Contains("al-qaeda adversary islamic-state", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void One_named_after_against_is_the_foe_of_those_fighting_alongside()
    {
        var text = "# Kenya\n\nKenyan troops entered Somalia in 2011, where they now fight alongside the Somali army against al-Shabaab.";

        Assert.Contains("al-shabaab", BundledPipeline.AdversariesOf("kenya", text));
        Assert.DoesNotContain("al-shabaab", BundledPipeline.PartnersOf("kenya", text));
    }

    [Theory]
    [InlineData("# Hezbollah\n\nThe militia Hezbollah, an Iranian proxy, fought in Syria.", "iran proxy hezbollah")]
    [InlineData("# Iraq\n\nIraq lets forces tied to Iran, an American enemy, operate on its soil.", "united-states adversary iran")]
    [InlineData("# Israel\n\nThe US ally Israel struck targets in Yemen.", "united-states ally israel")]
    public void A_name_or_demonym_after_an_article_owns_the_noun_it_stands_before(string text, string claim)
    {
        Assert.Contains(claim, BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# ISKP\n\nIn August 2017, ISKP and the Taliban jointly attacked several villages in the north.")]
    [InlineData("# ISKP\n\nISKP and the Taliban have at times worked together against Pakistan.")]
    public void Those_who_strike_together_work_together(string text)
    {
        Assert.Contains("islamic-state-khorasan pragmatic_partner taliban", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Eritrea\n\nEritrea has been heavily involved in the war against the TPLF in support of the Ethiopian government.", "eritrea ally ethiopia")]
    [InlineData("# Mali\n\nThe junta in Bamako has been relying on the support of the Wagner Group.", "wagner-group strategic_partner mali")]
    public void Support_named_by_a_phrase_ties_the_clauses_doer_not_the_one_fought(string text, string claim)
    {
        var claims = BundledPipeline.Asserted(text);

        Assert.Contains(claim, claims);
        Assert.DoesNotContain("tplf ally ethiopia", claims);
    }

    [Fact]
    public void A_war_fought_on_the_side_of_a_government_is_no_war_on_it()
    {
        var text = "# Saudi Arabia\n\nA Saudi-led coalition entered the war on the side of Yemen's exiled government in 2015.";

        Assert.DoesNotContain("yemen", BundledPipeline.AdversariesOf("saudi-arabia", text));
    }

    [Theory]
    [InlineData("# Ukraine\n\nIts partners help Kyiv resist Russian aggression.")]
    [InlineData("# Ukraine\n\nThe allies defend Ukraine's sovereignty against Russian aggression.")]
    public void A_nations_aggression_makes_it_the_foe_of_the_one_resisting(string text)
    {
        Assert.Contains("russia", BundledPipeline.AdversariesOf("ukraine", text));
    }

    [Fact]
    public void Fighting_jointly_near_a_capital_is_no_war_with_its_state()
    {
        var text = "# ISKP\n\nIn 2017, ISKP and the Taliban jointly fought near Kabul.";

        Assert.Empty(BundledPipeline.AdversariesOf("islamic-state-khorasan", text));
        Assert.Contains("islamic-state-khorasan pragmatic_partner taliban", BundledPipeline.Asserted(text));
    }
}
