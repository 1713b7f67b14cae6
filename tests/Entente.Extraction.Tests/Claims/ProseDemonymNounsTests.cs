namespace Entente.Extraction.Tests.Claims;

/// <summary>A demonym right before a relation noun ("its Lebanese proxy Hezbollah") describes the noun: it is neither a party nor in the owner's way.</summary>
public sealed class ProseDemonymNounsTests
{
    private const string Title = "# Rabat and Tehran\n\nMorocco cut ties with Iran in 2018. ";

    [Fact]
    public void The_owner_stands_before_a_demonym_and_its_noun()
    {
        var claims = BundledPipeline.Asserted(Title + "Iran's Lebanese proxy Hezbollah trained fighters in Algeria.");

        Assert.Contains(claims, l => l.StartsWith("iran ", StringComparison.Ordinal) && l.EndsWith(" hezbollah", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demonym_before_the_noun_is_no_party_to_it()
    {
        var claims = BundledPipeline.Asserted(Title + "Tehran and its Lebanese proxy Hizballah trained fighters in Algeria.");

        Assert.DoesNotContain(claims, l => l.Contains("lebanon", StringComparison.Ordinal));
    }
}
