namespace Entente.Storage;

/// <summary>Every name an actor answers to: its id, names, aliases, codes, capital and demonym.</summary>
public static class ActorNameSet
{
    public static IEnumerable<ActorName> Of(Actor actor)
    {
        yield return new ActorName(actor.Id, NameKind.Id);
        yield return new ActorName(actor.Name, NameKind.Name, "en");
        if (actor.OfficialName is { } official)
            yield return new ActorName(official, NameKind.Official, "en");
        if (actor.Iso2 is { } iso2)
            yield return new ActorName(iso2, NameKind.Iso2);
        if (actor.Iso3 is { } iso3)
            yield return new ActorName(iso3, NameKind.Iso3);
        if (actor.CapitalName is { } capital)
            yield return new ActorName(capital, NameKind.Capital, "en");
        if (actor.Demonym is { } demonym)
            yield return new ActorName(demonym, NameKind.Demonym, "en");
        foreach (var name in actor.Names)
            yield return name;
    }
}
