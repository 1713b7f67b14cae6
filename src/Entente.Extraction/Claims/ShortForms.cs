using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// "the Axis", "its Axis partners", "the Union": once a document has named a bloc, an organisation or
/// a movement in full, the capitalised head noun of that name stands for it in the sentences after.
/// Writers shorten names this way everywhere, but the head alone ("Union", "Council") is no name of its
/// own, so it counts only in a document that has just named its owner, and only when no other actor
/// the document names shares it as closely (see <see cref="HeadOwners"/>).
/// </summary>
internal sealed class ShortForms
{
    // Nouns that head institutional names: "Axis of Resistance", "European Union", "Polisario Front".
    private static readonly HashSet<string> HeadNouns = new(StringComparer.Ordinal)
    {
        "Axis", "Alliance", "Union", "League", "Council", "Organisation", "Organization", "Pact", "Community",
        "Coalition", "Front", "Movement", "Bloc", "Forum", "Federation", "Confederation",
    };

    // Who each head may stand for, and where its owner is first named in full. Made only for a document that names a bloc, an
    // organisation or a movement: most name none.
    private readonly Dictionary<string, HeadOwners>? _owners;

    public ShortForms(IReadOnlyList<IReadOnlyList<Mention>> document, IReadOnlyDictionary<string, Actor> actors)
    {
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
                var own = Head(mention.Surface);
                if (own is not null)
                    Note(ref _owners, own, actor.Id, unit, mention.End, written: true);
                foreach (var head in NameHeads(actor))
                {
                    if (head != own)
                        Note(ref _owners, head, actor.Id, unit, mention.End, written: false);
                }
            }
        }
    }

    /// <summary>The unit's mentions with each short form after its owner's full name added, in text order.</summary>
    public IReadOnlyList<Mention> Add(int unit, string text, IReadOnlyList<Mention> mentions)
    {
        if (_owners is null)
            return mentions;
        List<Mention>? added = null;
        foreach (var (head, held) in _owners)
        {
            if (held.Owner() is not { } owner || unit < owner.Unit)
                continue;
            var (actorId, firstUnit, firstEnd) = owner;
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

    private static void Note(ref Dictionary<string, HeadOwners>? owners, string head, string actorId, int unit, int end, bool written)
    {
        owners ??= new Dictionary<string, HeadOwners>(StringComparer.Ordinal);
        ref var held = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(owners, head, out _);
        held.Note(actorId, unit, end, written);
    }

    /// <summary>
    /// Who a head may stand for. "Myanmar National Democratic Alliance Army (MNDAA)" holds "Alliance" only through another of
    /// its names; "the Three Brotherhood Alliance", written out, holds it as written, and "the Alliance" after both is the
    /// latter. Two owners of the same standing share the head, and it stands for neither.
    /// </summary>
    private struct HeadOwners
    {
        private (string ActorId, int Unit, int Start)? _written, _other;
        private bool _writtenShared, _otherShared;

        public void Note(string actorId, int unit, int end, bool written)
        {
            if (written)
                Keep(ref _written, ref _writtenShared, actorId, unit, end);
            else
                Keep(ref _other, ref _otherShared, actorId, unit, end);
        }

        public readonly (string ActorId, int Unit, int Start)? Owner() =>
            _written is not null ? (_writtenShared ? null : FirstNamed(_written.Value)) : _otherShared ? null : _other;

        // Where the owner was first named by any of its names: the short form may stand for it from there on.
        private readonly (string ActorId, int Unit, int Start) FirstNamed((string ActorId, int Unit, int Start) written) =>
            _other is { } other && other.ActorId == written.ActorId && (other.Unit, other.Start).CompareTo((written.Unit, written.Start)) < 0 ? other : written;

        private static void Keep(ref (string ActorId, int Unit, int Start)? owner, ref bool shared, string actorId, int unit, int end)
        {
            if (owner is null)
                owner = (actorId, unit, end);
            else if (owner.Value.ActorId != actorId)
                shared = true;
        }
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
