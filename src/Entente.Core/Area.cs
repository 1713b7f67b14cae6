namespace Entente;

/// <summary>An area of cooperation or support between two actors.</summary>
public enum Area
{
    Weapons,
    Funding,
    Training,
    AdvisorsTroops,
    Intelligence,
    LogisticsCorridor,
    Territory,
    Energy,
    Trade,
    Investment,
    Infrastructure,
    DiplomaticCover,
    Mediation,
    IdeologyReligion,
    SanctionsEvasion,
    Cyber,
}

public static class Areas
{
    private static readonly WireNames<Area> Names = new(
        (Area.Weapons, "weapons"),
        (Area.Funding, "funding"),
        (Area.Training, "training"),
        (Area.AdvisorsTroops, "advisors_troops"),
        (Area.Intelligence, "intelligence"),
        (Area.LogisticsCorridor, "logistics_corridor"),
        (Area.Territory, "territory"),
        (Area.Energy, "energy"),
        (Area.Trade, "trade"),
        (Area.Investment, "investment"),
        (Area.Infrastructure, "infrastructure"),
        (Area.DiplomaticCover, "diplomatic_cover"),
        (Area.Mediation, "mediation"),
        (Area.IdeologyReligion, "ideology_religion"),
        (Area.SanctionsEvasion, "sanctions_evasion"),
        (Area.Cyber, "cyber"));

    public static IReadOnlyCollection<string> All => Names.All;

    public static string ToWire(this Area area) => Names.ToWire(area);

    public static bool TryParse(string? text, out Area area) => Names.TryParse(text, out area);

    public static Area Parse(string text) => Names.Parse(text, "area of cooperation");

    /// <summary>Words for prose: "weapons", "advisors and troops", "a logistics corridor".</summary>
    public static string ToProse(this Area area) => area switch
    {
        Area.AdvisorsTroops => "advisors and troops",
        Area.LogisticsCorridor => "logistics corridor",
        Area.DiplomaticCover => "diplomatic cover",
        Area.IdeologyReligion => "ideology and religion",
        Area.SanctionsEvasion => "sanctions evasion",
        _ => area.ToWire(),
    };
}
