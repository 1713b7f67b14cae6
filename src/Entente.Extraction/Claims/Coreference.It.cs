using Entente.Extraction.Documents;

namespace Entente.Extraction.Claims;

/// <summary>
/// "China occupies a different shelf. It is the largest buyer of Saudi crude": a sentence opening with "It" continues
/// the sentence before it (in the same paragraph, or the paragraph before: "Nevertheless, China still plays both sides. ¶
/// Traditionally, it has supported …", an opening phrase before either) when that one opened with another actor's name; otherwise "It" is the
/// document's subject. "Rwandan special forces flew in… They guard Bangui": "They" continues a sentence that opened
/// with another country's demonym, as its people or forces. "Taiwan keeps ties with many states. Its list of allies includes
/// Belize": "Its" is the one actor the sentence before named, when that one was not the subject.
/// </summary>
internal sealed partial class Coreference
{
    private string? _lastOpener;
    private bool _lastOpenerIsDemonym;
    private TextBlock? _lastOpenerBlock;
    private string? _lastSole;

    // "It is unclear whether …", "It was reported that …", "it is key for Europe to …": "it" standing for no one.
    private static readonly WordSet EmptyItWords = new("that", "whether", "to", "unclear", "clear", "likely", "unlikely", "possible", "worth", "time", "not", "true", "said", "reported", "thought", "believed", "expected", "seen", "hard", "difficult", "easy", "important", "notable", "remains",
        "key", "essential", "vital", "crucial", "necessary", "imperative", "urgent");

    /// <summary>Whether the unit's "It" stands for an actor the sentence itself does not name.</summary>
    public bool ContinuesAnother(IReadOnlyList<Word> words, TextBlock block) => OpenerBefore(words, block).Actor is not null;

    /// <summary>The actor the unit's opening pronoun continues, if another than the subject, and where the pronoun stands ("Traditionally, it has …").</summary>
    private (string? Actor, int At) OpenerBefore(IReadOnlyList<Word> words, TextBlock block)
    {
        if ((_lastOpener ?? _lastSole) is null || !Continues(block) || words.Count < 3)
            return (null, 0);
        var at = Pronouns.Contains(words[0]) ? 0 : OpeningPhrases.End(words, 1) + 1;
        if (at + 2 >= words.Count || !Pronouns.Contains(words[at]))
            return (null, 0);
        if (words[at].Lower == "they")
            return (_lastOpenerIsDemonym ? _lastOpener : null, at);
        // "Tehran supplies Hamas … Its ally Hezbollah": once the last sentence named the subject, "Its" is the subject's.
        // Across paragraphs only an opener carries on: "… fired drones at Israel. ¶ Its fighters …" are not Israel's.
        if (words[at].Lower == "its")
            return (ReferenceEquals(block, _lastOpenerBlock) ? _lastSole : null, at);
        if (words[at].Lower != "it")
            return (null, 0);
        if (words[at + 1].Lower is "is" or "was" or "remains" && (EmptyItWords.Contains(words[at + 2]) || (words.Count > at + 3 && EmptyItWords.Contains(words[at + 3])) || NamesAnEvent(words, at + 2)))
            return (null, 0);
        return (_lastOpener, at);
    }

    private static readonly WordSet Pronouns = new("it", "its", "they");

    // "Israel bombed the port. It was one of many Houthi attacks …": "it" is what was done, not the doer.
    private static readonly WordSet EventNouns = new("attack", "attacks", "strike", "strikes", "raid", "raids", "incident", "incidents", "operation", "operations", "move", "moves", "step", "steps", "event", "events");

