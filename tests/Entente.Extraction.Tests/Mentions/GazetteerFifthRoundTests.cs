using Entente.Extraction.Tests.Claims;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// The Soviet Union, AFRICOM, the Five Eyes, the Palestinian Authority, the FDLR and SWAPO are found the way real
/// articles write them; "Soviet-era" and "post-Soviet" date things and name no one, Moscow stays Russia's, and the
/// names others share ("PA", "House of Representatives") name no one on their own.
/// </summary>
public sealed class GazetteerFifthRoundTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Theory]
    [InlineData("Russia still fields Soviet-era tanks.")]
    [InlineData("Post-Soviet states joined the CSTO.")]
    [InlineData("Kazakhstan, a former Soviet republic, buys Soviet-made helicopters.")]
    [InlineData("The CSTO was founded by six former Soviet Union republics after the Soviet collapse.")]
    public void Soviet_era_and_post_Soviet_date_things_and_name_no_one(string text) =>
        Assert.DoesNotContain(Names(text), n => n.StartsWith("soviet-union:", StringComparison.Ordinal));

    [Theory]
    [InlineData("Soviet troops entered Afghanistan in 1979.", "soviet-union:Soviet")]
    [InlineData("Migrants from the former Soviet Union settled in Israel.", "soviet-union:Soviet Union")]
    [InlineData("The USSR backed Cuba.", "soviet-union:USSR")]
    [InlineData("The Soviets backed Cuba.", "soviet-union:Soviets")]
    public void Soviet_troops_and_the_former_Soviet_Union_name_the_Soviet_Union(string text, string expected) =>
        Assert.Contains(expected, Names(text));

    [Fact]
    public void Moscow_stays_Russias_beside_the_Soviet_Union() =>
        Assert.Equal(["cuba:Cuba", "soviet-union:Soviet Union", "russia:Moscow"], Names("Cuba leaned on the Soviet Union until Moscow cut its aid."));

    [Fact]
    public void A_text_about_a_former_Soviet_republic_stays_about_that_republic() =>
        Assert.Equal("kazakhstan", BundledPipeline.Read("Kazakhstan, a former Soviet republic, is a close partner of Russia and relies on Soviet-era weapons.").Subject);

    [Theory]
    [InlineData("AFRICOM's commander visited Kenya.", "africom:AFRICOM")]
    [InlineData("U.S. AFRICOM said the strike killed militants.", "africom:U.S. AFRICOM")]
    [InlineData("The US Africa Command said it struck al-Shabaab.", "africom:US Africa Command")]
    public void AFRICOM_is_named_with_a_possessive_and_with_the_American_prefix(string text, string expected) =>
        Assert.Equal(expected, Names(text)[0]);

    [Fact]
    public void The_Five_Eyes_alliance_is_the_bloc() =>
        Assert.Equal(["five-eyes:Five Eyes alliance", "new-zealand:New Zealand"], Names("The Five Eyes alliance pressed New Zealand to take a harder line."));

    [Fact]
    public void Palestinian_Authority_President_is_the_Authority_and_its_president() =>
        Assert.Equal(
            ["palestinian-authority:Palestinian Authority", "palestine:Mahmoud Abbas", "egypt:Egypt"],
            Names("Palestinian Authority President Mahmoud Abbas met Egypt's president."));

    [Fact]
    public void The_bare_PA_names_no_one_on_its_own_but_the_Authority_where_the_text_names_it()
    {
        Assert.Empty(Names("The PA news agency reported the result."));
        var found = Assert.Single(BundledGazetteer.Instance.FindWithShared("The PA news agency reported the result."));
        Assert.Equal(("palestinian-authority", NameKind.Ambiguous), (found.ActorId, found.Kind));
        Assert.Equal("palestinian-authority", BundledPipeline.Read(
            "# The PA after Abbas\n\nThe Palestinian Authority was set up in 1994. The PA depends on foreign donors, and the PA's security forces answer to Ramallah.").Subject);
    }

    [Fact]
    public void FDLR_rebels_are_the_group() =>
        Assert.Equal(["fdlr:FDLR", "rwanda:Rwanda"], Names("FDLR rebels attacked Rwanda."));

    [Fact]
    public void SWAPO_led_is_SWAPO() =>
        Assert.Equal(["swapo:SWAPO", "namibia:Namibia", "cuba:Cuba"], Names("The SWAPO-led government of Namibia welcomed Cuba."));

    [Fact]
    public void The_House_of_Representatives_is_Libyas_only_where_named_so()
    {
        Assert.Equal(["united-states:US"], Names("The US House of Representatives passed the bill."));
        Assert.Equal(["libyan-house-of-representatives:Libya's House of Representatives", "libyan-national-army:Haftar"], Names("Libya's House of Representatives backed Haftar."));
    }
}
