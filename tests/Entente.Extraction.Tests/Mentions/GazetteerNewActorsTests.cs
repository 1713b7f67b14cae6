namespace Entente.Extraction.Tests.Mentions;

/// <summary>Actors added from real coverage (data/actors/more-groups.yaml) are found the way articles write them.</summary>
public sealed class GazetteerNewActorsTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void An_acronym_in_capitals_names_the_group() =>
        Assert.Equal(["sudanese-armed-forces:SAF", "rapid-support-forces:RSF"], Names("The SAF retook the bridge from the RSF on Monday."));

    [Fact]
    public void An_alias_in_a_sentence_names_the_group() =>
        Assert.Equal(["algeria:Algiers", "polisario-front:Frente Polisario"], Names("Algiers still arms the Frente Polisario, diplomats say."));

    [Fact]
    public void An_acronym_in_lower_case_is_not_a_name() =>
        Assert.Empty(Names("the tplf and lna and gna files were saf to read"));

    [Fact]
    public void A_generic_government_title_names_no_one_on_its_own() =>
        Assert.DoesNotContain(Names("South Africa's Government of National Unity met in Pretoria."), n => n.StartsWith("government-of-national-unity:", StringComparison.Ordinal));
}
