namespace Entente;

/// <summary>A state, government, armed group, movement, state unit, organisation or bloc.</summary>
public sealed record Actor(string Id, ActorKind Kind, string Name)
{
    public string? OfficialName { get; init; }
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }
    public string? Capital { get; init; }
    public string? Demonym { get; init; }

    /// <summary>Home country (ISO 3166 alpha-3) of a non-state actor, government or state unit.</summary>
    public string? Country { get; init; }

    /// <summary>The organisation a state unit belongs to.</summary>
    public string? Parent { get; init; }

    /// <summary>For a government: the state it governed between <see cref="Since"/> and <see cref="Until"/>.</summary>
    public string? Governs { get; init; }

    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }

    /// <summary>Set in the data (permanent members of the UN Security Council), never decided in code.</summary>
    public bool GreatPower { get; init; }

    /// <summary>For blocs: defence_alliance, security_organization, economic, political, informal_alignment.</summary>
    public string? BlocType { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ActorName> Names { get; init; } = [];

    /// <summary>
    /// The capital as a name of the actor ("Tehran said …"), or null. A state that has ended lends its capital to no name:
    /// the capital stands for whoever rules there now ("Moscow" is Russia's, not the Soviet Union's).
    /// </summary>
    public string? CapitalName => Until is null ? Capital : null;

    /// <summary>The ISO code of the country the actor belongs to: its own for a state.</summary>
    public string? CountryCode => Kind == ActorKind.State ? Iso3 : Country;

    public ActorRef ToRef() => new(Id, Name, Kind, CountryCode) { GreatPower = GreatPower };
}

/// <summary>The short form of an actor that answers and exports carry.</summary>
public sealed record ActorRef(string Id, string Name, ActorKind Kind, string? Country)
{
    public bool GreatPower { get; init; }
}
