using Entente.Answers;

namespace Entente.Tests;

/// <summary>Builds small knowledge slices for tests: actors, sources and accepted claims.</summary>
internal sealed class SliceBuilder
{
    private readonly Dictionary<string, Actor> _actors = [];
    private readonly Dictionary<string, Source> _sources = [];
    private readonly List<Claim> _claims = [];

    public SliceBuilder State(string id, bool greatPower = false, string? iso3 = null, string? demonym = null) =>
        Add(new Actor(id, ActorKind.State, Title(id)) { GreatPower = greatPower, Iso3 = iso3 ?? id[..3].ToUpperInvariant(), Demonym = demonym });

    public SliceBuilder Group(string id, string country, ActorKind kind = ActorKind.NonStateArmedGroup) =>
        Add(new Actor(id, kind, Title(id)) { Country = country });

    public SliceBuilder Government(string id, string governs, string since, string until) =>
        Add(new Actor(id, ActorKind.Government, Title(id)) { Governs = governs, Since = PartialDate.Parse(since), Until = PartialDate.Parse(until), Country = governs[..3].ToUpperInvariant() });

    public SliceBuilder Bloc(string id) => Add(new Actor(id, ActorKind.Bloc, Title(id)) { BlocType = "informal_alignment" });

    public SliceBuilder Add(Actor actor)
    {
        _actors[actor.Id] = actor;
        return this;
    }

    public SliceBuilder Source(string id, string publisher, string grade = "B2", string published = "2025")
    {
        _sources[id] = new Source(id, $"Title of {id}", publisher, Reliability.Parse(grade)) { Published = PartialDate.Parse(published), Url = $"https://example.org/{id}" };
        return this;
    }

    public SliceBuilder Claim(string from, string to, RelationType? type, string source, string? since = "2000", string? until = null,
        Polarity polarity = Polarity.Asserts, bool hedged = false, params Area[] areas)
    {
        _claims.Add(new Claim(from, to, source)
        {
            Id = _claims.Count + 1,
            Relation = type,
            Areas = areas,
            Directed = type?.IsDirectedByDefault() ?? true,
            Polarity = polarity,
            Hedged = hedged,
            Validity = new Validity(since is null ? null : PartialDate.Parse(since), until is null ? null : PartialDate.Parse(until)),
            Note = $"note for {from}-{to}",
            ProducedBy = "test",
            Status = ClaimStatus.Accepted,
        });
        return this;
    }

    public SliceBuilder WithStatus(ClaimStatus status)
    {
        _claims[^1] = _claims[^1] with { Status = status };
        return this;
    }

    public KnowledgeSlice For(string subject) => new(_actors[subject], _actors, _sources, _claims);

    private static string Title(string id) => string.Join(' ', id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
