namespace Entente.Extraction.Tests.Claims;

/// <summary>A name after a comma that reports what came before ("…, the White House said on Tuesday") is no member of the list before it.</summary>
public sealed class ProseReportersAfterListsTests
{
    [Fact]
    public void A_reporter_after_a_comma_does_not_join_the_list()
    {
        var text = "# Solomon Islands and China\n\nCanberra is worried by a security pact between China and the Solomon Islands, the White House said on Tuesday.";

        var partners = BundledPipeline.PartnersOf("solomon-islands", text);

        Assert.Contains("china", partners);
        Assert.DoesNotContain("united-states", partners);
    }
}
