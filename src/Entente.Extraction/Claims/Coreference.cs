using Entente.Extraction.Documents;

namespace Entente.Extraction.Claims;

/// <summary>
/// Light coreference: a sentence that opens with "It", "The group", "The Islamic Republic" and names
/// nobody in its first words is about the last group named (for group words) or the document's subject.
/// </summary>
internal sealed partial class Coreference(string? subject, IReadOnlyDictionary<string, Actor> actors)
{
    private static readonly string[][] GroupWords = [["the", "group"], ["the", "movement"], ["the", "militia"], ["the", "organization"], ["the", "organisation"], ["the", "rebels"]];
    private static readonly string[][] SubjectWords =
        [["it"], ["they"], ["the", "country"], ["the", "kingdom"], ["the", "regime"], ["the", "islamic", "republic"], ["the", "republic"], ["the", "government"]];

    private static readonly string[][] BothWords = [["both"], ["the", "two"]];
    private static readonly WordSet BothVerbs = new("are", "were", "remain", "joined", "belong", "became", "have");

    private string? _lastGroup;

    /// <remarks><paramref name="said"/> (<see cref="WordClasses.Of"/>) tells which of the word-by-word scans below can find anything: most units hold none of their words.</remarks>
    public void Resolve(IReadOnlyList<Word> words, List<PlacedMention> placed, TextBlock block, WordClass said)
    {
        _group.Clear();
        if ((said & WordClass.Possessive) != 0)
            OwnedBySubject(words, placed);
        if ((said & WordClass.LatterOrFormer) != 0)
            FormerAndLatter(words, placed);
        // "Sharif met the crown prince. He called Saudi Arabia a brotherly ally": the leader last named first, for the side he leads.
        if (words.Count > 1 && words[0].Lower is "he" or "she" && _lastPerson is { } person && (placed.Count == 0 || placed[0].First > 0))
        {
            placed.Insert(0, new PlacedMention(0, 0, person));
            return;
        }
        if ((said & WordClass.Title) != 0)
            NamedByTitle(words, placed);
        if ((said & WordClass.It) != 0)
        {
            if (ItBeforeItsName(words, placed))
                return;
            ItOfTheOpener(words, placed);
        }
        // "It trains Central African soldiers": the pronoun is the doer even when a name follows close behind it.
        if (OpenerBefore(words, block) is ({ } continued, var at) && (placed.Count == 0 || placed[0].First > at))
        {
            placed.Insert(0, new PlacedMention(at, at, continued));
            return;
        }
        GroupAfterACompound(words, placed);
        if (GroupOfTheSubject(words, placed) is var counted and > 0)
        {
            placed.Insert(0, new PlacedMention(0, counted - 1, subject!));
            return;
        }
        GroupAsAnObject(words, placed);
        if (GroupAfterAnOpeningPhrase(words, placed) || SubjectAfterAnOpeningPhrase(words, placed))
            return;
        if (placed.Count > 0 && placed[0].First <= 2)
            return;
        if (Opens(words, GroupWords) is var g and > 0 && (_lastGroup ?? NonStateSubject()) is { } group)
            placed.Insert(0, new PlacedMention(0, g - 1, group));
        // "Kazakhstan and Russia … Both are founding members of the SCO": what the pair is, the subject is.
        else if (Opens(words, BothWords) is var b and > 0 && b < words.Count && BothVerbs.Contains(words[b]) && subject is not null && _lastNamed.Count == 2 && _lastNamed.Contains(subject))
            placed.Insert(0, new PlacedMention(0, b - 1, subject));
        else if (Opens(words, SubjectWords) is var s and > 0 && subject is not null)
            placed.Insert(0, new PlacedMention(0, s - 1, subject));
        else if ((said & (WordClass.It | WordClass.Its)) != 0)
            PronounForSubject(words, placed);
    }

    /// <summary>
    /// "Analysts describe it as Iran's proxy, and its fighters took part alongside Hamas": in a sentence
    /// that has not named the subject, "it as", "it was" or "its" before anyone but a place is named stands for the subject.
    /// </summary>
    private void PronounForSubject(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (subject is null || Placement.Names(placed, subject))
            return;
        var firstNamed = words.Count;
        foreach (var p in placed)
        {
            if (!Placement.IsPlace(words, p))
            {
                firstNamed = p.First;
                break;
            }
        }
        for (var i = 0; i + 1 < firstNamed; i++)
        {
            if ((words[i].Lower == "it" && (words[i + 1].Lower == "as" || ActsAs.Contains(words[i + 1]))) || words[i].Lower == "its")
            {
                placed.Insert(0, new PlacedMention(i, i, subject));
                return;
            }
        }
    }

