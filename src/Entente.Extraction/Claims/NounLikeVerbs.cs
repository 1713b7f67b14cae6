namespace Entente.Extraction.Claims;

/// <summary>
/// Verb cues written the same as an adjective or a noun: "began its armed insurgency", "the Italian heads of government".
/// Read as verbs they made Boko Haram arm Nigeria and Italy lead NATO.
/// </summary>
internal static class NounLikeVerbs
{
    private static readonly WordSet Determiners = new("its", "their", "his", "her", "our", "a", "an", "the");

    // What "armed" describes, not whom it arms: none of these is armed by someone.
    private static readonly WordSet ArmedThings = new(
        "insurgency", "insurgencies", "struggle", "struggles", "conflict", "conflicts", "rebellion", "resistance", "uprising", "revolt",
        "violence", "attack", "attacks", "assault", "robbery", "wing", "forces", "force", "clashes", "clash", "campaign", "opposition",
        "confrontation", "men", "neutrality", "intervention", "action", "escort", "escorts", "guards", "gangs", "bands", "separatism",
        "insurrection", "hostilities", "drones", "drone", "personnel", "police", "services", "actors", "movement", "movements", "jihad",
        "organisation", "organisations", "organization", "organizations", "formations");

    // "ethnic armed organisations", "other armed groups": a word that only describes stands before an adjective, never before a verb.
    private static readonly WordSet Describers = new("ethnic", "non-state", "other", "rival", "several", "various", "many", "local", "illegal", "irregular", "two", "three", "these", "those", "most", "all");

    private static readonly WordSet LeadingVerbs = new("heads", "chairs", "leads");

    // "lining up support abroad", "went back to", "the military arm of": bare, these words are most often a noun or an adverb.
    private static readonly WordSet BareForms = new("support", "back", "arm");

    // What stands right before such a word when it is a verb: "Russia and Iran support", "they back", "states that arm", "both back".
    private static readonly WordSet BeforeABareVerb = new(
        "they", "we", "you", "i", "who", "that", "which", "to", "also", "still", "now", "not", "n't", "openly", "actively", "directly",
        "strongly", "firmly", "continue", "do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must", "jointly", "both", "all");

    public static bool Is(IReadOnlyList<Word> words, int index, Cue cue)
    {
        if (cue.Form != CueForm.Active || index + 1 >= words.Count)
            return false;
        var word = words[index].Lower;
        if (word == "armed")
            return (index > 0 && (Determiners.Contains(words[index - 1]) || Describers.Contains(words[index - 1]))) || ArmedThings.Contains(words[index + 1]);
        if (BareForms.Contains(words[index]))
            return index == 0 || !(words[index - 1].IsCapitalized || BeforeABareVerb.Contains(words[index - 1]));
        // "heads of government": no verb is followed by "of".
        return LeadingVerbs.Contains(words[index]) && words[index + 1].Lower == "of";
    }
}
