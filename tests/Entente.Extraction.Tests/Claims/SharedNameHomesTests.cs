namespace Entente.Extraction.Tests.Claims;

/// <summary>A shared name that the document names none of its owners by goes to the owner whose home state it names; a state has no tie to the government that rules it.</summary>
public sealed class SharedNameHomesTests
{
    [Fact]
    public void A_shared_name_goes_to_the_owner_whose_home_the_document_names()
    {
        var text = "# Who is Islamic Jihad?\n\nIslamic Jihad is a Palestinian militant group. Iran funds Islamic Jihad, Palestinian officials say.";

        var claims = BundledPipeline.Asserted(text);

        Assert.Contains(claims, l => l.StartsWith("iran ", StringComparison.Ordinal) && l.EndsWith(" palestinian-islamic-jihad", StringComparison.Ordinal));
        Assert.DoesNotContain(claims, l => l.Contains("hezbollah", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_is_no_rival_of_the_government_that_rules_it()
    {
        var text = "# Libya abroad\n\nLibya has been split since 2014 between a government in Tripoli (the Government of National Unity of Libya since 2021) and rival authorities in the east.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), l => l.Contains("government-of-national-unity", StringComparison.Ordinal));
    }
}
