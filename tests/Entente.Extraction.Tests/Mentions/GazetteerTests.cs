using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Mentions;

public sealed class GazetteerTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void A_capital_city_stands_for_its_state()
    {
        var mention = Assert.Single(BundledGazetteer.Instance.Find("Tehran denied the report."));
        Assert.Equal(new Mention(0, 6, "iran", NameKind.Capital, "Tehran"), mention);
        Assert.Equal(["russia:Moscow", "united-states:Washington"], Names("Moscow and Washington disagreed."));
    }

    [Fact]
    public void A_demonym_in_a_hyphen_compound_names_the_state_and_covers_only_the_name()
    {
        var mention = Assert.Single(BundledGazetteer.Instance.Find("Iranian-backed militias struck again."));
        Assert.Equal(new Mention(0, 7, "iran", NameKind.Demonym, "Iranian"), mention);
        Assert.Equal(["iran:Iranian"], Names("a pro-Iranian cleric"));
        Assert.Equal(["iran:Iran"], Names("an Iran-aligned faction"));
        Assert.Equal(["hezbollah:Hezbollah"], Names("the Hezbollah-led bloc"));
        Assert.Equal(["saudi-arabia:Saudi"], Names("the Saudi-backed government"));
    }

    [Fact]
    public void Demonyms_name_their_state_in_the_singular_and_the_plural()
    {
        Assert.Equal(["iran:Iranian"], Names("Iranian officials said"));
        Assert.Equal(["iran:Iranians", "iraq:Iraqis"], Names("Iranians and Iraqis met"));
        Assert.Equal(NameKind.Demonym, BundledGazetteer.Instance.Find("Iranian officials")[0].Kind);
    }

    [Fact]
    public void Possessives_name_the_actor_without_the_apostrophe()
    {
        Assert.Equal(["iran:Iran"], Names("Iran's proxies"));
        Assert.Equal(["iran:Iran"], Names("Iran’s proxies"));
        Assert.Equal(["houthis:Houthis"], Names("the Houthis' missiles"));
    }

    [Theory]
    [InlineData("Kata'ib Hezbollah fired rockets.")]
    [InlineData("Kataib Hezbollah fired rockets.")]
    [InlineData("Kata’ib Hezbollah fired rockets.")]
    public void Kataib_Hezbollah_is_one_name_however_the_apostrophe_is_written(string text)
    {
        var mention = Assert.Single(BundledGazetteer.Instance.Find(text));
        Assert.Equal("kataib-hezbollah", mention.ActorId);
        Assert.Equal(0, mention.Start);
        Assert.Equal(text.IndexOf(" fired", StringComparison.Ordinal), mention.End);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        Assert.Equal(["palestinian-islamic-jihad:Palestinian Islamic Jihad"], Names("Palestinian Islamic Jihad said"));
        Assert.Equal(["saudi-arabia:Saudi Arabia"], Names("Saudi Arabia and"));
        Assert.Equal(["north-korea:Democratic People's Republic of Korea"], Names("the Democratic People's Republic of Korea"));
        Assert.Equal(["islamic-state-khorasan:Islamic State – Khorasan Province"], Names("Islamic State – Khorasan Province claimed it"));
    }

    [Fact]
    public void Aliases_name_the_actor()
    {
        Assert.Equal(["houthis:Ansar Allah"], Names("Ansar Allah announced"));
        Assert.Equal(["turkey:Türkiye", "turkey:Turkiye"], Names("Türkiye, or Turkiye,"));
        Assert.Equal(["popular-mobilization-forces:al-Hashd al-Shaabi"], Names("units of al-Hashd al-Shaabi moved"));
        Assert.Equal(["hamas:al-Qassam Brigades"], Names("the al-Qassam Brigades"));
    }

    [Fact]
    public void A_native_name_with_diacritics_counts_only_as_written()
    {
        Assert.Equal(["iceland:Ísland"], Names("Ísland joined in 1949."));
        Assert.Empty(Names("Most Pacific Island countries"));
        Assert.Equal(["spain:España"], Names("España and"));
    }

    [Fact]
    public void Ambiguous_names_name_no_one()
    {
        Assert.Empty(Names("Korea and Congo"));
        Assert.Empty(Names("Islamic Jihad claimed the attack"));
        Assert.Empty(Names("Congolese troops"));
        Assert.Equal(["south-korea:South Korea"], Names("South Korea"));
    }

    [Fact]
    public void Seas_and_regions_named_after_a_state_name_no_one()
    {
        Assert.Empty(Names("Indian Ocean Security Programme"));
        Assert.Empty(Names("patrols in the South China Sea and the Gulf of Guinea"));
        Assert.Empty(Names("Latin American and North American leaders"));
        Assert.Empty(BundledGazetteer.Instance.FindWithShared("the Persian Gulf and the Sea of Japan"));
        Assert.Equal(["india", "china"], Names("Indian troops and the China Sea fleet").Select(n => n.Split(':')[0]));
    }

    [Fact]
    public void A_territory_named_after_a_state_names_no_one()
    {
        Assert.Empty(Names("Guam and American Samoa became associate members"));
        Assert.Empty(Names("the governor of New Mexico"));
        Assert.Equal(["samoa"], Names("Samoa and Tonga").Select(n => n.Split(':')[0]).Where(n => n == "samoa"));
    }

    [Fact]
    public void Other_demonyms_and_their_plurals_name_their_state()
    {
        Assert.Equal(["philippines:Philippine", "turkey:Turks"], Names("Philippine forces and Turks"));
    }

    [Fact]
    public void A_capital_that_ends_another_places_name_names_no_state()
    {
        Assert.Empty(Names("troops retook Mocimboa da Praia within weeks"));
        Assert.Equal(["cape-verde:Praia"], Names("talks in Praia"));
    }

    [Fact]
    public void A_capital_naming_a_process_or_an_accord_names_no_state()
    {
        Assert.Empty(Names("the Montevideo Mechanism was activated"));
        Assert.Empty(Names("the Minsk Group and the Astana Process"));
        Assert.Equal(["uruguay:Montevideo"], Names("talks in Montevideo began"));
        Assert.Equal(["belarus:Minsk"], Names("Minsk Agreed to host them"));
    }

    [Fact]
    public void Seats_of_government_stand_for_their_states()
    {
        Assert.Equal(["russia:Kremlin"], Names("the Kremlin-backed militia"));
        Assert.Equal(["united-kingdom:Downing Street"], Names("Downing Street said"));
        Assert.Equal(["united-states:Pentagon"], Names("the Pentagon's budget"));
    }

    [Fact]
    public void Shared_names_are_offered_with_every_actor_that_shares_them()
    {
        var gazetteer = BundledGazetteer.Instance;

        var shared = Assert.Single(gazetteer.FindWithShared("Islamic Jihad claimed the attack"));

        Assert.Equal((NameKind.Ambiguous, "Islamic Jihad"), (shared.Kind, shared.Surface));
        Assert.Equal(["hezbollah", "palestinian-islamic-jihad"], gazetteer.SharedBy(shared).Order(StringComparer.Ordinal));
        Assert.Equal(["south-korea"], gazetteer.FindWithShared("South Korea").Select(m => m.ActorId));
    }

    [Fact]
    public void A_demonym_two_states_write_alike_is_offered_with_both()
    {
        var gazetteer = BundledGazetteer.Instance;

        var shared = Assert.Single(gazetteer.FindWithShared("Congolese troops"));

        Assert.Equal(NameKind.Ambiguous, shared.Kind);
        Assert.Equal(["dr-congo", "republic-of-the-congo"], gazetteer.SharedBy(shared).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_are_not_names_in_prose() => Assert.Empty(Names("see north-korea and saudi-arabia"));

    [Fact]
    public void Offsets_point_at_the_mention_in_the_text()
    {
        const string text = "On Monday, Hezbollah and the IRGC met in Beirut; Iraqi PMF units (Kata'ib Hezbollah) joined.";
        var mentions = BundledGazetteer.Instance.Find(text);
        Assert.Equal(["hezbollah", "irgc", "lebanon", "iraq", "popular-mobilization-forces", "kataib-hezbollah"], mentions.Select(m => m.ActorId));
        Assert.All(mentions, m => Assert.Equal(text[m.Start..m.End], m.Surface));
    }

    [Fact]
    public void Offsets_can_be_shifted_to_the_document()
    {
        var mentions = new List<Mention>();
        BundledGazetteer.Instance.Find("Syria and Iran".AsSpan(), mentions, offset: 100);
        Assert.Equal([(100, 105), (110, 114)], mentions.Select(m => (m.Start, m.End)));
        Assert.Equal(2, BundledGazetteer.Instance.Count("Syria and Iran"));
    }

    [Fact]
    public void One_gazetteer_serves_many_threads()
    {
        const string text = "Tehran armed Hezbollah, the Houthis and PIJ; Moscow and Beijing looked on.";
        var expected = Names(text);
        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = Names(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
