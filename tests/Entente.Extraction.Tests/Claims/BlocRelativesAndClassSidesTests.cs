namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: a bloc's members named in a relative clause, and a tie "between" one actor and a class whose members follow.</summary>
public sealed class BlocRelativesAndClassSidesTests
{
    [Fact]
    public void A_relative_that_after_a_blocs_noun_names_its_members()
    {
        var text = "# The Gulf summit\n\nThe GCC is a bloc that includes Bahrain, Saudi Arabia and Kuwait.";

        Assert.Contains(BundledPipeline.Read(text).Claims, c => c.Subject == "kuwait" && c.Object == "gcc" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void A_relative_set_off_by_dashes_names_the_blocs_members()
    {
        var text = "# SADC and the Congo\n\nA summit of the 16-member Southern African Development Community - which includes South Africa, Angola and Tanzania - has backed the deployment.";

        Assert.Contains("angola", BundledPipeline.PartnersOf("sadc", text));
    }

    [Fact]
    public void Relations_normalised_between_a_state_and_a_class_reach_each_member_named()
    {
        var text = "# Israel and the Gulf\n\nThe Abraham Accords normalised relations between Israel and several Arab nations, including the United Arab Emirates, Bahrain and Morocco.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "israel" && c.Object == "bahrain" && c.Polarity == Polarity.Asserts);
        Assert.Contains(claims, c => c.Subject == "israel" && c.Object == "morocco" && c.Polarity == Polarity.Asserts);
        Assert.DoesNotContain(claims, c => c.Subject == "bahrain" && c.Object == "morocco");
    }

    [Fact]
    public void Members_of_one_side_of_a_fight_are_not_set_against_each_other()
    {
        var text = "# Lebanon front\n\nFighting between Israel and several armed groups, including Hezbollah and Hamas, went on for a year.";

        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "israel" && c.Object == "hamas" && c.Relation == RelationType.Adversary);
        Assert.DoesNotContain(claims, c => (c.Subject, c.Object) is ("hezbollah", "hamas") or ("hamas", "hezbollah"));
    }
}
