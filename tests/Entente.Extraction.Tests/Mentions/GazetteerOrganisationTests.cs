namespace Entente.Extraction.Tests.Mentions;

/// <summary>The United Nations, SADC, IGAD, the Saudi-led coalition and the YPG are found the way articles write them, and nowhere else.</summary>
public sealed class GazetteerOrganisationTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void The_UN_is_named_in_full_by_its_acronym_with_or_without_dots_and_by_its_councils() =>
        Assert.Equal(
            ["united-nations:United Nations", "united-nations:UN", "united-nations:U.N.", "united-nations:U.N. Security Council", "united-nations:UN General Assembly"],
            Names("The United Nations met; the UN agreed, the U.N. voted, the U.N. Security Council and the UN General Assembly too."));

    [Fact]
    public void The_acronym_UN_counts_only_in_capitals() =>
        Assert.Empty(Names("Le mot un est court; Un aussi."));

    [Fact]
    public void A_UN_compound_names_the_UN() =>
        Assert.Equal(["united-nations:UN", "yemen:Yemen"], Names("a UN-brokered truce in Yemen"));

    [Fact]
    public void A_security_council_without_the_UN_is_not_the_UN()
    {
        Assert.Equal(["iran:Iran"], Names("Iran's Supreme National Security Council met."));
        Assert.Empty(Names("The Security Council met on Tuesday."));
    }

    [Fact]
    public void The_secretary_general_by_name_stands_for_the_UN() =>
        Assert.Equal(["united-nations:Guterres"], Names("Guterres called for restraint."));

    [Fact]
    public void Regional_blocs_are_named_in_full_and_by_acronym() =>
        Assert.Equal(
            ["sadc:Southern African Development Community", "sadc:SADC", "igad:Intergovernmental Authority on Development", "igad:IGAD"],
            Names("The Southern African Development Community (SADC) and the Intergovernmental Authority on Development (IGAD) met."));

    [Fact]
    public void The_Saudi_led_coalition_is_one_name() =>
        Assert.Equal(["saudi-led-coalition:Saudi-led coalition", "houthis:Houthis"], Names("The Saudi-led coalition struck the Houthis."));

    [Fact]
    public void The_YPG_is_named_by_acronym_and_in_full() =>
        Assert.Equal(["ypg:YPG", "ypg:People's Protection Units"], Names("The YPG, or People's Protection Units, held Kobani."));
}
