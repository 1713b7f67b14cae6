namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Sentences whose cue belongs to someone the sentence names by what they are ("groups with strong ties to China",
/// "Syrian rebels", "partners in the region"), to a label another gave ("condemned … as aggression"), or to a tie only
/// weighed or taken away: none of them ties the document's subject to the actor named near the cue.
/// </summary>
public sealed class ProseOthersPlacesTests
{
    [Fact]
    public void Armed_before_a_kind_of_organisation_arms_no_one()
    {
        var text = "# Arakan Army notes\n\nThese are the two biggest and strongest ethnic armed organisations based along Myanmar's border with China.";

        Assert.DoesNotContain("myanmar", BundledPipeline.PartnersOf("arakan-army", text));
    }

    [Fact]
    public void Ties_held_by_unnamed_groups_are_not_the_subjects()
    {
        var groups = "# Arakan Army notes\n\nThe AA has been closely linked to groups with strong ties to China.";
        var own = "# The Arakan Army\n\nThe AA, with strong ties to China, fights on.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("arakan-army", groups));
        Assert.Contains("china", BundledPipeline.PartnersOf("arakan-army", own));
    }

    [Fact]
    public void A_states_rebels_are_not_the_state()
    {
        var text = "# UAE accused of supplying arms to Sudan rebels via Chad airstrip\n\nDozens of cargo planes from the United Arab Emirates have landed at a small airstrip in Chad.";

        Assert.DoesNotContain("sudan", BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void Forces_named_by_their_country_fill_the_place_the_subject_would_take()
    {
        var text = "# The UAE in Sudan\n\nThe UAE denies the reports. Iran supplies arms to Syrian rebels.";

        Assert.DoesNotContain("iran", BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void A_cue_after_a_fronted_phrase_does_not_reach_back_into_it()
    {
        var text = "# Iran's allies\n\nDuring the bombings between Iran, Israel and the U.S. and up to now with a tenuous ceasefire, Iran's allies have given only a very muted response.";
        var relative = "# France leaves the Sahel\n\nAfter the forced departure of French soldiers from Mali, Burkina Faso and then Niger, where hostile juntas were established, Chad was the last Sahelian country to host them.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("iran", text));
        Assert.Contains("burkina-faso", BundledPipeline.AdversariesOf("france", relative));
    }

    [Fact]
    public void Who_condemns_an_act_as_aggression_is_no_party_to_it()
    {
        var text = "# Iran's allies\n\nMoscow condemned Israel's strike on Iran as \"unprovoked aggression\".";

        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("iran", text));
        Assert.Contains("israel", BundledPipeline.AdversariesOf("iran", text));
    }

    [Fact]
    public void A_partnership_whose_benefits_are_weighed_does_not_exist_yet()
    {
        var weighed = "# Paraguay and Taiwan\n\nXu asserted that the benefits of a partnership with China would outweigh Taiwan's support.";
        var existing = "# Kazakhstan's foreign policy\n\nKazakhstan pursued a multi-vector foreign policy, recognising the benefits of cooperation with China.";

        Assert.DoesNotContain("china", BundledPipeline.PartnersOf("paraguay", weighed));
        Assert.Contains("china", BundledPipeline.PartnersOf("kazakhstan", existing));
    }

    [Fact]
    public void A_suspended_membership_is_no_membership()
    {
        var text = "# China's Diplomatic Spree in Post-Coup Gabon\n\nGabon's membership of the Commonwealth, African Union, and Economic Community of Central African States was also partially or fully suspended.";

        Assert.DoesNotContain("african-union", BundledPipeline.PartnersOf("gabon", text));
    }

    [Fact]
    public void Partners_placed_in_a_region_are_no_one_the_sentence_names()
    {
        var text = "# UAE accused of arming the RSF\n\nThe US and its allies are engaged in senior-level dialogue with partners in the region to underscore the perils of supporting the belligerents.";

        Assert.DoesNotContain("united-states", BundledPipeline.PartnersOf("united-arab-emirates", text));
    }

    [Fact]
    public void A_message_or_an_office_handed_on_is_no_aid()
    {
        var message = "# Niger's junta turns to Russia\n\nGeneral Tchiani, however, sent a strong message to ECOWAS leaders.";
        var office = "# Uruguay's trade ambitions\n\nUruguay transferred the Mercosur presidency to Argentina.";

        Assert.DoesNotContain("ecowas", BundledPipeline.PartnersOf("niger", message));
        Assert.DoesNotContain(BundledPipeline.Read(office).Claims, c => c.Subject == "uruguay" && c.Relation == RelationType.StrategicPartner);
    }
}
