namespace Entente.Web.Contracts;

/// <summary>An actor as lists, graphs and claims name it.</summary>
public sealed record ActorSummary(string Id, string Name, string Kind, string? Country)
{
    public static ActorSummary Of(Actor actor) => new(actor.Id, actor.Name, actor.Kind.ToWire(), actor.CountryCode);

    public static ActorSummary Of(ActorRef actor) => new(actor.Id, actor.Name, actor.Kind.ToWire(), actor.Country);
}

/// <summary>One hit of GET /api/actors?q=: the actor and the name of it that matched.</summary>
public sealed record ActorMatch(string Id, string Name, string Kind, string? Country, string Matched);

/// <summary>GET /api/actors/{id}: everything known about the actor itself (not its relations).</summary>
public sealed record ActorDetail(
    string Id,
    string Kind,
    string Name,
    string? OfficialName,
    string? Iso2,
    string? Iso3,
    string? Capital,
    string? Demonym,
    string? Country,
    string? Parent,
    string? Governs,
    string? Since,
    string? Until,
    bool GreatPower,
    string? BlocType,
    string? Description,
    IReadOnlyList<ActorNameShape> Names)
{
    public static ActorDetail Of(Actor actor) => new(
        actor.Id, actor.Kind.ToWire(), actor.Name, actor.OfficialName, actor.Iso2, actor.Iso3, actor.Capital, actor.Demonym,
        actor.CountryCode, actor.Parent, actor.Governs, actor.Since?.ToString(), actor.Until?.ToString(), actor.GreatPower,
        actor.BlocType, actor.Description,
        actor.Names.Select(n => new ActorNameShape(n.Text, n.Kind.ToWire(), n.Lang)).ToList());
}

public sealed record ActorNameShape(string Text, string Kind, string? Lang);
