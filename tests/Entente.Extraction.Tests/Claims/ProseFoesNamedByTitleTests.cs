namespace Entente.Extraction.Tests.Claims;

/// <summary>Names a sentence sets against someone ("an anti-Israel front", "its archfoe Azerbaijan", "support for Taiwan" that a third party fights).</summary>
public sealed class ProseFoesNamedByTitleTests
{
    [Fact]
    public void A_name_after_anti_is_no_member_of_the_alliance_it_qualifies()
    {
        var text = "# The Houthi movement\n\nThe Houthis are a part of what has been called the \"Axis of Resistance\" - an anti-Israel and anti-American alliance of armed factions (Hamas, Hezbollah and Houthis) which is backed by Iran.";

        var partners = BundledPipeline.PartnersOf("houthis", text);

        Assert.DoesNotContain("israel", partners);
        Assert.Contains("hamas", partners);
    }

    [Fact]
    public void A_state_called_an_archfoe_is_an_adversary_not_an_ally()
    {
        var text = "# Armenia turns west\n\nYerevan is drifting away from its old ally Russia after Armenia lost the war to its archfoe Azerbaijan in 2023.";

        Assert.DoesNotContain("azerbaijan", BundledPipeline.PartnersOf("armenia", text));
        Assert.Contains("azerbaijan", BundledPipeline.AdversariesOf("armenia", text));
    }

    [Fact]
    public void One_who_presses_the_subject_to_end_its_support_for_another_is_no_partner()
    {
        var text = "# Palau and its friends\n\nChina has long tried to push Palau into ending its support for Taiwan.";

        var partners = BundledPipeline.PartnersOf("palau", text);

        Assert.DoesNotContain("china", partners);
    }
}
