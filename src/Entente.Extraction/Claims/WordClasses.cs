namespace Entente.Extraction.Claims;

/// <summary>Kinds of words some reader scans a unit for; a unit's <see cref="WordClasses.Of"/> says which it holds.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Two = 1,
    Parts = 2,
    TimeOpener = 4,
    Possessive = 8,
    LatterOrFormer = 16,
    Title = 32,
    It = 64,
    Its = 128,
    Organisation = 256,
    Mediation = 512,
    Transfer = 1024,
    FieldLabel = 2048,
    PresenceNoun = 4096,
    HelpNoun = 8192,
}

/// <summary>
/// One pass over a unit's words, by word number, telling which kinds of words it holds: the readers that look
/// for one word at every place of the unit ("the two countries", "factions within", "since 2014", a candidate's
/// "Brigades") skip a unit that cannot hold it, most units. The word lists are the readers' own.
/// </summary>
internal static class WordClasses
{
    private static readonly (WordClass Class, string[] Words)[] Members =
    [
        (WordClass.Two, ["two"]),
        (WordClass.Parts, Components.PartWords),
        (WordClass.TimeOpener, TimeExpressions.OpenerWords),
        (WordClass.Possessive, ["'s"]),
        (WordClass.LatterOrFormer, ["latter", "former"]),
        (WordClass.Title, Coreference.TitleWords),
        (WordClass.It, ["it"]),
        (WordClass.Its, ["its"]),
        (WordClass.Organisation, CandidateFinder.OrganisationWordList),
        (WordClass.Mediation, MediationFrames.MarkerWords),
        (WordClass.Transfer, Transfers.NounWords),
        (WordClass.FieldLabel, StructureReader.FieldLabelWords),
        (WordClass.PresenceNoun, Presence.NounWords),
        (WordClass.HelpNoun, ReceivedAid.HelpNounWords),
    ];

    private static readonly Dictionary<string, WordClass> ByText = Texts();
    private static readonly WordClass[] ById = Numbers();
    // Read after every word above is numbered: a word numbered before this version may not know them, and is told by its text.
    private static readonly int Since = LexiconWords.Version;

    public static WordClass Of(IReadOnlyList<Word> words)
    {
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        var byId = ById;
        var since = Since;
        var said = WordClass.None;
        foreach (ref readonly var w in all)
        {
            if (w.NumberedAt >= since)
                said |= (uint)w.Id < (uint)byId.Length ? byId[w.Id] : WordClass.None;
            else
                said |= ByText.GetValueOrDefault(w.Lower);
        }
        return said;
    }

    private static Dictionary<string, WordClass> Texts()
    {
        var byText = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var (kind, words) in Members)
        {
            foreach (var w in words)
                byText[w] = byText.GetValueOrDefault(w) | kind;
        }
        return byText;
    }

    private static WordClass[] Numbers()
    {
        var ids = ByText.Select(kv => (Id: LexiconWords.Register(kv.Key), kv.Value)).ToList();
        var byId = new WordClass[ids.Max(e => e.Id) + 1];
        foreach (var (id, kind) in ids)
            byId[id] |= kind;
        return byId;
    }
}
