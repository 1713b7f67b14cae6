namespace Entente.Extraction.Mentions;

/// <summary>
/// Seas, regions, rivers and territories whose names hold an actor's name or demonym but stand for no actor: in
/// "the Indian Ocean", "the South China Sea" or "Latin American leaders" nobody speaks for India, China or
/// the United States. The gazetteer takes each as a name that wins its span and names no one, the way
/// longest match lets "Papua New Guinea" win over "Guinea".
/// </summary>
internal static class PlaceNames
{
    /// <summary>Every place has two words or more: a one-word place would be an actor's own word.</summary>
    public static readonly string[] All =
    [
        "Indian Ocean", "Indian subcontinent",
        "South China Sea", "East China Sea",
        "Persian Gulf", "Arabian Sea", "Arabian Peninsula", "Gulf of Oman", "Gulf of Guinea", "Gulf of Mexico", "Sea of Japan",
        "Irish Sea", "Jordan River", "Jordan Valley", "Congo River", "Congo Basin", "New Guinea",
        "Latin America", "Latin American", "South America", "South American", "Central America", "Central American",
        "North America", "North American",
        // Territories and provinces named after a state they do not speak for: "Guam and American Samoa" are the US's.
        "American Samoa", "New Mexico",
    ];
}
