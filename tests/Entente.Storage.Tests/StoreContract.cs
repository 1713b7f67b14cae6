using Entente.Resolution;

namespace Entente.Storage.Tests;

/// <summary>
/// What every store must do, whatever the database behind it. Each provider's test class derives
/// from this and says how to make a fresh, empty store.
/// </summary>
public abstract class StoreContract
{
    protected abstract IKnowledgeStore NewStore();

    protected internal static KnowledgeBatch Sample()
    {
        var actors = new List<Actor>
        {
            new("iran", ActorKind.State, "Iran") { Iso2 = "IR", Iso3 = "IRN", Capital = "Tehran", Demonym = "Iranian", Names = [new("Persia", NameKind.Alias, "en"), new("ایران", NameKind.Native, "fa")] },
            new("syria", ActorKind.State, "Syria") { Iso3 = "SYR", Demonym = "Syrian" },
            new("lebanon", ActorKind.State, "Lebanon") { Iso3 = "LBN", Demonym = "Lebanese" },
            new("hezbollah", ActorKind.NonStateArmedGroup, "Hezbollah") { Country = "LBN", Names = [new("Hizballah", NameKind.Alias)] },
            new("assad-government", ActorKind.Government, "Assad government") { Governs = "syria", Country = "SYR", Since = PartialDate.Parse("1971"), Until = PartialDate.Parse("2024-12-08") },
            new("axis", ActorKind.Bloc, "Axis of Resistance") { BlocType = "informal_alignment" },
        };
        var sources = new List<Source> { new("s1", "A backgrounder", "A Publisher", Reliability.Parse("B2")) { Url = "https://example.org/a", Published = PartialDate.Parse("2024-10") } };
        var claims = new List<Claim>
        {
            Claim("iran", "hezbollah", RelationType.Proxy, "1982", null, Area.Weapons, Area.Funding),
            Claim("iran", "assad-government", RelationType.Ally, "1980", "2024-12-08"),
            Claim("iran", "axis", RelationType.MemberOf, "2002", null),
            Claim("hezbollah", "axis", RelationType.MemberOf, "2002", null),
            Claim("hezbollah", "assad-government", RelationType.Ally, "2012", "2024-12-08") with { Status = ClaimStatus.Candidate },
        };
        return new KnowledgeBatch(actors, sources, claims);
    }

    protected static Claim Claim(string from, string to, RelationType type, string since, string? until, params Area[] areas) =>
        new(from, to, "s1")
        {
            Relation = type, Areas = areas, Directed = type.IsDirectedByDefault(),
            Validity = new Validity(PartialDate.Parse(since), until is null ? null : PartialDate.Parse(until)),
            Note = $"{from} and {to}", ProducedBy = "test", Status = ClaimStatus.Accepted,
        };

    [Fact]
    public void Stores_and_reads_back_an_actor_with_its_fields()
    {
        using var store = NewStore();
        store.Write(Sample());

        var iran = store.GetActor("iran")!;

        Assert.Equal(("Iran", ActorKind.State, "IRN", "Tehran"), (iran.Name, iran.Kind, iran.Iso3, iran.Capital));
        var assad = store.GetActor("assad-government")!;
        Assert.Equal(("syria", "2024-12-08"), (assad.Governs, assad.Until.ToString()));
        Assert.Null(store.GetActor("atlantis"));
    }

    [Theory]
    [InlineData("Iran")]
    [InlineData("IRN")]
    [InlineData("IR")]
    [InlineData("Tehran")]
    [InlineData("Persia")]
    [InlineData("ایران")]
    [InlineData("Iranian")]
    public void Finds_actors_by_every_name_they_answer_to(string name)
    {
        using var store = NewStore();
        store.Write(Sample());
        Assert.Equal("iran", Assert.Single(store.Names.Find(NameKey.Of(name)).Select(h => h.ActorId).Distinct()));
    }

    [Fact]
    public void Writing_the_same_batch_twice_changes_nothing()
    {
        using var store = NewStore();
        var first = store.Write(Sample());
        var version = store.DataVersion;

        var second = store.Write(Sample());

        Assert.Equal(5, first.ClaimsAdded);
        Assert.Equal((0, 5), (second.ClaimsAdded, second.ClaimsAlreadyStored));
        Assert.Equal(version, store.DataVersion);
        Assert.Equal(5, store.Counts().Claims);
    }

    [Fact]
    public void A_batch_that_refers_to_an_unknown_actor_stores_nothing()
    {
        using var store = NewStore();
        store.Write(Sample());
        var before = store.Counts();
        var bad = new KnowledgeBatch([new Actor("oman", ActorKind.State, "Oman")], [], [Claim("iran", "oman", RelationType.Mediator, "2013", null), Claim("iran", "atlantis", RelationType.Ally, "2000", null)]);

        Assert.Throws<StoreException>(() => store.Write(bad));

        Assert.Equal(before, store.Counts());
        Assert.Null(store.GetActor("oman"));
    }

    [Fact]
    public void A_slice_holds_the_subjects_accepted_claims_blocs_and_countries()
    {
        using var store = NewStore();
        store.Write(Sample());

        var slice = store.LoadSlice("hezbollah")!;

        Assert.Equal(3, slice.Claims.Count);
        Assert.DoesNotContain(slice.Claims, c => c.Status != ClaimStatus.Accepted);
        Assert.Contains(slice.Claims, c => c.Subject == "iran" && c.Object == "axis");
        Assert.True(slice.Actors.ContainsKey("lebanon"), "the home country of a non-state actor is loaded for its demonym");
        Assert.Equal("A Publisher", slice.Sources["s1"].Publisher);
    }

    [Fact]
    public void A_states_slice_includes_its_governments_claims()
    {
        using var store = NewStore();
        store.Write(Sample());

        var slice = store.LoadSlice("syria")!;

        Assert.Contains(slice.Claims, c => c.Subject == "iran" && c.Object == "assad-government");
        Assert.Equal(["assad-government", "syria"], slice.SubjectIdsAsOf(new DateOnly(2023, 6, 1)).Order(StringComparer.Ordinal));
        Assert.Equal(["syria"], slice.SubjectIdsAsOf(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Claims_can_be_listed_by_actor_and_status()
    {
        using var store = NewStore();
        store.Write(Sample());

        Assert.Single(store.GetClaims(new ClaimQuery(Status: ClaimStatus.Candidate)));
        Assert.Equal(3, store.GetClaims(new ClaimQuery(About: "hezbollah")).Count);
        Assert.Equal(2, store.GetClaims(new ClaimQuery(About: "hezbollah", Status: ClaimStatus.Accepted)).Count);
        var claim = store.GetClaims(new ClaimQuery(About: "hezbollah", Status: ClaimStatus.Accepted)).Single(c => c.Relation == RelationType.Proxy);
        Assert.Equal([Area.Weapons, Area.Funding], claim.Areas);
        Assert.Equal((true, "1982"), (claim.Directed, claim.Validity.From.ToString()));
    }
}
