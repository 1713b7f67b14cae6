namespace Entente.Extraction.Claims;

// Where a clause or a list begins and ends around a cue: "Relations with X", ", and the …", ";", long lists.
internal sealed partial class SubjectReader
{
    private static readonly string[][] RelationsOpeners = [["relations", "with"], ["ties", "with"], ["the", "relationship", "with"], ["relationship", "with"]];

    /// <summary>The actors a sentence opening "Relations with X …" or "Ties with X and Y …" names as the partner, or null.</summary>
    private static List<PlacedMention>? RelationsWith(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        foreach (var opener in RelationsOpeners)
        {
            if (!Words.Spell(words, 0, opener))
                continue;
            var at = words.Count > opener.Length && words[opener.Length].Lower == "the" ? opener.Length + 1 : opener.Length;
            var first = Placement.IndexOpeningAt(placed, at);
            return first < 0 ? null : Placement.ListAround(words, placed, first);
        }
        return null;
    }

    private static bool SameList(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention head, PlacedMention other) =>
        head.Last < other.First && Placement.ListAround(words, placed, placed.IndexOf(head)).Contains(other);

    /// <summary>"Lebanon and Israel are still at war; an Israeli strike killed Hezbollah's chief": the verb has a clause of its own.</summary>
    private static bool MainClauseBetween(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower == ";")
                return true;
        }
        return false;
    }

    /// <summary>"The UAE is set to join the bloc, which is made up of Brazil, …": the relative clause's cue is the noun's it hangs on, not the name before.</summary>
    private static bool RelativeOnANoun(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from + 2; i < to; i++)
        {
            if (words[i].Lower is "which" or "who" && words[i - 1].Lower == "," && !words[i - 2].IsCapitalized && words[i - 2].Lower.All(char.IsLetter))
                return true;
        }
        return false;
    }

    private static bool Between(IReadOnlyList<Word> words, List<PlacedMention> others, int index, int length)
    {
        PlacedMention? before = null, after = null;
        for (var k = others.Count - 1; k >= 0 && before is null; k--)
        {
            var o = others[k];
            if (o.Last < index && index - o.Last <= Reach && !Crosses(words, index, length, o))
                before = o;
        }
        if (before is null || RelativeOnANoun(words, before.Last + 1, index))
            return false;
        foreach (var o in others)
        {
            if (o.First >= index + length && o.First - index <= Reach && !Crosses(words, index, length, o) && !NewClauseBefore(words, index + length, o.First))
            {
                after = o;
                break;
            }
        }
        // "Ethiopia is set to join the bloc, which is made up of Brazil, …": the verb's object is the noun the clause hangs on.
        return after is not null && before.ActorId != after.ActorId && !RelativeOnANoun(words, index + length, after.First);
    }

    /// <summary>
    /// "Iran is regarded as the main rival, and the truce with the Houthis is fragile": ", and" with more words before
    /// the name opens a clause of its own ("an alliance with Russia, and China" still lists).
    /// </summary>
    private static bool NewClauseBefore(IReadOnlyList<Word> words, int from, int name)
    {
        for (var i = from; i + 2 < name; i++)
        {
            if (words[i].Lower == "," && words[i + 1].Lower is "and" or "but")
                return true;
        }
        return false;
    }

    /// <summary>Drops the cues that stand between two other actors; "Israel bombed the Houthi-controlled port": a name glued to the object still names whom the verb struck.</summary>
    private static void DropBetweenOthers(IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, List<(int Index, int Length, Cue Value)> cues)
    {
        // In "Houthi attacks on Israel" the demonym is the attacker.
        var named = new List<PlacedMention>(placed.Count);
        foreach (var p in placed)
        {
            if (p.ActorId != subject && !Placement.IsPlace(words, p) && !Speaks(words, p))
                named.Add(p);
        }
        var kept = 0;
        for (var k = 0; k < cues.Count; k++)
        {
            if (!Between(words, named, cues[k].Index, cues[k].Length))
                cues[kept++] = cues[k];
        }
        cues.RemoveRange(kept, cues.Count - kept);
    }
}
