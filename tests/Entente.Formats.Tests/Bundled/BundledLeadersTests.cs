using Entente.Formats.Bundled;

namespace Entente.Formats.Tests.Bundled;

/// <summary>`leaders:` on actors and blocs: validated with their place, mapped to names of kind Leader.</summary>
public sealed class BundledLeadersTests
{
    private const string States = """
        actors:
          - id: azerbaijan
            kind: state
            name: Azerbaijan
            officialName: Republic of Azerbaijan
            iso2: AZ
            iso3: AZE
            capital: Baku
            demonym: Azerbaijani
            leaders:
              - {name: Ilham Aliyev, short: Aliyev, role: president, since: 2003-10}
              - {name: Jeyhun Bayramov, short: Bayramov, role: foreign minister, since: 2020-07}
          - id: turkey
            kind: state
            name: Turkey
            officialName: Republic of Türkiye
            iso2: TR
            iso3: TUR
            capital: Ankara
            demonym: Turkish
            leaders:
              - {name: Recep Tayyip Erdoğan, short: Erdoğan, variants: [Recep Tayyip Erdogan, Erdogan], role: president, since: 2014-08}
        """;

    private const string Blocs = """
        blocs:
          - id: nato
            name: North Atlantic Treaty Organization
            type: defence_alliance
            since: 1949
            leaders:
              - {name: Mark Rutte, short: Rutte, role: secretary-general, since: 2024-10-01}
        """;

    private static BundledKnowledge Read(string states, string blocs = Blocs) =>
        BundledKnowledge.Read([new BundledFile("data/actors/states.yaml", states), new BundledFile("data/blocs.yaml", blocs)]);

    private static IReadOnlyList<ActorName> NamesOf(string id) =>
        Read(States).Batch.Actors.Single(a => a.Id == id).Names;

    [Fact]
    public void Good_leaders_have_no_problems() => Assert.Empty(Read(States).Problems);

    [Fact]
    public void A_leaders_full_name_and_surname_become_leader_names_of_the_actor()
    {
        var leaders = NamesOf("azerbaijan").Where(n => n.Kind == NameKind.Leader).Select(n => n.Text);
        Assert.Equal(["Ilham Aliyev", "Aliyev", "Jeyhun Bayramov", "Bayramov"], leaders);
    }

    [Fact]
    public void Spelling_variants_are_leader_names_too()
    {
        var leaders = NamesOf("turkey").Where(n => n.Kind == NameKind.Leader).Select(n => n.Text);
        Assert.Equal(["Recep Tayyip Erdoğan", "Erdoğan", "Recep Tayyip Erdogan", "Erdogan"], leaders);
    }

    [Fact]
    public void A_blocs_leader_names_the_bloc()
    {
        var nato = Read(States).Batch.Actors.Single(a => a.Id == "nato");
        Assert.Contains(new ActorName("Rutte", NameKind.Leader), nato.Names);
    }

    [Fact]
    public void A_leader_without_a_name_is_reported_with_file_and_actor()
    {
        var problems = Read(States.Replace("{name: Jeyhun Bayramov, short: Bayramov,", "{short: Bayramov,", StringComparison.Ordinal)).Problems;
        Assert.Contains("data/actors/states.yaml: actors[0] (azerbaijan): leaders[1] (no name): needs `name`", problems);
    }

    [Fact]
    public void A_leader_whose_term_ends_before_it_starts_is_reported()
    {
        var problems = Read(States.Replace("since: 2003-10}", "since: 2003-10, until: 2003-01}", StringComparison.Ordinal)).Problems;
        Assert.Contains("data/actors/states.yaml: actors[0] (azerbaijan): leaders[0] (Ilham Aliyev): until 2003-01 is before since 2003-10", problems);
    }

    [Fact]
    public void A_bloc_leader_with_a_bad_date_is_reported_with_the_bloc()
    {
        var problems = Read(States, Blocs.Replace("since: 2024-10-01", "since: October 2024", StringComparison.Ordinal)).Problems;
        Assert.Contains(problems, p => p.StartsWith("data/blocs.yaml: blocs[0] (nato): leaders[0] (Mark Rutte): since 'October 2024'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_leader_needs_a_role()
    {
        var problems = Read(States.Replace(" role: foreign minister,", "", StringComparison.Ordinal)).Problems;
        Assert.Contains("data/actors/states.yaml: actors[0] (azerbaijan): leaders[1] (Jeyhun Bayramov): needs `role`", problems);
    }

    [Fact]
    public void One_person_on_two_actors_is_reported()
    {
        var twice = Blocs.Replace("{name: Mark Rutte, short: Rutte,", "{name: Ilham Aliyev,", StringComparison.Ordinal);
        Assert.Contains(Read(States, twice).Problems, p => p.Contains("'ilham aliyev' belongs to azerbaijan and nato", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bundled_data_names_the_leaders_of_sixty_states_and_of_the_armed_groups()
    {
        var actors = BundledKnowledge.Read(BundledFiles.FromFolder(BundledDataTests.DataFolder())).Batch.Actors;
        bool Leads(string id, string name) => actors.Single(a => a.Id == id).Names.Contains(new ActorName(name, NameKind.Leader));

        Assert.True(actors.Count(a => a.Kind == ActorKind.State && a.Names.Any(n => n.Kind == NameKind.Leader)) >= 60);
        Assert.True(Leads("azerbaijan", "Aliyev"));
        Assert.True(Leads("hezbollah", "Nasrallah") && Leads("hezbollah", "Naim Qassem"));
        Assert.True(Leads("houthis", "Abdul-Malik al-Houthi"));
        Assert.True(Leads("palestinian-islamic-jihad", "Ziyad al-Nakhalah"));
        Assert.True(Leads("wagner-group", "Prigozhin"));
        Assert.True(Leads("taliban", "Hibatullah Akhundzada"));
        Assert.True(Leads("nato", "Rutte"));
    }
}
