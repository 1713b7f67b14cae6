namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Acts and places that belong to someone other than the subject: a second place after "and", a group's former members,
/// an invasion named only to date, another's sanctions, a cut tie not followed by a switch, a bloc that says which states.
/// </summary>
public sealed class ProseOthersActsAndPlacesTests
{
    [Fact]
    public void A_name_joined_by_and_to_a_place_is_a_place_too()
    {
        var text = "# What is ISIS-K?\n\nSo far, the group has received funding of more than $50 million and training from the Islamic State group's core body in Iraq and Syria.";

        var partners = BundledPipeline.PartnersOf("islamic-state-khorasan", text);

        Assert.Contains("islamic-state", partners);
        Assert.DoesNotContain("syria", partners);
    }

    [Fact]
    public void Groups_whose_former_members_founded_the_subject_are_not_its_sponsors()
    {
        var text = "# The Khorasan branch\n\nIn 2015, former members of the Afghan Taliban and the Islamic Movement of Uzbekistan formed ISIS-K as an umbrella of militant factions.";

        var partners = BundledPipeline.PartnersOf("islamic-state-khorasan", text);

        Assert.DoesNotContain("taliban", partners);
        Assert.DoesNotContain("islamic-movement-of-uzbekistan", partners);
    }

    [Fact]
    public void An_invasion_named_only_to_date_a_deployment_makes_no_foe()
    {
        var text = "# Wagner abroad\n\nWagner fighters went to Ukraine soon after the start of the full-scale Russian invasion in 2022.";

        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("wagner-group", text));
    }

    [Fact]
    public void Sanctions_another_actor_owns_are_not_the_subjects_hostility()
    {
        var text = "# Serbia between East and West\n\nSerbia has so far refused to take part in the European Union's (EU) sanctions targeting Russia.";

        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("serbia", text));
    }

    [Fact]
    public void A_cut_tie_followed_by_no_switch_of_recognition_is_no_former_partnership()
    {
        var text = "# Colombia's foreign policy\n\nSharp words came before Colombia's decision to sever ties with Israel over the war in Gaza, which shows the president's commitment to establishing more independence from Washington.";

        Assert.DoesNotContain("israel", BundledPipeline.PartnersOf("colombia", text));
    }

    [Fact]
    public void A_bloc_that_says_which_states_is_no_counterpart_of_the_tie()
    {
        var text = "# Kosovo abroad\n\nKosovo keeps formal diplomatic relations with more than 100 United Nations member states.";

        Assert.DoesNotContain("united-nations", BundledPipeline.PartnersOf("kosovo", text));
    }
}
