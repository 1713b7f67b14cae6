namespace Entente.Extraction.Mentions;

/// <summary>
/// Bodies and polities not in data/ whose names hold a listed actor's name: in "the Commonwealth of
/// Independent States" or "the Commonwealth of Virginia" nobody speaks for the Commonwealth of Nations, and in
/// "the Common Market for Eastern and Southern Africa" nobody for the European Communities' "Common Market".
/// Like <see cref="PlaceNames"/>, each wins its span and names no one. One that data/ comes to
/// hold must leave this list, or its name would be two actors' and name neither.
/// </summary>
internal static class UnlistedBodies
{
    public static readonly string[] All =
    [
        "Commonwealth of Independent States",
        "Commonwealth of Puerto Rico", "Commonwealth of the Northern Mariana Islands",
        "Commonwealth of Virginia", "Commonwealth of Pennsylvania", "Commonwealth of Massachusetts", "Commonwealth of Kentucky",
        "Common Market for Eastern and Southern Africa", "Central American Common Market", "Arab Common Market", "East African Common Market",
    ];
}