    /// <summary>
    /// "India, the country's arch-rival", "the kingdom's main security partner": the possessor is the
    /// subject; "the group's closest ally": the subject if it is no country, else the group last named.
    /// </summary>
    private void OwnedBySubject(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        for (var i = 1; i + 1 < all.Length; i++)
        {
            if (!Possessive.Contains(all[i + 1]) || all[i - 1].Lower != "the")
                continue;
            // "Syria's membership … during the country's 2011 uprising", in a piece about the Arab League: a country noun stands for
            // a bloc's member last named, not the bloc.
            var owner = SubjectNouns.Contains(words[i].Lower) ? (SubjectIsABloc() ? LastCountryBefore(placed, i - 1) : subject)
                : GroupNouns.Contains(words[i].Lower) ? GroupLikeSubject() ?? _lastGroup
                : null;
            if (owner is null || Covers(placed, i - 1, i))
                continue;
            placed.Insert(FirstAfter(placed, i), new PlacedMention(i - 1, i, owner));
        }
    }

    private string? LastCountryBefore(List<PlacedMention> placed, int before)
    {
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (placed[k].Last < before && KindOf(placed[k].ActorId) is { } kind && kind.IsCountry())
                return placed[k].ActorId;
        }
        return null;
    }

    /// <summary>"The war between Armenia and Azerbaijan, the latter backed by Turkey": of the two named last, the second (or, for "the former", the first).</summary>
    private static void FormerAndLatter(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        // Most units say neither word: those are passed over reading the words in place.
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (all[i].Lower is not ("latter" or "former") || !BackReference(words, i))
                continue;
            var before = LastTwoNamedBefore(placed, i - 1);
            if (before.Count < 2)
                continue;
            placed.Insert(FirstAfter(placed, i), new PlacedMention(i - 1, i, words[i].Lower == "latter" ? before[0] : before[1]));
        }
    }

    /// <summary>The nouns <see cref="NamedByTitle"/> looks for, <see cref="TitleNouns"/> and <see cref="FederalNouns"/> together (see <see cref="WordClasses"/>).</summary>
    internal static readonly string[] TitleWords = ["regime", "kingdom", "junta", "army", "government", "forces", "troops"];
    // Told by number: the possessive is looked for at every word of a unit that holds one.
    private static readonly WordSet Possessive = new("'s");
    private static readonly WordSet TitleNouns = new("regime", "kingdom", "junta");
    private static readonly WordSet FederalNouns = new("army", "government", "forces", "troops");

    /// <summary>"Russia supplies oil, food and medical equipment to the regime": in a sentence that does not name the subject, "the regime" is the subject.</summary>
    private void NamedByTitle(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (subject is null || Placement.Names(placed, subject))
            return;
        for (var i = 2; i < words.Count; i++)
        {
            // "fought alongside the federal army": the state's own forces, in a piece about a federation.
            var first = words[i - 1].Lower == "the" && TitleNouns.Contains(words[i]) ? i - 1
                : words[i - 2].Lower == "the" && words[i - 1].Lower == "federal" && FederalNouns.Contains(words[i]) ? i - 2
                : -1;
            if (first < 0 || (i + 1 < words.Count && words[i + 1].Lower is "of" or "'s" or "-"))
                continue;
            placed.Insert(FirstAfter(placed, i), new PlacedMention(first, i, subject));
            return;
        }
    }

    /// <summary>Whether the word at <paramref name="i"/> is "latter" or "former" standing for a name, not describing a noun.</summary>
    public static bool BackReference(IReadOnlyList<Word> words, int i) =>
        i > 0 && i < words.Count && words[i - 1].Lower == "the" && words[i].Lower is "latter" or "former" && StandsAlone(words, i + 1);

    // "the former, backed by", "the latter has": not "the former Soviet Union" nor "the latter half".
    private static bool StandsAlone(IReadOnlyList<Word> words, int next) =>
        next >= words.Count || words[next].Lower is "," or "." or ";" || ActsAs.Contains(words[next])
        || (!words[next].IsCapitalized && words[next].Lower.EndsWith("ed", StringComparison.Ordinal));

    // "it was financed by …", "it served as the Kremlin's proxy": the pronoun as the clause's subject.
    private static readonly WordSet ActsAs = new("is", "was", "remains", "remained", "served", "serves", "became", "becomes", "acts", "acted", "has", "had");

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "group", "movement", "militia", "organisation", "organization" };

    private static readonly HashSet<string> SubjectNouns = new(StringComparer.Ordinal) { "country", "kingdom", "republic", "regime", "emirate", "nation", "junta", "island" };

    public void Remember(IReadOnlyList<Word> words, List<PlacedMention> placed, TextBlock block)
    {
        NoteOpener(words, placed, block);
        for (var k = placed.Count - 1; k >= 0; k--)
        {
            if (KindOf(placed[k].ActorId) is { } kind && kind.IsNonState())
            {
                _lastGroup = placed[k].ActorId;
                break;
            }
        }
        if (placed.Count == 0)
            return;
        // The first leader a sentence names is most often its subject: "Sharif met with the crown prince".
        foreach (var p in placed)
        {
            if (p.Person)
            {
                _lastPerson = p.ActorId;
                break;
            }
        }
        // Each actor once, in the order first named (a unit names few, so a scan beats a set); one list, refilled.
        _lastNamed.Clear();
        foreach (var p in placed)
        {
            if (!_lastNamed.Contains(p.ActorId))
                _lastNamed.Add(p.ActorId);
        }
    }

    private readonly List<string> _lastNamed = [];
    private string? _lastPerson;

    /// <summary>
    /// The subject when it is no country: what "the organisation" or "the umbrella" can stand for ("the organisation's
    /// defining enemy" in a piece about the PMF, a unit of the Iraqi state).
    /// </summary>
    public string? GroupLikeSubject() =>
        subject is not null && KindOf(subject) is { } kind && !kind.IsCountry() ? subject : null;

    private bool SubjectIsABloc() => subject is not null && KindOf(subject) is ActorKind.Bloc or ActorKind.Organization;

    private string? NonStateSubject() => subject is not null && KindOf(subject) is { } kind && kind.IsNonState() ? subject : null;

    /// <summary>
    /// "In Iraq, the group fights alongside the Iraqi army", "Since 2014, the movement has …": the opener after a short phrase
    /// that names no one but places is the group as at the start. Whether it was placed.
    /// </summary>
    private bool GroupAfterAnOpeningPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed) =>
        (_lastGroup ?? NonStateSubject()) is { } group && AfterAnOpeningPhrase(words, placed, GroupWords, group);

    /// <summary>
    /// "In 2019, it fought alongside the Malian army", "However, the country …": "it", "they" or a subject noun after a short
    /// opening phrase stands for the subject as at the start; not "it is unclear …".
    /// </summary>
    private bool SubjectAfterAnOpeningPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        var comma = OpeningPhrases.End(words, 1);
        if (subject is null || comma < 0 || comma + 3 >= words.Count)
            return false;
        if (words[comma + 1].Lower == "it" && words[comma + 2].Lower is "is" or "was" or "remains" && (EmptyItWords.Contains(words[comma + 3]) || (comma + 4 < words.Count && EmptyItWords.Contains(words[comma + 4]))))
            return false;
        return AfterAnOpeningPhrase(words, placed, SubjectWords, subject);
    }

    /// <summary>Places <paramref name="actor"/> on one of <paramref name="openers"/> right after an opening phrase that names no one but places.</summary>
    private static bool AfterAnOpeningPhrase(IReadOnlyList<Word> words, List<PlacedMention> placed, string[][] openers, string actor)
    {
        var comma = OpeningPhrases.End(words, 1);
        if (comma < 0)
            return false;
        var length = 0;
        foreach (var phrase in openers)
        {
            if (Words.Spell(words, comma + 1, phrase))
                length = phrase.Length;
        }
        var at = 0;
        while (at < placed.Count && placed[at].First < comma)
        {
            if (!Placement.IsPlace(words, placed[at]))
                return false;
            at++;
        }
        if (length == 0 || (at < placed.Count && placed[at].First <= comma + length))
            return false;
        placed.Insert(at, new PlacedMention(comma + 1, comma + length, actor));
        return true;
    }

    private static int Opens(IReadOnlyList<Word> words, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Words.Spell(words, 0, phrase))
                return phrase.Length;
        }
        return 0;
    }
}
