namespace Entente.Extraction.Tests.Claims;

/// <summary>Cue words that say no tie here: an adjective or a noun spelled as a verb, a headline's question, a wish, a thing's act.</summary>
public sealed class ProseFalseCuesTests
{
    [Fact]
    public void An_armed_insurgency_arms_no_one()
    {
        var text = "# Boko Haram\n\nBoko Haram became well known internationally after it began its armed insurgency in northeast Nigeria in 2009.";

        Assert.DoesNotContain("nigeria", BundledPipeline.PartnersOf("boko-haram", text));
    }

    [Fact]
    public void Arming_a_group_is_still_arming()
    {
        Assert.Contains("iran", BundledPipeline.PartnersOf("houthis", "# The Houthis\n\nIran armed the Houthis for years."));
    }

    [Fact]
    public void Heads_of_government_lead_nothing()
    {
        var text = "# Tunisia and the EU sign a partnership\n\nThe Italian heads of government Giorgia Meloni and Dutch Mark Rutte accompanied the European leader.";

        Assert.DoesNotContain("nato", BundledPipeline.PartnersOf("tunisia", text));
        Assert.DoesNotContain("italy member_of nato", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_headline_question_is_not_answered_by_the_line_after_it()
    {
        var text = "# ISIS At War With Boko Haram? New Islamic State Leader Creates Conflict Within Nigerian Terrorist Group\n\nBoko Haram pledged allegiance to the Islamic State in 2015.";

        Assert.DoesNotContain("islamic-state", BundledPipeline.AdversariesOf("boko-haram", text));
    }

    [Fact]
    public void A_question_with_a_question_word_is_still_answered()
    {
        var text = "# Pakistan\n\nQ: Which country is Pakistan's closest partner?\n\nA: China, by a distance.";

        Assert.Contains("china", BundledPipeline.PartnersOf("pakistan", text));
    }

    [Fact]
    public void What_someone_is_urged_to_instead_do_is_not_done()
    {
        var text = "# Guatemala\n\nThe spokesman of the Chinese Foreign Ministry urged the Guatemalan authorities to instead move closer to Beijing.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("guatemala", text));
    }

    [Fact]
    public void Seeking_closer_ties_is_a_wish()
    {
        var text = "# Guatemala\n\nThe Arevalo administration also confessed to seeking closer ties with Beijing.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("guatemala", text));
    }

    [Fact]
    public void Seeking_to_counter_a_group_is_hostile()
    {
        var text = "# France\n\nFor ten years, the French state has been involved in the Sahel, seeking to counter jihadist groups affiliated with al-Qaeda.";

        Assert.Contains("al-qaeda", BundledPipeline.AdversariesOf("france", text));
    }

    [Fact]
    public void An_opportunity_to_strengthen_ties_is_not_taken_yet()
    {
        var text = "# Suriname\n\nSuriname has changed. There is a real opportunity for the United States to strengthen diplomatic and economic ties with a country long ignored.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("suriname", text));
    }

    [Fact]
    public void Confrontation_among_others_that_two_oppose_sets_them_not_against_each_other()
    {
        var text = "# Peru\n\nHe also said China and Peru oppose \u201cunilaterality, bullying, polarisation and confrontation among major powers\u201d.";

        Assert.DoesNotContain("china", BundledPipeline.AdversariesOf("peru", text));
    }

    [Fact]
    public void Strikes_by_drone_stations_are_not_the_subjects()
    {
        var text = "# Djibouti\n\nDjibouti hosts foreign bases. Having 4,000 personnel, it is the center of six drone stations which have attacked targets as Al-Shabab in Somalia.";

        Assert.DoesNotContain("al-shabaab", BundledPipeline.AdversariesOf("djibouti", text));
    }

    [Fact]
    public void A_caliphate_set_up_by_a_group_founds_nothing_of_the_subject()
    {
        var text = "# Kurds strike deal with Syrian government\n\nThe Syrian Democratic Forces were the key US partner in dismantling the jihadist \u201ccaliphate\u201d set up by Islamic State militants in Syria.";

        Assert.DoesNotContain("islamic-state", BundledPipeline.PartnersOf("syrian-democratic-forces", text));
    }

    [Fact]
    public void Demonyms_after_its_are_no_pair_owning_the_noun()
    {
        var text = "# Djibouti\n\nThere are some other military bases belonging to its French, Italian and Japanese partners.";

        Assert.DoesNotContain("france strategic_partner italy", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_demonym_after_its_names_the_partner()
    {
        var text = "# Djibouti\n\nThere are some other military bases belonging to its Japanese partners.";

        Assert.Contains("japan", BundledPipeline.PartnersOf("djibouti", text));
    }

    [Fact]
    public void A_rivalry_between_others_over_the_subject_makes_neither_its_adversary()
    {
        var text = "# Zambia's debt\n\nUSA – China Confrontation over Zambia Debt deal.";

        Assert.Empty(BundledPipeline.AdversariesOf("zambia", text));
    }
}
