namespace Entente.Storage.Tests;

/// <summary>What every store must do with ingested documents.</summary>
public abstract class DocumentStoreContract : StoreContract
{
    private static Document Doc(string hash) => new(hash, "doc-" + hash, "Iran arms Hezbollah.") { Title = "A report", Extractor = "test" };

    private static Source DocSource(string hash) => new("doc-" + hash, "A report", "Somebody", Reliability.Parse("F6"));

    private static Claim Extracted(string hash, string to = "hezbollah") =>
        new("iran", to, "doc-" + hash) { Relation = RelationType.Proxy, Directed = true, Quote = "Iran arms Hezbollah.", QuoteStart = 0, QuoteEnd = 20, ProducedBy = "test" };

    [Fact]
    public void A_document_is_stored_once_with_its_claims_and_candidates()
    {
        using var store = NewStore();
        store.Write(Sample());

        var first = store.AddDocument(Doc("h1"), DocSource("h1"), [Extracted("h1")], [new ActorCandidate("liwa-x", "Liwa X") { Quote = "q" }]);
        var again = store.AddDocument(Doc("h1"), DocSource("h1"), [Extracted("h1")], []);

        Assert.Equal(new DocumentWriteResult(true, 1, 1), first);
        Assert.False(again.Added);
        Assert.True(store.HasDocument("h1"));
        Assert.Equal("Liwa X", Assert.Single(store.GetActorCandidates()).Name);
        Assert.Equal(6, store.Counts().Claims);
    }

    [Fact]
    public void A_document_whose_claims_name_an_unknown_actor_leaves_nothing_behind()
    {
        using var store = NewStore();
        store.Write(Sample());
        var before = store.Counts();

        Assert.Throws<StoreException>(() => store.AddDocument(Doc("h2"), DocSource("h2"), [Extracted("h2"), Extracted("h2", "atlantis")], []));

        Assert.Equal(before, store.Counts());
        Assert.False(store.HasDocument("h2"));
    }

    [Fact]
    public void An_analyst_can_accept_or_reject_a_claim()
    {
        using var store = NewStore();
        store.Write(Sample());
        store.AddDocument(Doc("h3"), DocSource("h3"), [Extracted("h3")], []);
        var id = store.GetClaims(new ClaimQuery(Status: ClaimStatus.Candidate)).Single(c => c.SourceId == "doc-h3").Id;
        var version = store.DataVersion;

        Assert.True(store.SetClaimStatus(id, ClaimStatus.Accepted));

        Assert.Equal(ClaimStatus.Accepted, store.GetClaim(id)!.Status);
        Assert.True(store.DataVersion > version);
        Assert.False(store.SetClaimStatus(999_999, ClaimStatus.Rejected));
    }

    [Fact]
    public void All_actors_come_with_their_extra_names()
    {
        using var store = NewStore();
        store.Write(Sample());
        var iran = store.AllActors().Single(a => a.Id == "iran");
        Assert.Equal(["Persia", "ایران"], iran.Names.Select(n => n.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_leaders_name_is_kept_with_its_kind_and_does_not_resolve_to_the_state()
    {
        using var store = NewStore();
        var russia = new Actor("russia", ActorKind.State, "Russia") { Names = [new("Vladimir Putin", NameKind.Leader), new("Putin", NameKind.Leader)] };
        store.Write(new KnowledgeBatch([russia], [], []));

        Assert.Equal([NameKind.Leader, NameKind.Leader], store.AllActors().Single(a => a.Id == "russia").Names.Select(n => n.Kind));
        var answer = Assert.IsType<Entente.Resolution.ActorResolution.Unknown>(new Entente.Resolution.ActorResolver(store.Names).Resolve("Putin"));
        Assert.Equal("russia", Assert.Single(answer.Closest).ActorId);
    }

    [Fact]
    public void A_document_stored_again_leaves_its_source_and_the_data_version_as_they_were()
    {
        using var store = NewStore();
        store.Write(Sample());
        store.AddDocument(Doc("h4"), DocSource("h4"), [Extracted("h4")], []);
        var version = store.DataVersion;

        var again = store.AddDocument(Doc("h4"), DocSource("h4") with { Title = "Another title" }, [Extracted("h4", "syria")], []);

        Assert.False(again.Added);
        Assert.Equal("A report", store.GetSource("doc-h4")!.Title);
        Assert.Equal(version, store.DataVersion);
        Assert.Equal(6, store.Counts().Claims);
    }

    [Fact]
    public void A_document_refused_for_an_unknown_actor_does_not_stop_the_next_one()
    {
        using var store = NewStore();
        store.Write(Sample());

        Assert.Throws<StoreException>(() => store.AddDocument(Doc("h5"), DocSource("h5"), [Extracted("h5", "atlantis")], []));
        var next = store.AddDocument(Doc("h6"), DocSource("h6"), [Extracted("h6"), Extracted("h6", "syria")], [new ActorCandidate("liwa-y", "Liwa Y")]);

        Assert.Equal(new DocumentWriteResult(true, 2, 1), next);
        Assert.False(store.HasDocument("h5"));
        Assert.True(store.HasDocument("h6"));
    }

    [Fact]
    public void Many_documents_in_a_row_each_store_their_own_claims_and_count_candidates_once()
    {
        using var store = NewStore();
        store.Write(Sample());
        var version = store.DataVersion;

        for (var i = 0; i < 20; i++)
            store.AddDocument(Doc($"m{i}"), DocSource($"m{i}"), [Extracted($"m{i}")], [new ActorCandidate("liwa-z", "Liwa Z")]);

        Assert.Equal(version + 20, store.DataVersion);
        Assert.Equal(5 + 20, store.Counts().Claims);
        Assert.Equal("Liwa Z", Assert.Single(store.GetActorCandidates()).Name);
        Assert.Equal("doc-m7", Assert.Single(store.GetClaims(new ClaimQuery(Status: ClaimStatus.Candidate) { DocumentHash = "m7" })).SourceId);
        Assert.Empty(store.GetClaims(new ClaimQuery(Status: ClaimStatus.Accepted) { DocumentHash = "m7" }));
    }
}
