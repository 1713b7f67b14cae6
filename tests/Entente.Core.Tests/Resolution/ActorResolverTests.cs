using Entente.Resolution;

namespace Entente.Tests.Resolution;

public sealed class ActorResolverTests
{
    private sealed class FakeNames(params (string Id, string Name, string Text, NameKind Kind)[] names) : IActorNames
    {
        private readonly List<NameHit> _hits = names.Select(n => new NameHit(n.Id, n.Name, ActorKind.State, n.Text, n.Kind)).ToList();

        public IReadOnlyList<NameHit> Find(string key) => _hits.Where(h => NameKey.Of(h.Text) == key).ToList();

        public IReadOnlyList<NameHit> All() => _hits;
    }

    private static readonly ActorResolver Resolver = new(new FakeNames(
        ("iran", "Iran", "Iran", NameKind.Name),
        ("iran", "Iran", "Islamic Republic of Iran", NameKind.Official),
        ("iran", "Iran", "IRN", NameKind.Iso3),
        ("iran", "Iran", "Tehran", NameKind.Capital),
        ("iraq", "Iraq", "Iraq", NameKind.Name),
        ("turkey", "Turkey", "Turkey", NameKind.Name),
        ("turkey", "Turkey", "Türkiye", NameKind.Alias),
        ("north-korea", "North Korea", "North Korea", NameKind.Name),
        ("north-korea", "North Korea", "Korea", NameKind.Ambiguous),
        ("south-korea", "South Korea", "South Korea", NameKind.Name),
        ("south-korea", "South Korea", "Korea", NameKind.Ambiguous),
        ("united-states", "United States", "U.S.", NameKind.Alias),
        ("russia", "Russia", "Russia", NameKind.Name),
        ("russia", "Russia", "Vladimir Putin", NameKind.Leader),
        ("russia", "Russia", "Putin", NameKind.Leader),
        ("iran", "Iran", "Masoud Pezeshkian", NameKind.Leader)));

    [Theory]
    [InlineData("Iran")]
    [InlineData("IRAN")]
    [InlineData("irn")]
    [InlineData("Islamic Republic of Iran")]
    [InlineData("tehran")]
    [InlineData("  Iran ")]
    public void Resolves_names_codes_and_capitals_case_insensitively(string query) =>
        Assert.Equal("iran", Assert.IsType<ActorResolution.Found>(Resolver.Resolve(query)).ActorId);

    [Theory]
    [InlineData("Turkiye", "turkey")]
    [InlineData("US", "united-states")]
    [InlineData("the U.S.", "united-states")]
    public void Ignores_accents_dots_and_a_leading_the(string query, string id) =>
        Assert.Equal(id, Assert.IsType<ActorResolution.Found>(Resolver.Resolve(query)).ActorId);

    [Fact]
    public void A_shared_name_is_ambiguous_and_lists_both()
    {
        var result = Assert.IsType<ActorResolution.Ambiguous>(Resolver.Resolve("Korea"));
        Assert.Equal(["north-korea", "south-korea"], result.Candidates.Select(c => c.ActorId));
        Assert.Contains("North Korea (north-korea", result.Problem);
    }

    [Fact]
    public void An_unknown_name_lists_the_closest()
    {
        var result = Assert.IsType<ActorResolution.Unknown>(Resolver.Resolve("Irann"));
        Assert.Equal("iran", result.Closest[0].ActorId);
        Assert.Contains("No actor is called 'Irann'", result.Problem);
    }

    [Fact]
    public void Nonsense_gets_a_hint_instead_of_matches()
    {
        var result = Assert.IsType<ActorResolution.Unknown>(Resolver.Resolve("Zzzzqqq"));
        Assert.Empty(result.Closest);
        Assert.Contains("ISO code", result.Problem);
    }

    [Theory]
    [InlineData("Putin")]
    [InlineData("vladimir putin")]
    public void A_leaders_name_does_not_answer_for_the_state_but_suggests_it(string query)
    {
        var result = Assert.IsType<ActorResolution.Unknown>(Resolver.Resolve(query));
        var suggestion = Assert.Single(result.Closest);
        Assert.Equal("russia", suggestion.ActorId);
        Assert.Contains("Closest matches: Russia (russia, as ", result.Problem);
    }

    [Fact]
    public void Leaders_names_are_not_offered_as_near_misses()
    {
        var result = Assert.IsType<ActorResolution.Unknown>(Resolver.Resolve("Masoud Pezeshkyan"));
        Assert.DoesNotContain(result.Closest, c => c.MatchedName == "Masoud Pezeshkian");
    }

    [Theory]
    [InlineData("Kata'ib Hezbollah", "kataib hezbollah")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("Côte d′Ivoire", "cote divoire")]
    [InlineData("Guinea-Bissau", "guinea bissau")]
    [InlineData("The Gambia", "gambia")]
    public void Name_keys_fold_spelling_variants(string text, string key) => Assert.Equal(key, NameKey.Of(text));
}
