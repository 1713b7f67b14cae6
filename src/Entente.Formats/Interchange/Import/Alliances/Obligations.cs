namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>What allies promise each other in the alliance datasets; a dyad-year may carry several.</summary>
[Flags]
public enum Obligations
{
    None = 0,
    Defence = 1,
    Offence = 2,
    Neutrality = 4,
    NonAggression = 8,
    Consultation = 16,
    Entente = 32,
}

public static class ObligationText
{
    private static readonly (Obligations Kind, string Words)[] Order =
    [
        (Obligations.Defence, "defence"), (Obligations.Offence, "offence"), (Obligations.Neutrality, "neutrality"),
        (Obligations.NonAggression, "non-aggression"), (Obligations.Consultation, "consultation"), (Obligations.Entente, "entente"),
    ];

    /// <summary>"defence, non-aggression, entente": the kinds in a fixed order, so notes (and claim fingerprints) are stable.</summary>
    public static string Describe(Obligations obligations) =>
        string.Join(", ", Order.Where(o => obligations.HasFlag(o.Kind)).Select(o => o.Words));
}
