namespace Entente;

/// <summary>One way of writing an actor's name.</summary>
public sealed record ActorName(string Text, NameKind Kind, string? Lang = null);

public enum NameKind
{
    Id,
    Name,
    Official,
    Alias,
    /// <summary>A name shared with other actors ("Korea", "Congo"); it never resolves on its own.</summary>
    Ambiguous,
    /// <summary>Written in capitals (PIJ, IRGC); matched only in capitals inside running text.</summary>
    Acronym,
    /// <summary>A name in another language.</summary>
    Native,
    Iso2,
    Iso3,
    /// <summary>A capital city standing for its state ("Tehran said …").</summary>
    Capital,
    Demonym,
    /// <summary>
    /// A person who leads the actor ("Ilham Aliyev", "Aliyev" for Azerbaijan): news names states by
    /// their leaders, so the extractor reads it as the actor, but a query for a person is not a query
    /// for the state (ActorResolver does not resolve it).
    /// </summary>
    Leader,
}

public static class NameKinds
{
    private static readonly WireNames<NameKind> Names = new(
        (NameKind.Id, "id"),
        (NameKind.Name, "name"),
        (NameKind.Official, "official"),
        (NameKind.Alias, "alias"),
        (NameKind.Ambiguous, "ambiguous"),
        (NameKind.Acronym, "acronym"),
        (NameKind.Native, "native"),
        (NameKind.Iso2, "iso2"),
        (NameKind.Iso3, "iso3"),
        (NameKind.Capital, "capital"),
        (NameKind.Demonym, "demonym"),
        (NameKind.Leader, "leader"));

    public static string ToWire(this NameKind kind) => Names.ToWire(kind);

    public static NameKind Parse(string text) => Names.Parse(text, "name kind");

    /// <summary>Codes and acronyms collide with ordinary words ("IN", "US", "AS") unless written in capitals.</summary>
    public static bool NeedsCapitals(this NameKind kind) => kind is NameKind.Acronym or NameKind.Iso2 or NameKind.Iso3;
}
