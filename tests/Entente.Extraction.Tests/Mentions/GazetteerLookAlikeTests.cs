namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// Names written with a look-alike of the character the data spells them with match all the same: the data writes
/// straight apostrophes only ("Da'esh", "Côte d'Ivoire"). Spaces need nothing here: the cleaner turns every kind of
/// space into a plain one before the gazetteer reads the text.
/// </summary>
public sealed class GazetteerLookAlikeTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Theory]
    [InlineData("Da’esh claimed the attack.", "Da’esh")]
    [InlineData("Da‘esh claimed the attack.", "Da‘esh")]
    [InlineData("Da′esh claimed the attack.", "Da′esh")]
    public void Daesh_with_any_apostrophe_is_the_Islamic_State(string text, string surface) =>
        Assert.Equal([$"islamic-state:{surface}"], Names(text));

    [Theory]
    [InlineData("Troops left Côte d’Ivoire in 2025.", "Côte d’Ivoire")]
    [InlineData("Troops left Cote d’Ivoire in 2025.", "Cote d’Ivoire")]
    [InlineData("Troops left Côte d′Ivoire in 2025.", "Côte d′Ivoire")]
    public void Cote_dIvoire_with_a_curly_apostrophe_is_Ivory_Coast(string text, string surface) =>
        Assert.Equal([$"ivory-coast:{surface}"], Names(text));

    [Fact]
    public void A_prime_for_an_apostrophe_still_makes_a_possessive() =>
        Assert.Equal(["iran:Iran", "syria:Syria"], Names("Iran′s ally Syria"));

    [Theory]
    [InlineData("an Iran–backed militia")]
    [InlineData("an Iran‑backed militia")]
    [InlineData("an Iran‐backed militia")]
    public void A_dash_of_any_kind_in_a_compound_leaves_the_name(string text) =>
        Assert.Equal(["iran:Iran"], Names(text));
}