    private static bool NamesAnEvent(IReadOnlyList<Word> words, int from)
    {
        for (var i = from; i < Math.Min(words.Count, from + 6); i++)
        {
            if (EventNouns.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "Tokyo has no diplomatic relations with Taipei, but it is one of the island's closest partners": "it"
    /// opening a second main clause stands for the country the sentence opened with.
    /// </summary>
    private void ItOfTheOpener(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        // "In 2019, Tokyo had no embassy …, but it is …": the opener may follow opening phrases.
        if (OpeningPhrases.Opener(words, placed) is not { } first || first.ActorId == subject || first.Person || KindOf(first.ActorId) is not { } opener || !opener.IsCountry())
            return;
        var opensTheSentence = first.First <= 1 || first.First == OpeningPhrases.MainClauseStart(words, first.First + 1);
        if (!opensTheSentence)
            return;
        for (var i = 3; i + 1 < words.Count; i++)
        {
            if (words[i].Lower == "it" && ActsAs.Contains(words[i + 1]) && words[i - 1].Lower is "but" or "yet" or "and"
                && words[i - 2].Lower == "," && !Covers(placed, i, i))
            {
                placed.Insert(FirstAfter(placed, i), new PlacedMention(i, i, first.ActorId));
                return;
            }
        }
    }

    // Conjunctions that open a clause set before the main one: "As it resists EU pressure, RS has built …".
    private static readonly WordSet FrontedConjunctions = new("as", "while", "whilst", "when", "although", "though", "because", "since", "if", "once", "until", "after", "before");

    /// <summary>
    /// "As it resists EU and U.S. pressure, RS has built an alliance …": an "it" in a clause fronted before the main one stands
    /// for the name that opens the main clause, not for the subject. Placed there; false where the sentence is not so built.
    /// </summary>
    private static bool ItBeforeItsName(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (words.Count < 6 || !FrontedConjunctions.Contains(words[0]) || words[1].Lower != "it")
            return false;
        var comma = 2;
        while (comma < words.Count && comma < MaxFrontedClause && words[comma].Lower != ",")
            comma++;
        if (comma >= words.Count || words[comma].Lower != ",")
            return false;
        foreach (var p in placed)
        {
            if (p.First < comma)
                continue;
            var opensTheClause = p.First == comma + 1 || (p.First == comma + 2 && words[comma + 1].Lower == "the");
            if (!opensTheClause || p.Person || p.Adjective || Placement.IsPlace(words, p) || p.Last + 1 >= words.Count || !char.IsLetter(words[p.Last + 1].Lower[0]))
                return false;
            placed.Insert(FirstAfter(placed, 1), new PlacedMention(1, 1, p.ActorId));
            return true;
        }
        return false;
    }

    private const int MaxFrontedClause = 25;

    // A paragraph goes on from the one before it: many saved pages give each sentence a line of its own.
    private bool Continues(TextBlock block) =>
        ReferenceEquals(block, _lastOpenerBlock) || (block.Kind == BlockKind.Paragraph && _lastOpenerBlock?.Kind == BlockKind.Paragraph);

    /// <summary>The actor the sentence opens with, if another than the subject: what a following "It" continues.</summary>
    private void NoteOpener(IReadOnlyList<Word> words, List<PlacedMention> placed, TextBlock block)
    {
        // "Nevertheless, China still plays both sides": the opener may follow an opening phrase.
        var opens = placed.Count > 0 && (placed[0].First <= 1 || placed[0].First == OpeningPhrases.End(words, 1) + 1);
        _lastOpener = opens && placed[0].ActorId != subject && !placed[0].Person
            && KindOf(placed[0].ActorId) is { } kind && kind.IsCountry() ? placed[0].ActorId : null;
        _lastOpenerIsDemonym = _lastOpener is not null && placed[0].Adjective;
        _lastOpenerBlock = block;
        _lastSole = SoleActor(placed);
    }

    /// <summary>The one actor a sentence names, if it names one and that is not the subject: whom a following "Its" can only mean.</summary>
    private string? SoleActor(List<PlacedMention> placed)
    {
        string? sole = null;
        foreach (var p in placed)
        {
            if (p.ActorId == subject || (sole is not null && sole != p.ActorId))
                return null;
            sole = p.ActorId;
        }
        return sole;
    }
}
