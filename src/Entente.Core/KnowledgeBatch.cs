namespace Entente;

/// <summary>Actors, sources and claims to store together, in one transaction.</summary>
public sealed record KnowledgeBatch(IReadOnlyList<Actor> Actors, IReadOnlyList<Source> Sources, IReadOnlyList<Claim> Claims)
{
    public static readonly KnowledgeBatch Empty = new([], [], []);

    /// <summary>
    /// Texts of ingested documents (an export read back carries them); each one's source is among
    /// <see cref="Sources"/> or already stored. A document already stored (same hash) is left as it is.
    /// </summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];
}
