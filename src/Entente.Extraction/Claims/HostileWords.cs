namespace Entente.Extraction.Claims;

/// <summary>
/// Words that state hostility in a sentence: what turns a broken tie into a rivalry (tests/eval/README.md, "Broken
/// ties"): an enemy named, aggression or attacks reported, accusations, a blockade, clashes, a war.
/// </summary>
internal static class HostileWords
{
    private static readonly WordBeginnings Beginnings = new(
        "hostil", "enem", "aggress", "accus", "attack", "strike", "struck", "clash", "blockad", "war", "invad", "invasion", "threat",
        "sabotag", "destabili", "interfer", "meddl", "spy", "spie", "espionage", "terror", "genocid", "fascist", "arming", "armed",
        "bomb", "shell", "hack", "plot", "coup", "subver", "kill", "rival", "annex", "occup");

    public static bool In(IReadOnlyList<Word> words) => Beginnings.AnyIn(words);

    /// <summary>Who someone has against it: "Iran's enemies", "Russia's critics".</summary>
    public static readonly WordSet Foes = new(
        "enemies", "enemy", "foes", "foe", "rivals", "rival", "adversaries", "adversary", "opponents", "opponent", "critics", "attackers", "assassins");
}
