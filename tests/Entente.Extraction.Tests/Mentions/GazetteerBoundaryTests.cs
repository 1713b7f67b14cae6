namespace Entente.Extraction.Tests.Mentions;

/// <summary>Where a name starts and stops: word boundaries, compounds, and what may join two words of one name.</summary>
public sealed class GazetteerBoundaryTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void A_name_inside_a_longer_word_is_not_a_mention()
    {
        Assert.Empty(Names("Indiana and Omaha, Chadwick and Hamasville"));
        Assert.Equal(["nigeria:Nigeria"], Names("Nigeria"));
        Assert.Equal(["niger:Niger"], Names("Niger"));
        Assert.Equal(["dominican-republic:Dominican Republic"], Names("the Dominican Republic"));
    }

    [Fact]
    public void Demonym_compounds_name_the_state_whatever_follows_the_hyphen()
    {
        Assert.Equal(["russia:Russian"], Names("Russian-made drones"));
        Assert.Equal(["china:Chinese"], Names("Chinese-built radar"));
        Assert.Equal(["iran:Iranian", "russia:Russian"], Names("an Iranian-Russian deal"));
        Assert.Equal(["iran:Iran"], Names("the Iran-backed group"));
    }

    [Fact]
    public void Possessives_of_groups_and_capitals_name_the_actor()
    {
        Assert.Equal(["hezbollah:Hezbollah", "iran:Tehran"], Names("Hezbollah's arsenal and Tehran's reply"));
        Assert.Equal(["united-states:US"], Names("the US’s position"));
    }

    [Fact]
    public void Full_stops_commas_and_paragraph_breaks_end_a_name()
    {
        Assert.Equal("saudi-arabia:Saudi", Names("Saudi\n\nArabia")[0]);
        Assert.Equal(["saudi-arabia:Saudi\nArabia"], Names("Saudi\nArabia"));
        Assert.Equal(["iran:Iran", "syria:Syria"], Names("Iran. Syria"));
        Assert.Equal(["iran:Iran", "syria:Syria"], Names("Iran, Syria"));
    }

    [Fact]
    public void Iso3_codes_name_their_state_in_capitals() =>
        Assert.Equal(["iran:IRN", "iraq:IRQ", "syria:SYR"], Names("Codes: IRN, IRQ and SYR."));

    [Fact]
    public void Acronyms_that_are_not_words_count_in_a_shouted_headline() =>
        Assert.Equal(["popular-mobilization-forces:PMF", "irgc:IRGC"], Names("PMF AND IRGC UNITS MOVE NORTH"));

    [Fact]
    public void Acronyms_that_spell_words_count_only_outside_shouted_text()
    {
        Assert.Empty(Names("CAR BOMB HITS MARKET"));
        Assert.Equal(["russia:Russia", "central-african-republic:CAR"], Names("Russia's role in the CAR grew."));
        Assert.Empty(Names("WHAT IT MEANS FOR US"));
        Assert.Equal(["united-states:US", "united-kingdom:UK", "france:France"], Names("US, UK and France"));
    }
}
