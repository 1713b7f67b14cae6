namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// An observer of a bloc stands beside it, short of membership; one that has "only observer status" keeps its distance. A bloc
/// that says what a name is ("EU state Hungary") ties no one.
/// </summary>
public sealed class ProseObserversTests
{
    private const string Title = "# The Turkic summit\n\nThe Organization of Turkic States met in Ankara. ";

    [Fact]
    public void An_observer_partners_the_bloc_and_its_label_does_not()
    {
        var partners = BundledPipeline.PartnersOf("organization-of-turkic-states", Title + "Its full members are five states, while EU state Hungary and Turkmenistan have observer status.");

        Assert.Contains("hungary", partners);
        Assert.Contains("turkmenistan", partners);
        Assert.DoesNotContain("eu", partners);
    }

    [Fact]
    public void Only_an_observer_is_no_partner()
    {
        var text = "# Uzbekistan's distance\n\nUzbekistan keeps apart from Moscow's blocs. It has only observer status in the Eurasian Economic Union.";

        Assert.DoesNotContain("eaeu", BundledPipeline.PartnersOf("uzbekistan", text));
    }
}
