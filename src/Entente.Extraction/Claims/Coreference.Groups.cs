namespace Entente.Extraction.Claims;

// Sentences about a group the sentence before named: "Niger has drawn closer to Mali and Burkina Faso. The three left ECOWAS in January."
internal sealed partial class Coreference
{
    // The count each opener gives; "they" and "all of them" take the group whatever its size.
    private static readonly (string[] Words, int Count)[] GroupOpeners =
    [
        (["all", "three"], 3), (["the", "three"], 3), (["all", "four"], 4), (["the", "four"], 4), (["all", "five"], 5), (["the", "five"], 5),
        (["they"], 0), (["all", "of", "them"], 0), (["together", ",", "they"], 0),
    ];

    // "The three juntas", "all three countries": the noun the count may carry.
    private static readonly WordSet CountedNouns = new(
        "juntas", "countries", "states", "governments", "nations", "members", "neighbours", "neighbors", "regimes", "capitals", "leaders", "allies");

    private readonly List<string> _group = [];

    /// <summary>
    /// The other members of the group the unit's opener stood for, the subject among it ("The three left ECOWAS"); empty
    /// when the unit opened with no such group. What the subject does as one of them, they do too.
    /// </summary>
    public IReadOnlyList<string> GroupWithSubject => _group;

    /// <summary>
    /// "Niger has drawn closer to Mali and Burkina Faso. The three left ECOWAS": a unit that opens with a count of the
    /// actors the unit before named, the subject among them, and names no one in the opener, is about that group; the
    /// subject stands in for it. How many words the opener took, or 0.
    /// </summary>
    private int GroupOfTheSubject(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (subject is null || _lastNamed.Count < 2 || !_lastNamed.Contains(subject) || (placed.Count > 0 && placed[0].First == 0))
            return 0;
        foreach (var (phrase, count) in GroupOpeners)
        {
            if (!Words.Spell(words, 0, phrase) || (count > 0 && count != _lastNamed.Count))
                continue;
            var end = phrase.Length < words.Count && CountedNouns.Contains(words[phrase.Length]) ? phrase.Length + 1 : phrase.Length;
            // "They" followed at once by a name is a pronoun before its object ("They fought Israel") only when a verb stands between.
            if (end >= words.Count || (placed.Count > 0 && placed[0].First <= end))
                return 0;
            foreach (var id in _lastNamed)
            {
                if (id != subject)
                    _group.Add(id);
            }
            return end;
        }
        return 0;
    }

    private static readonly WordSet GroupHeads = new("rebels", "militia", "militias", "group", "movement", "fighters", "militants", "insurgents", "organisation", "organization");

    /// <summary>
    /// "The Iranian-backed rebels have increased attacks on Saudi Arabia": "the X-backed rebels" is the armed group the sentence
    /// named before it, else the one last named (or the subject, when it is one), with its backer named in the compound. One
    /// word may describe the group first: "the Iran-backed Lebanese group", "the Iranian-backed Shiite militia".
    /// </summary>
    private void GroupAfterACompound(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        // "in attacks that the Iran-aligned group claims …": anywhere in the sentence, "the X-backed group" is the group.
        for (var k = 0; k < placed.Count; k++)
        {
            var p = placed[k];
            if (p.First < 1 || words[p.First - 1].Lower != "the" || p.Last + 3 >= words.Count || words[p.Last + 1].Lower != "-"
                || !words[p.Last + 2].Lower.EndsWith("ed", StringComparison.Ordinal))
                continue;
            var noun = GroupHeads.Contains(words[p.Last + 3]) ? p.Last + 3 : p.Last + 4;
            if (noun >= words.Count || !GroupHeads.Contains(words[noun]) || !words[noun - 1].Lower.All(char.IsLetter))
                continue;
            // A demonym that describes the group ("Lebanese") names no party of its own.
            var described = k + 1 < placed.Count && placed[k + 1].First == noun - 1 && placed[k + 1].Last == noun - 1 && noun == p.Last + 4;
            if (k + 1 < placed.Count && placed[k + 1].First <= noun && !described)
                continue;
            if ((GroupNamedBefore(placed, k) ?? _lastGroup ?? NonStateSubject()) is not { } group || group == p.ActorId)
                return;
            if (described)
                placed[k + 1] = new PlacedMention(noun - 1, noun, group);
            else
                placed.Insert(k + 1, new PlacedMention(noun, noun, group));
            return;
        }
    }

    /// <summary>"The rise of the Houthis … led to alliances to counter the Iran-backed rebels": the group the sentence named before the compound.</summary>
    private string? GroupNamedBefore(List<PlacedMention> placed, int compound)
    {
        for (var k = compound - 1; k >= 0; k--)
        {
            if (placed[k].ActorId != placed[compound].ActorId && KindOf(placed[k].ActorId) is { } kind && kind.IsNonState())
                return placed[k].ActorId;
        }
        return null;
    }

    /// <summary>
    /// "Egypt labeled the group a terrorist organization", "Turkish jets struck the movement's bases": after a doer, "the
    /// group" (not "the group of") stands for the subject when it is a group, else for the group last named. Only after a verb
    /// or a preposition: "…, and the movement still calls" opens a clause of its own.
    /// </summary>
    private void GroupAsAnObject(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (placed.Count == 0 || (NonStateSubject() ?? _lastGroup) is not { } group || Placement.Names(placed, group))
            return;
        for (var i = placed[0].Last + 1; i + 2 < words.Count; i++)
        {
            if (words[i].Lower != "the" || !GroupObjects.Contains(words[i + 1]) || words[i + 2].Lower == "of" || Placement.Covers(placed, i + 1)
                || !words[i - 1].Lower.All(char.IsLetter) || ClauseOpeners.Contains(words[i - 1]))
                continue;
            var at = placed.FindIndex(p => p.First > i);
            placed.Insert(at < 0 ? placed.Count : at, new PlacedMention(i, i + 1, group));
            return;
        }
    }

    private static readonly WordSet ClauseOpeners = new("and", "but", "or", "while", "whereas", "that", "which", "as", "because", "since", "although", "though", "when", "after", "before");
    private static readonly WordSet GroupObjects = new("group", "movement", "militia", "organisation", "organization");
}
