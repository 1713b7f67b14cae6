namespace Entente.Storage.Tests;

/// <summary>UN voting agreement: what every store must do with it, whatever the database behind it.</summary>
public abstract class VotingStoreContract
{
    protected abstract IKnowledgeStore NewStore();

    private static readonly Source Votes = new("dataset-unga", "UN votes", "Voeten", Reliability.Parse("A1"));

    private static readonly VotingAgreement[] Rows =
    [
        new("iran", "syria", 2009, 75, 80),
        new("iran", "syria", 2010, 70, 77),
        new("iran", "united-states", 2010, 10, 77),
        new("russia", "syria", 2010, 50, 77),
    ];

    [Fact]
    public void Stores_pair_years_and_reads_back_every_year_of_an_actors_pairs()
    {
        using var store = NewStore();

        var result = store.WriteVotingAgreements(Votes, Rows);

        Assert.Equal(new VotingWriteResult(4, 0), result);
        Assert.Equal(Rows.Take(3), store.GetVotingAgreements("iran"));
        Assert.Equal([Rows[0], Rows[1], Rows[3]], store.GetVotingAgreements("syria"));
        Assert.Empty(store.GetVotingAgreements("atlantis"));
        Assert.Equal("UN votes", store.GetSource("dataset-unga")!.Title);
    }

    [Fact]
    public void Writing_the_same_rows_twice_changes_nothing()
    {
        using var store = NewStore();
        store.WriteVotingAgreements(Votes, Rows);
        var version = store.DataVersion;

        var again = store.WriteVotingAgreements(Votes, Rows.Reverse().ToArray());

        Assert.Equal(new VotingWriteResult(0, 4), again);
        Assert.Equal(version, store.DataVersion);
    }

    [Fact]
    public void New_counts_for_a_pair_replace_the_old_ones()
    {
        using var store = NewStore();
        store.WriteVotingAgreements(Votes, Rows);

        store.WriteVotingAgreements(Votes, [new("iran", "syria", 2009, 70, 80)]);

        Assert.Equal([new VotingAgreement("iran", "syria", 2009, 70, 80), Rows[2]], store.GetVotingAgreements("iran"));
    }

    [Fact]
    public void A_pair_named_out_of_order_is_refused_before_anything_is_stored()
    {
        using var store = NewStore();
        Assert.Throws<ArgumentException>(() => store.WriteVotingAgreements(Votes, [Rows[0], new("syria", "iran", 2011, 1, 2)]));
        Assert.Empty(store.GetVotingAgreements("iran"));
    }

    [Fact]
    public void A_slice_carries_the_subjects_voting_agreement()
    {
        using var store = NewStore();
        store.Write(new KnowledgeBatch([new Actor("iran", ActorKind.State, "Iran")], [], []));
        store.WriteVotingAgreements(Votes, Rows);

        var slice = store.LoadSlice("iran")!;

        Assert.Equal(3, slice.Voting.Count);
        Assert.Equal(0.9375, slice.Voting[0].Share);
    }
}
