using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

// Names a title sets around another actor as its standing ("NATO member Estonia") or its setting ("in Israel-Hamas conflict").
internal static partial class TitledRelations
{
    /// <summary>
    /// "The Australian: Fiji's New Prime Minister Refuses …": a single capitalised word after "The" that opens the title before
    /// a colon names the newspaper that ran the story, not an actor in it.
    /// </summary>
    public static bool IsPublicationLabel(string title, Mention mention) =>
        mention.Start == 4 && title.StartsWith("The ", StringComparison.Ordinal) && mention.End < title.Length && title[mention.End] == ':'
        && !mention.Surface.Contains(' ');

    private static readonly string[] StandingNouns = ["member", "member state", "ally", "partner"];

    /// <summary>
    /// "UK Troops on Standby to Defend NATO Member Estonia From Russia": a name before "member", "ally" or "partner" and another
    /// name describes that other one's standing; the story is the other's.
    /// </summary>
    public static bool OnlyAsStanding(string title, List<Mention> titled, string id)
    {
        var any = false;
        for (var k = 0; k < titled.Count; k++)
        {
            if (titled[k].ActorId != id)
                continue;
            if (k + 1 >= titled.Count || titled[k + 1].ActorId == id || !NextWordIsOneOf(title, titled[k].End, StandingNouns))
                return false;
            var gap = title.AsSpan(titled[k].End, titled[k + 1].Start - titled[k].End).Trim();
            if (gap.Contains(' ') && !gap.Equals("member state", StringComparison.OrdinalIgnoreCase))
                return false;
            any = true;
        }
        return any;
    }

    private static readonly string[] ConflictNouns = ["war", "conflict", "fighting", "hostilities", "crisis"];

    /// <summary>
    /// "Qatar Steps Back from Mediation Role in Israel-Hamas Conflict": the sides of a war named as one word ("Israel-Hamas"),
    /// where the title names another actor before them, name the setting of that actor's story, not its subject.
    /// </summary>
    public static bool OnlyNamingAWar(string title, List<Mention> titled, string id)
    {
        var any = false;
        for (var k = 0; k < titled.Count; k++)
        {
            if (titled[k].ActorId != id)
                continue;
            var (first, second) = k + 1 < titled.Count && Hyphened(title, titled[k], titled[k + 1]) ? (k, k + 1)
                : k > 0 && Hyphened(title, titled[k - 1], titled[k]) ? (k - 1, k) : (-1, -1);
            if (first < 0)
                return false;
            var opens = titled[first].Start;
            if (!titled.Exists(m => m.End <= opens && m.ActorId != titled[first].ActorId && m.ActorId != titled[second].ActorId && OneClause(title, m.End, opens))
                || !NextWordIsOneOf(title, titled[second].End, ConflictNouns))
                return false;
            any = true;
        }
        return any;
    }

    // "Abraham Alliance vs Axis of Resistance: Who's fighting in an Israel-Iran war": past a colon the title asks anew.
    private static bool OneClause(string title, int from, int to) => title.AsSpan(from, to - from).IndexOfAny(':', '|', '?') < 0;

    private static bool Hyphened(string title, Mention left, Mention right) =>
        right.Start == left.End + 1 && title[left.End] is '-' or '–';

    private static bool NextWordIsOneOf(string title, int from, string[] words)
    {
        var rest = title.AsSpan(from).TrimStart();
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
                return true;
        }
        return false;
    }
}
