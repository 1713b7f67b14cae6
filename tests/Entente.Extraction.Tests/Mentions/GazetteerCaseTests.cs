namespace Entente.Extraction.Tests.Mentions;

/// <summary>Case rules: names start with a capital; acronyms and codes count only in their capitals.</summary>
public sealed class GazetteerCaseTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Theory]
    [InlineData("we ate turkey and chad ordered china plates from jordan")]
    [InlineData("ask us about pij and irgc")]
    [InlineData("an Irn-Bru")]
    public void Lower_case_words_are_not_names(string text) => Assert.Empty(Names(text));

    [Fact]
    public void Capitalised_names_match()
    {
        Assert.Equal(["turkey:Turkey", "chad:Chad", "china:China", "jordan:Jordan"], Names("Turkey, Chad, China and Jordan"));
    }

    [Fact]
    public void Acronyms_match_in_capitals_only()
    {
        Assert.Equal(["palestinian-islamic-jihad:PIJ"], Names("PIJ and pij and Pij"));
        Assert.Equal(["united-states:US"], Names("the US told us"));
        Assert.Equal(["united-states:U.S.", "united-kingdom:UK"], Names("the U.S. and the UK"));
        Assert.Equal(["iran:IRN"], Names("code IRN"));
        Assert.Equal(["irgc:IRGC", "popular-mobilization-forces:PMF"], Names("IRGC advisers and PMF units"));
    }

    [Fact]
    public void A_bodys_acronym_read_as_a_word_matches_with_one_capital()
    {
        Assert.Equal(["nato:Nato", "aukus:Aukus", "ecowas:Ecowas"], Names("Nato, Aukus and Ecowas"));
        Assert.Empty(Names("nato and aukus"));
        // Only a body's: an armed group's acronym so written may be a name ("Isis"); one without a vowel after its first letter is never so written.
        Assert.Empty(Names("Isis and Tplf"));
    }

    [Fact]
    public void An_arabic_article_before_a_capitalised_word_may_be_lower_case()
    {
        Assert.Equal(["al-qaeda:al-Qaeda", "al-shabaab:Al-Shabaab"], Names("al-Qaeda and Al-Shabaab"));
        Assert.Empty(Names("al-qaeda"));
    }

    [Fact]
    public void Us_at_the_start_of_a_sentence_is_not_the_United_States() => Assert.Empty(Names("Us and them."));

    [Fact]
    public void Iso2_codes_are_never_names_in_prose()
    {
        Assert.Empty(Names("IN THE END"));
        Assert.Empty(Names("it IN fact IT was AS big"));
        Assert.Equal(["india:India"], Names("India IN"));
    }

    [Fact]
    public void All_caps_headlines_match_names_but_not_words_that_are_codes()
    {
        Assert.Equal(["iran:IRAN", "syria:SYRIA"], Names("IRAN AND SYRIA SIGN PACT"));
        Assert.Equal(["iran:IRAN"], Names("IRAN IS BACK"));
        Assert.Equal(["united-arab-emirates:UAE"], Names("WHO ARE THE ALLIES OF THE UAE?").Where(n => n != "world-health-organization:WHO"));
    }

    [Fact]
    public void Islamic_State_acronyms_match_in_capitals()
    {
        Assert.Equal(["islamic-state:ISIS", "islamic-state-khorasan:ISIS-K"], Names("ISIS and ISIS-K"));
        Assert.Empty(Names("Isis is a goddess"));
    }
}
