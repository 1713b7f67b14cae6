namespace Entente.Extraction.Claims;

// Finding mentions by place: plain loops, where Exists, Find and LastOrDefault over a lambda had a closure
// made at every call, and these run for every actor and cue a unit pairs.
internal sealed partial class SubjectReader
{
    /// <summary>The last mention that ends at <paramref name="last"/>, or null.</summary>
    private static PlacedMention? LastEndingAt(List<PlacedMention> placed, int last)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last == last)
                return placed[k];
        }
        return null;
    }

    /// <summary>The first mention that ends at <paramref name="last"/>, or null.</summary>
    private static PlacedMention? FirstEndingAt(List<PlacedMention> placed, int last)
    {
        foreach (var p in placed)
        {
            if (p.Last == last)
                return p;
        }
        return null;
    }

    /// <summary>Where the last mention that ends before <paramref name="index"/> stands in the list, or -1.</summary>
    private static int LastIndexEndingBefore(List<PlacedMention> placed, int index)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last < index)
                return k;
        }
        return -1;
    }

    /// <summary>The last mention of <paramref name="actorId"/> that ends before <paramref name="index"/>, or null.</summary>
    private static PlacedMention? LastNamedBefore(List<PlacedMention> placed, string actorId, int index)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].ActorId == actorId && placed[k].Last < index)
                return placed[k];
        }
        return null;
    }

    /// <summary>The first mention of <paramref name="actorId"/> that opens at or after <paramref name="from"/>, or null.</summary>
    private static PlacedMention? FirstNamedFrom(List<PlacedMention> placed, string actorId, int from)
    {
        foreach (var p in placed)
        {
            if (p.ActorId == actorId && p.First >= from)
                return p;
        }
        return null;
    }

    /// <summary>Whether a mention of <paramref name="actorId"/> opens within [from, to].</summary>
    private static bool NamedWithin(List<PlacedMention> placed, string actorId, int from, int to)
    {
        foreach (var p in placed)
        {
            if (p.ActorId == actorId && p.First >= from && p.First <= to)
                return true;
        }
        return false;
    }

    /// <summary>Whether a mention of <paramref name="actorId"/> opens at <paramref name="first"/>.</summary>
    private static bool NamedAt(List<PlacedMention> placed, string actorId, int first)
    {
        foreach (var p in placed)
        {
            if (p.ActorId == actorId && p.First == first)
                return true;
        }
        return false;
    }

    /// <summary>Whether a mention of <paramref name="actorId"/> opens after <paramref name="last"/>.</summary>
    private static bool NamedAfter(List<PlacedMention> others, string actorId, int last)
    {
        foreach (var o in others)
        {
            if (o.ActorId == actorId && o.First > last)
                return true;
        }
        return false;
    }

    /// <summary>Whether any mention opens within [from, to].</summary>
    private static bool OpensWithin(List<PlacedMention> placed, int from, int to)
    {
        foreach (var p in placed)
        {
            if (p.First >= from && p.First <= to)
                return true;
        }
        return false;
    }

    /// <summary>Whether an actor other than <paramref name="other"/>'s, and no place, ends at <paramref name="last"/>.</summary>
    private static bool AnotherEndsAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int last, PlacedMention other)
    {
        foreach (var p in placed)
        {
            if (p.Last == last && p.ActorId != other.ActorId && !Placement.IsPlace(words, p))
                return true;
        }
        return false;
    }

    private static bool AnyAppositiveHead(IReadOnlyList<Word> words, List<PlacedMention> placed, int pronoun)
    {
        foreach (var p in placed)
        {
            if (AppositiveHead(words, p, pronoun))
                return true;
        }
        return false;
    }

    /// <summary>The last actor before the pronoun that it can stand for: no head it is in apposition to, no place, no possessor.</summary>
    private static PlacedMention? LastOwnerBefore(IReadOnlyList<Word> words, List<PlacedMention> placed, int pronoun)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            var p = placed[k];
            if (p.Last < pronoun && !AppositiveHead(words, p, pronoun) && !Placement.IsPlace(words, p) && !Possessor(words, p))
                return p;
        }
        return null;
    }

    /// <summary>Whether the words in [from, to) hold <paramref name="lower"/>.</summary>
    private static bool Says(IReadOnlyList<Word> words, int from, int to, string lower)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower == lower)
                return true;
        }
        return false;
    }

    private static PlacedMention? FirstOf(List<PlacedMention> list, string actorId)
    {
        foreach (var p in list)
        {
            if (p.ActorId == actorId)
                return p;
        }
        return null;
    }

}
