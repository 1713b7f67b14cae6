namespace Entente.Extraction.Mentions;

/// <summary>
/// Words that hold a state's adjective but date or describe a thing instead of naming the state: "Soviet-era tanks",
/// "post-Soviet states", "a former Soviet republic", "Soviet-made rifles" in a text of today, "after the Soviet collapse". The Soviet Union
/// is no party to them: the tanks are Russia's or India's now, the republics are states of their own. Like
/// <see cref="PlaceNames"/>, each wins its span and names no one; "the Soviet Union" and "Soviet troops" still name it.
/// </summary>
internal static class EraNames
{
    public static readonly string[] All =
    [
        "Soviet-era", "Soviet era", "Soviet times", "Soviet period", "Soviet-style", "Soviet-made", "Soviet-built",
        "Soviet-designed", "Soviet-vintage",
        "post-Soviet", "ex-Soviet", "pre-Soviet", "former Soviet republic", "former Soviet republics",
        "former Soviet state", "former Soviet states", "former Soviet countries", "former Soviet space",
        "former Soviet Union republic", "former Soviet Union republics", "former Soviet Union states", "former Soviet Union countries",
        "Soviet collapse", "Soviet disintegration", "Soviet breakup", "Soviet break-up",
    ];
}
