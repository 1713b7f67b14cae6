namespace Entente;

public enum ActorKind
{
    State,
    Government,
    NonStateArmedGroup,
    PoliticalMovement,
    StateUnit,
    Organization,
    Bloc,
}

public static class ActorKinds
{
    private static readonly WireNames<ActorKind> Names = new(
        (ActorKind.State, "state"),
        (ActorKind.Government, "government"),
        (ActorKind.NonStateArmedGroup, "non_state_armed_group"),
        (ActorKind.PoliticalMovement, "political_movement"),
        (ActorKind.StateUnit, "state_unit"),
        (ActorKind.Organization, "organization"),
        (ActorKind.Bloc, "bloc"));

    public static IReadOnlyCollection<string> All => Names.All;

    public static string ToWire(this ActorKind kind) => Names.ToWire(kind);

    public static bool TryParse(string? text, out ActorKind kind) => Names.TryParse(text, out kind);

    public static ActorKind Parse(string text) => Names.Parse(text, "actor kind");

    /// <summary>A country or the government that speaks for it, as against the groups, units and blocs inside or above it.</summary>
    public static bool IsCountry(this ActorKind kind) => kind is ActorKind.State or ActorKind.Government;

    public static bool IsNonState(this ActorKind kind) =>
        kind is ActorKind.NonStateArmedGroup or ActorKind.PoliticalMovement or ActorKind.Organization;

    public static string Describe(this ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.Government => "government",
        ActorKind.NonStateArmedGroup => "armed group",
        ActorKind.PoliticalMovement => "political movement",
        ActorKind.StateUnit => "state unit",
        ActorKind.Organization => "organization",
        _ => "bloc",
    };
}
