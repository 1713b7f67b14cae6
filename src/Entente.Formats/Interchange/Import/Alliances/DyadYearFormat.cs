namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>How one alliance dataset lays out its dyad-year file, and how it is cited.</summary>
public sealed record DyadYearFormat(
    string Format,
    string ShortName,
    Source Source,
    string Citation,
    IReadOnlyList<(string Column, Obligations Kind)> Columns)
{
    public static readonly DyadYearFormat Cow = new("cow", "COW Formal Alliances v4.1", DatasetSources.Cow, DatasetSources.CowCitation,
    [
        ("cow_defense", Obligations.Defence), ("cow_neutral", Obligations.Neutrality),
        ("cow_nonagg", Obligations.NonAggression), ("cow_entente", Obligations.Entente),
    ]);

    public static readonly DyadYearFormat Atop = new("atop", "ATOP 5.1", DatasetSources.Atop, DatasetSources.AtopCitation,
    [
        ("atop_defense", Obligations.Defence), ("atop_offense", Obligations.Offence), ("atop_neutral", Obligations.Neutrality),
        ("atop_nonagg", Obligations.NonAggression), ("atop_consul", Obligations.Consultation),
    ]);
}
