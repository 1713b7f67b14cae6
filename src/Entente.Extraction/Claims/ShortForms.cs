using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// "the Axis", "its Axis partners", "the Union": once a document has named a bloc, an organisation or
/// a movement in full, the capitalised head noun of that name stands for it in the sentences after.
/// Writers shorten names this way everywhere, but the head alone ("Union", "Council") is no name of its
/// own, so it counts only in a document that has just named its owner, and only when no other actor
/// the document names shares it.
/// </summary>
internal sealed class ShortForms
{
    // Nouns that head institutional names: "Axis of Resistance", "European Union", "Polisario Front".
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
    {
        "Axis", "Alliance", "Union", "League", "Council", "Organisation", "Organization", "Pact", "Community",
        "Coalition", "Front", "Movement", "Bloc", "Forum", "Federation", "Confederation",
    };

    // Where each head's owner is first named in full: (unit, offset); shared heads are left out. Made for a document that names
    // a bloc, an organisation or a movement, as the set of shared heads is for one where two share a head: most name neither.
    private Dictionary<string, (string ActorId, int Unit, int Start)>? _heads;

    public ShortForms(IReadOnlyList<IReadOnlyList<Mention>> document, IReadOnlyDictionary<string, Actor> actors)
    {
        HashSet<string>? ambiguous = null;
        string? lastId = null;
        Actor? lastActor = null;
        for (var unit = 0; unit < document.Count; unit++)
        {
            var mentions = document[unit];
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                // An actor is mostly named by the same id instance again and again ("Iran ... Iran"): the last one looked up is kept.
                if (!ReferenceEquals(mention.ActorId, lastId))
                    (lastId, lastActor) = (mention.ActorId, actors.GetValueOrDefault(mention.ActorId));
                var actor = lastActor;
                if (actor is null || actor.Kind == ActorKind.State)
                    continue;
                var named = NameHeads(actor);
                foreach (var head in named)
                    Note(head, actor.Id, unit, mention.End, ref ambiguous);
                if (Head(mention.Surface) is { } own && Array.IndexOf(named, own) < 0)
                    Note(own, actor.Id, unit, mention.End, ref ambiguous);
            }
        }
        if (ambiguous is not null)
        {
            foreach (var head in ambiguous)
                _heads!.Remove(head);
        }
    }

    /// <summary>The unit's mentions with each short form after its owner's full name added, in text order.</summary>
    public IReadOnlyList<Mention> Add(int unit, string text, IReadOnlyList<Mention> mentions)
    {
        if (_heads is not { Count: > 0 })
            return mentions;
        List<Mention>? added = null;
        foreach (var (head, (actorId, firstUnit, firstEnd)) in _heads)
        {
            if (unit < firstUnit)
                continue;
            for (var at = text.IndexOf(head, StringComparison.Ordinal); at >= 0; at = text.IndexOf(head, at + head.Length, StringComparison.Ordinal))
            {
                var end = at + head.Length;
                if ((unit == firstUnit && at < firstEnd) || !StandsAlone(text, at, end) || Covered(mentions, at, end))
                    continue;
                (added ??= [.. mentions]).Add(new Mention(at, end, actorId, NameKind.Alias, head));
            }
        }
        if (added is null)
            return mentions;
        added.Sort((a, b) => a.Start.CompareTo(b.Start));
        return added;
    }

    private void Note(string head, string actorId, int unit, int end, ref HashSet<string>? ambiguous)
    {
        _heads ??= new Dictionary<string, (string ActorId, int Unit, int Start)>(StringComparer.Ordinal);
        if (_heads.TryGetValue(head, out var known) && known.ActorId != actorId)
            (ambiguous ??= new HashSet<string>(StringComparer.Ordinal)).Add(head);
        else
            _heads.TryAdd(head, (actorId, unit, end));
    }

    // An actor's names do not change while it is known, and every mention of it asks for their heads: made once per actor.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Actor, string[]> HeadsByActor = new();

    private static string[] NameHeads(Actor actor) =>
        HeadsByActor.GetValue(actor, a => a.Names.Select(n => n.Text).Append(a.Name).Select(Head).OfType<string>().Distinct().ToArray());

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadNounSpans = HeadNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Axis of Resistance" → "Axis"; "European Union" → "Union"; one-word names have no head to stand alone.</summary>
    /// <remarks>Reads the words where they stand rather than splitting: a name's surface is asked about at every mention.</remarks>
    private static string? Head(string name)
    {
        var text = name.AsSpan();
        var first = NextWord(text, 0);
        if (first.Length == 0)
            return null;
        var second = NextWord(text, first.End);
        if (second.Length == 0)
            return null;
        if (text.Slice(second.Start, second.Length) is "of" && HeadNounSpans.TryGetValue(text.Slice(first.Start, first.Length), out var opening))
            return opening;
        var last = second;
        for (var word = NextWord(text, second.End); word.Length > 0; word = NextWord(text, word.End))
            last = word;
        return HeadNounSpans.TryGetValue(text.Slice(last.Start, last.Length), out var closing) ? closing : null;
    }

    /// <summary>The next run of characters other than ' ' from <paramref name="from"/>; empty at the end.</summary>
    private static (int Start, int Length, int End) NextWord(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from] == ' ')
            from++;
        var end = from;
        while (end < text.Length && text[end] != ' ')
            end++;
        return (from, end - from, end);
    }

    /// <summary>
    /// A whole word, not part of a longer name: no capitalised word right before it ("African Union"
    /// names another actor; "Iran's Axis" is a possessor) and no "of" after it ("the Axis of Evil").
    /// </summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            return false;
        var before = text.AsSpan(0, start).TrimEnd();
        var previousWord = before[(before.LastIndexOfAny(' ', '(', '"') + 1)..];
        var possessive = previousWord.EndsWith("'s", StringComparison.Ordinal) || previousWord.EndsWith("’s", StringComparison.Ordinal);
        if (previousWord.Length > 0 && char.IsUpper(previousWord[0]) && !possessive && previousWord is not ("The" or "Its" or "Their"))
            return false;
        return !text.AsSpan(end).TrimStart().StartsWith("of ", StringComparison.Ordinal);
    }

    /// <summary>Whether a mention already overlaps the span from <paramref name="start"/> to <paramref name="end"/>: a short form never takes a name's place.</summary>
    internal static bool Covered(IReadOnlyList<Mention> mentions, int start, int end)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (mention.Start < end && start < mention.End)
                return true;
        }
        return false;
    }
}
