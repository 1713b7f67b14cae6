namespace Entente.Extraction.Tests.Claims;

/// <summary>"after Russia first invaded Ukraine": a name before a verb does it past a time word or a manner adverb too.</summary>
public sealed class ProseAdverbDoersTests
{
    [Theory]
    [InlineData("Sweden applied to join NATO after Russia first invaded Ukraine.")]
    [InlineData("Sweden applied to join NATO after Russia swiftly invaded Ukraine.")]
    public void A_name_before_an_adverb_and_its_verb_does_the_verb(string sentence)
    {
        var text = "# Sweden's road to NATO\n\nSweden is a Nordic state. " + sentence;

        Assert.DoesNotContain("ukraine", BundledPipeline.AdversariesOf("sweden", text));
        Assert.Contains("russia adversary ukraine", BundledPipeline.Asserted(text));
    }
}
