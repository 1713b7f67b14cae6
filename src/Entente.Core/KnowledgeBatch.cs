namespace Entente;

/// <summary>Actors, sources and claims to store together, in one transaction.</summary>
public sealed record KnowledgeBatch(IReadOnlyList<Actor> Actors, IReadOnlyList<Source> Sources, IReadOnlyList<Claim> Claims)
{
    public static readonly KnowledgeBatch Empty = new([], [], []);
}
