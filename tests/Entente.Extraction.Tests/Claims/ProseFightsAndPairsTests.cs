namespace Entente.Extraction.Tests.Claims;

/// <summary>Another's fight, members after a speech verb, objects of infinitives, a nation's own borders and "the two sides".</summary>
public sealed class ProseFightsAndPairsTests
{
    [Fact]
    public void A_foe_of_anothers_fight_is_no_counterpart_of_the_subject()
    {
        var text = "# Jordan\n\nJordan's help to Israel came as a surprise, since the kingdom has been a source of criticism of Israel's war against Hamas.";

        Assert.DoesNotContain("hamas", BundledPipeline.AdversariesOf("jordan", text));
        Assert.DoesNotContain("hamas", BundledPipeline.PartnersOf("jordan", text));
    }

    [Fact]
    public void Members_named_after_a_speech_verb_are_no_membership_of_the_speaker()
    {
        var text = "# Al-Qaeda in Afghanistan\n\nThe UN report says members of al-Qaeda live in former diplomatic areas of Kabul.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "united-nations" && c.Object == "al-qaeda");
    }

    [Fact]
    public void The_object_of_an_infinitive_is_not_the_doer_of_the_next_verb()
    {
        var text = "# Hungary\n\nBudapest has blocked weapons from passing through its territory to reach Ukraine and deepened energy ties with Moscow.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "ukraine" && c.Object == "russia");
        Assert.DoesNotContain("ukraine", BundledPipeline.PartnersOf("hungary", text));
    }

    [Fact]
    public void Defending_the_nations_borders_ties_no_one()
    {
        var text = "# The TTP\n\n\"Should the other side violate Afghanistan's territorial integrity again, our forces stand ready to defend the nation's borders,\" the ministry said.";

        Assert.DoesNotContain("afghanistan", BundledPipeline.PartnersOf("ttp", text));
    }

    [Fact]
    public void What_the_two_sides_do_is_theirs_not_the_subjects()
    {
        var text = "# The TTP\n\nThe conflict between Pakistan and Afghanistan is not new, and the two sides have been at loggerheads for some time.";

        Assert.Empty(BundledPipeline.AdversariesOf("ttp", text));
    }

    [Fact]
    public void A_view_someone_holds_is_no_tie_of_the_subject()
    {
        var text = "# Uganda\n\nThe Ugandan leader has echoed the Russian line that the invasion was prompted by the perceived threat of NATO.";

        Assert.DoesNotContain("nato", BundledPipeline.AdversariesOf("uganda", text));
    }

    [Fact]
    public void The_land_a_leader_leads_is_no_counterpart()
    {
        var text = "# Libyan National Army\n\nKhalifa Haftar, the commander of the LNA and self-proclaimed leader of Libya, has only a select few international allies.";

        Assert.DoesNotContain("libya", BundledPipeline.PartnersOf("libyan-national-army", text));
    }

    [Fact]
    public void What_a_condition_supposes_is_not_said()
    {
        var text = "# Saudi Arabia\n\nThe paper quoted U.S. and Saudi officials as saying that if Tehran does stop arming the Houthis, it could push the group to a deal.";

        Assert.DoesNotContain("houthis", BundledPipeline.PartnersOf("saudi-arabia", text));
    }

    [Fact]
    public void Unnamed_fellow_fighters_between_the_ally_and_against_leave_the_common_foe()
    {
        var text = "# Kataib Sayyid al-Shuhada\n\nThe group fights alongside the Iraqi Government and other Shiite paramilitaries against the Islamic State.";

        Assert.Contains("islamic-state", BundledPipeline.AdversariesOf("kataib-sayyid-al-shuhada", text));
        Assert.Contains("iraq", BundledPipeline.PartnersOf("kataib-sayyid-al-shuhada", text));
    }
}
