using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>News names actors by their leaders: "Aliyev said …" is Azerbaijan speaking.</summary>
public sealed class GazetteerLeaderTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Theory]
    [InlineData("President Ilham Aliyev met the envoy.", "azerbaijan:Ilham Aliyev")]
    [InlineData("Aliyev's government protested.", "azerbaijan:Aliyev")]
    [InlineData("Crown Prince Mohammed bin Salman hosted the talks.", "saudi-arabia:Mohammed bin Salman")]
    [InlineData("Aliyev returns from Washington", "azerbaijan:Aliyev")]
    public void A_leaders_name_is_one_mention_of_the_actor_they_lead(string text, string expected) =>
        Assert.Equal([expected], Names(text).Where(n => !n.StartsWith("united-states:", StringComparison.Ordinal)));

    [Fact]
    public void President_Ilham_Aliyev_is_one_mention_covering_the_full_name()
    {
        var mention = Assert.Single(BundledGazetteer.Instance.Find("President Ilham Aliyev said"));
        Assert.Equal(new Mention(10, 22, "azerbaijan", NameKind.Leader, "Ilham Aliyev"), mention);
    }

    [Fact]
    public void Possessives_work_like_other_names()
    {
        Assert.Equal(["russia:Putin"], Names("Putin's war"));
        Assert.Equal(["russia:Putin"], Names("Putin’s war"));
        Assert.Equal(["turkey:Erdogan"], Names("Erdogan's drones"));
    }

    [Fact]
    public void A_full_name_and_its_surname_both_name_the_actor()
    {
        Assert.Equal(["turkey:Recep Tayyip Erdoğan", "turkey:Erdoğan"], Names("Recep Tayyip Erdoğan spoke; later Erdoğan added"));
        Assert.Equal(["russia:Putin", "china:Xi"], Names("Putin and Xi pledged closer ties"));
    }

    [Fact]
    public void Several_leaders_in_one_headline_name_their_states()
    {
        Assert.Equal(["lebanon:Aoun", "iran:Iran", "iran:Larijani"], Names("Aoun tells Iran's Larijani to stay out"));
    }

    [Fact]
    public void Group_leaders_name_their_group()
    {
        Assert.Equal(["hezbollah:Naim Qassem"], Names("Naim Qassem warned Israel's army").Take(1));
        Assert.Equal(["houthis:Abdul-Malik al-Houthi"], Names("Abdul-Malik al-Houthi said"));
        Assert.Equal(["wagner-group:Prigozhin"], Names("Prigozhin's mutiny"));
    }

    [Fact]
    public void An_acronym_of_a_leader_counts_only_in_capitals()
    {
        Assert.Equal(["saudi-arabia:MBS"], Names("MBS met the envoy"));
        Assert.Empty(Names("the mbs file"));
    }

    [Fact]
    public void A_leaders_name_never_blocks_a_longer_actor_name()
    {
        var gazetteer = Gazetteer.Build([
            new Actor("venezuela", ActorKind.State, "Venezuela") { Names = [new ActorName("Bolivar", NameKind.Leader)] },
            new Actor("bolivar-front", ActorKind.NonStateArmedGroup, "Bolivar Front"),
        ]);
        Assert.Equal(["bolivar-front"], gazetteer.Find("the Bolivar Front attacked").Select(m => m.ActorId));
        Assert.Equal(["venezuela"], gazetteer.Find("Bolivar said").Select(m => m.ActorId));
        // and a leader's longer name beats the shorter actor name inside it
        Assert.Equal(["israel:Israel Katz"], Names("Israel Katz said"));
    }

    [Fact]
    public void A_leaders_surname_in_lower_case_is_a_word_not_a_name()
    {
        Assert.Empty(Names("the truss held the roof"));
    }
}
