using Entente.Formats.Bundled;

namespace Entente.Formats.Tests.Bundled;

/// <summary>The files under data/ obey docs/data-format.md, and cover what the product promises.</summary>
public sealed class BundledDataTests
{
    private static readonly Lazy<BundledKnowledge> Knowledge = new(() => BundledKnowledge.Read(BundledFiles.FromFolder(DataFolder())));

    private static KnowledgeBatch Batch => Knowledge.Value.Batch;

    internal static string DataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "blocs.yaml");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                return Path.Combine(dir.FullName, "data");
        }
        throw new DirectoryNotFoundException("data/ not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Every_file_obeys_the_format()
    {
        var problems = Knowledge.Value.Problems;
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join('\n', problems.Take(50)));
    }

    [Fact]
    public void The_embedded_copy_is_the_folder()
    {
        var embedded = BundledFiles.Embedded();
        var folder = BundledFiles.FromFolder(DataFolder());
        Assert.Equal(folder.Select(f => (f.Name, f.Text)), embedded.Select(f => (f.Name, f.Text)));
    }

    [Fact]
    public void Every_UN_member_and_observer_plus_Taiwan_and_Kosovo_is_a_state()
    {
        var states = Batch.Actors.Where(a => a.Kind == ActorKind.State && a.Until is null).ToList();
        Assert.Equal(197, states.Count);
        foreach (var id in new[] { "iran", "holy-see", "palestine", "taiwan", "kosovo", "south-sudan", "north-korea" })
            Assert.Contains(states, s => s.Id == id);
        Assert.All(states, s => Assert.False(string.IsNullOrWhiteSpace(s.Capital) || string.IsNullOrWhiteSpace(s.Demonym) || s.Iso2 is null || s.Iso3 is null, s.Id));
    }

    [Fact]
    public void The_Soviet_Union_is_the_one_state_that_has_ended_and_Moscow_stays_Russias()
    {
        var ended = Assert.Single(Batch.Actors, a => a.Kind == ActorKind.State && a.Until is not null);
        Assert.Equal(("soviet-union", "Moscow", (string?)null), (ended.Id, ended.Capital, ended.CapitalName));
        Assert.Equal("Moscow", Batch.Actors.Single(a => a.Id == "russia").CapitalName);
    }

    [Theory]
    [InlineData("turkey", "Türkiye")]
    [InlineData("myanmar", "Burma")]
    [InlineData("north-korea", "DPRK")]
    [InlineData("eswatini", "Swaziland")]
    [InlineData("czechia", "Czech Republic")]
    [InlineData("houthis", "Ansar Allah")]
    [InlineData("hezbollah", "Hizballah")]
    [InlineData("palestinian-islamic-jihad", "PIJ")]
    public void Frequent_aliases_are_known(string id, string alias) =>
        Assert.Contains(Batch.Actors.Single(a => a.Id == id).Names, n => n.Text == alias);

    [Fact]
    public void Exactly_the_five_permanent_members_are_great_powers() =>
        Assert.Equal(["china", "france", "russia", "united-kingdom", "united-states"], Batch.Actors.Where(a => a.GreatPower).Select(a => a.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_relation_claim_cites_a_source_with_a_note()
    {
        var sources = Batch.Sources.ToDictionary(s => s.Id);
        Assert.All(Batch.Claims, c =>
        {
            Assert.True(sources.ContainsKey(c.SourceId), c.SourceId);
            Assert.False(string.IsNullOrWhiteSpace(c.Note));
            Assert.NotNull(c.Relation);
            Assert.Equal(ClaimStatus.Accepted, c.Status);
        });
        Assert.All(Batch.Sources, s => Assert.True(s.Url is not null && s.Published is not null, s.Id));
    }

    [Theory]
    [InlineData("hezbollah", RelationType.Proxy)]
    [InlineData("houthis", RelationType.Proxy)]
    [InlineData("palestinian-islamic-jihad", RelationType.Proxy)]
    [InlineData("kataib-hezbollah", RelationType.Proxy)]
    [InlineData("assad-government", RelationType.Ally)]
    [InlineData("russia", RelationType.StrategicPartner)]
    [InlineData("china", RelationType.StrategicPartner)]
    [InlineData("united-states", RelationType.Adversary)]
    [InlineData("israel", RelationType.Adversary)]
    public void Irans_network_is_in_the_data(string other, RelationType type) =>
        Assert.Contains(Batch.Claims, c => c.Involves("iran") && c.Involves(other) && c.Relation == type && c.Polarity == Polarity.Asserts);

    [Fact]
    public void The_assad_government_ends_on_8_December_2024()
    {
        var assad = Batch.Actors.Single(a => a.Id == "assad-government");
        Assert.Equal(("syria", "2024-12-08"), (assad.Governs, assad.Until.ToString()));
        Assert.Contains(Batch.Claims, c => c.Involves("iran") && c.Involves("assad-government") && c.Validity.Until.ToString() == "2024-12-08");
    }
}
