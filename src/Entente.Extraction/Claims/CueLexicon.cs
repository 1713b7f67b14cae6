using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Entente.Extraction.Claims;

/// <summary>How a cue ties the names around it (see the comment at the top of cues.yaml).</summary>
public enum CueForm
{
    Active,
    Passive,
    Compound,
    Prefix,
    Noun,
    Mediation,

    /// <summary>"the Russia-Ukraine war": two names joined by a hyphen right before the cue are its parties.</summary>
    Paired,
}

/// <summary>One cue phrase: its words and what it signals.</summary>
public sealed record Cue(IReadOnlyList<string> Words, CueForm Form, RelationType? Relation, IReadOnlyList<Area> Areas)
{
    public bool Hostile { get; init; }

    /// <summary>
    /// "France condemned Iran's strike": a statement against the other side that makes no relation of
    /// its own, read as a denial that the two are allied — a negative claim, never an alliance.
    /// </summary>
    public bool Negative { get; init; }
    public bool Mutual { get; init; }
    public bool Hedged { get; init; }

    /// <summary>For nouns such as "backer" or "mediator": the named party acts on the possessor.</summary>
    public bool Reversed { get; init; }

    public bool Former { get; init; }

    /// <summary>"Peru broke off relations with Mexico": a broken tie, hostile only where the sentence says so (ClaimBuilder).</summary>
    public bool Cut { get; init; }

    /// <summary>
    /// Words of which one must follow within <see cref="CueLexicon.NeedsReach"/> words for the cue to count:
    /// "designated the group a terrorist organisation" is hostile, "designated the UAE a Major Defense Partner" is not.
    /// </summary>
    public IReadOnlyList<string> Needs { get; init; } = [];

    /// <summary>Words that, right after the phrase, leave it without an object: "helps repel Iran" helps no one named.</summary>
    public IReadOnlyList<string> NotBefore { get; init; } = [];
}

/// <summary>The cue lexicon of cues.yaml: relation cues, heading and label words, area words, qualifiers.</summary>
public sealed class CueLexicon
{
    private CueLexicon(IReadOnlyList<Cue> cues, IReadOnlyList<Cue> headings, IReadOnlyList<Cue> labels,
        IReadOnlyList<(Area Area, IReadOnlyList<string> Words)> areas, IReadOnlyList<string[]> negation, IReadOnlyList<string[]> hedging, IReadOnlyList<string[]> former)
    {
        Cues = new PhraseTable<Cue>(cues.SelectMany(c => c.Words.Select(w => (Words.Split(w), c))));
        Headings = headings;
        Labels = labels;
        AreaWords = new PhraseTable<Area>(areas.SelectMany(a => a.Words.Select(w => (Words.Split(w), a.Area))));
        Negation = new PhraseTable<bool>(negation.Select(n => (n, true)));
        Hedging = new PhraseTable<bool>(hedging.Select(h => (h, true)));
        FormerWords = new PhraseTable<bool>(former.Select(f => (f, true)));
    }

    public const int NeedsReach = 8;

    public PhraseTable<Cue> Cues { get; }

    /// <summary>
    /// The cues in <paramref name="words"/>, without those whose needed words do not follow. The cue, subject
    /// and question readers each ask this of the same unit in turn, so the last answer is kept (see <see cref="LastUnit"/>).
    /// </summary>
    public IReadOnlyList<(int Index, int Length, Cue Value)> CuesIn(IReadOnlyList<Word> words)
    {
        if (LastUnit.Current is { } last && last.Of(this, words))
            return last.Cues;
        // Found in a list this thread reuses, and kept in an array of their number: most units hold no cue and share one
        // empty answer, and a list made for every unit was a twentieth of all that reading claims allocated.
        var found = _found ??= [];
        found.Clear();
        Cues.FindAll(words, found);
        var anyPhrase = found.Count > 0;
        if (anyPhrase)
            DropUnmet(words, found);
        IReadOnlyList<(int Index, int Length, Cue Value)> cues = found.Count > 0 ? found.ToArray() : NoCues;
        if (found.Capacity > MaxKeptFound)
            _found = null; // a giant unit's room is not kept by the thread for good
        (LastUnit.Current ??= new LastUnit()).Keep(this, words, cues, anyPhrase);
        return cues;
    }

    private static readonly (int Index, int Length, Cue Value)[] NoCues = [];

    [ThreadStatic]
    private static List<(int Index, int Length, Cue Value)>? _found;

    private const int MaxKeptFound = 1024;

    // Compacted in place, in order: RemoveAll over a lambda had its closure and delegate made for every unit with a cue.
    private static void DropUnmet(IReadOnlyList<Word> words, List<(int Index, int Length, Cue Value)> found)
    {
        var kept = 0;
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (!((c.Value.Needs.Count > 0 && !Followed(words, c.Index + c.Length, c.Value.Needs)) || RightBefore(words, c.Index + c.Length, c.Value.NotBefore) || SufferedNotDone(words, c.Index, c.Value) || NounLikeVerbs.Is(words, c.Index, c.Value)))
                found[kept++] = c;
        }
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>Whether any cue phrase occurs in <paramref name="words"/>, needed words or not.</summary>
    public bool AnyCuePhrase(IReadOnlyList<Word> words) =>
        LastUnit.Current is { } last && last.Of(this, words) ? last.AnyPhrase : Cues.Any(words);

    /// <summary>
    /// The cues of the last words list asked about on this thread, keyed by the list instance, its length (against
    /// a list grown since) and the thread's refill count (the list <see cref="Claims.Words.OfUnit"/> reuses is
    /// another unit's after a refill): a unit's words are split once and not changed while it is read.
    /// </summary>
    /// <remarks>One per thread, overwritten for each unit rather than made anew.</remarks>
    private sealed class LastUnit
    {
        [ThreadStatic]
        public static LastUnit? Current;

        private CueLexicon? _lexicon;
        private IReadOnlyList<Word>? _words;
        private int _count;
        private int _refills;

        public IReadOnlyList<(int Index, int Length, Cue Value)> Cues { get; private set; } = [];

        public bool AnyPhrase { get; private set; }

        public void Keep(CueLexicon lexicon, IReadOnlyList<Word> words, IReadOnlyList<(int Index, int Length, Cue Value)> cues, bool anyPhrase)
        {
            (_lexicon, _words, _count, _refills) = (lexicon, words, words.Count, Claims.Words.Refills);
            (Cues, AnyPhrase) = (cues, anyPhrase);
        }

        public bool Of(CueLexicon lexicon, IReadOnlyList<Word> words) =>
            ReferenceEquals(_lexicon, lexicon) && ReferenceEquals(_words, words) && _count == words.Count && _refills == Claims.Words.Refills;
    }

    /// <summary>"al-Muhandis, who was killed alongside Soleimani": a hostile verb in the passive names its victim, not its doer.</summary>
    private static bool SufferedNotDone(IReadOnlyList<Word> words, int index, Cue cue) =>
        cue.Hostile && cue.Form == CueForm.Active && index > 0 && words[index - 1].Lower is "was" or "were" or "been" or "being" or "be" or "is" or "are"
        && (words[index].Lower.EndsWith("ed", StringComparison.Ordinal) || words[index].Lower is "struck" or "hit" or "shot" or "fought" or "sanctioned"); // "has been at war with" is no passive

    private static bool RightBefore(IReadOnlyList<Word> words, int after, IReadOnlyList<string> notBefore)
    {
        if (after >= words.Count)
            return false;
        for (var k = 0; k < notBefore.Count; k++)
        {
            if (words[after].Lower == notBefore[k])
                return true;
        }
        return false;
    }

    private static bool Followed(IReadOnlyList<Word> words, int from, IReadOnlyList<string> needs)
    {
        // "the S-400 air-defense system": a hyphen is a word of its own but no word of the reach.
        var counted = 0;
        for (var i = from; i < words.Count && counted < NeedsReach; i++)
        {
            var lower = words[i].Lower;
            if (lower == "-")
                continue;
            counted++;
            // By index: a foreach over the interface had its enumerator boxed for every cue with needs.
            for (var k = 0; k < needs.Count; k++)
            {
                var need = needs[k];
                // A word starts with a need only where their first letters agree: told before the ordinal comparison, which most needs fail.
                if ((need.Length == 0 || (lower.Length > 0 && lower[0] == need[0])) && lower.StartsWith(need, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }
    public IReadOnlyList<Cue> Headings { get; }
    public IReadOnlyList<Cue> Labels { get; }
    public PhraseTable<Area> AreaWords { get; }
    public PhraseTable<bool> Negation { get; }
    public PhraseTable<bool> Hedging { get; }
    public PhraseTable<bool> FormerWords { get; }

    public static CueLexicon Embedded()
    {
        using var stream = typeof(CueLexicon).Assembly.GetManifestResourceStream("cues.yaml")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static CueLexicon Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<LexiconFile>(yaml);
        // Every phrase of every cue, so that a completed verb form never takes a phrase another cue has.
        var taken = file.Cues.SelectMany(e => e.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in file.Cues.Where(e => e.Form is "active"))
            entry.Words = VerbForms.Complete(entry.Words, taken);
        foreach (var entry in file.Cues)
            entry.Words = RelationNounModifiers.Complete(entry.Words, taken);
        return new CueLexicon(
            file.Cues.Select(ToCue).ToList(),
            file.Headings.Select(ToCue).ToList(),
            file.Labels.Select(ToCue).ToList(),
            file.Areas.Select(kv => (Areas.Parse(kv.Key), (IReadOnlyList<string>)kv.Value)).ToList(),
            file.Negation.Select(Words.Split).ToList(),
            file.Hedging.Select(Words.Split).ToList(),
            file.Former.Select(Words.Split).ToList());
    }

    /// <summary>
    /// The relation a heading or a table cell names ("Core regional allies", "Non-state proxy ally"); with
    /// <paramref name="refuseMixed"/>, none when it names both a tie and a hostility.
    /// </summary>
    public static Cue? Match(IReadOnlyList<Cue> entries, string text, bool refuseMixed = false)
    {
        // Every bullet under a heading asks about the same heading string: its answer is found by the instance,
        // without hashing the text again (strings do not change, so an instance answers as its text does).
        var recent = _recentMatches ??= new RecentMatch[RecentMatches];
        foreach (ref readonly var r in recent.AsSpan())
        {
            if (ReferenceEquals(r.Text, text) && ReferenceEquals(r.Entries, entries) && r.RefuseMixed == refuseMixed)
                return r.Cue;
        }
        var cue = MatchByText(entries, text, refuseMixed);
        recent[_nextMatch] = new RecentMatch(entries, text, refuseMixed, cue);
        _nextMatch = (_nextMatch + 1) % RecentMatches;
        return cue;
    }

    private const int RecentMatches = 8;

    private readonly record struct RecentMatch(IReadOnlyList<Cue>? Entries, string? Text, bool RefuseMixed, Cue? Cue);

    [ThreadStatic]
    private static RecentMatch[]? _recentMatches;

    [ThreadStatic]
    private static int _nextMatch;

    private static Cue? MatchByText(IReadOnlyList<Cue> entries, string text, bool refuseMixed)
    {
        // Every bullet under a heading asks about the same heading: answer each text once.
        var known = Matched.GetValue(entries, _ => new System.Collections.Concurrent.ConcurrentDictionary<(string, bool), Cue?>());
        if (known.TryGetValue((text, refuseMixed), out var cue))
            return cue;
        if (known.Count >= 10_000)
            known.Clear();
        return known[(text, refuseMixed)] = Search(entries, text, refuseMixed);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Cue>, System.Collections.Concurrent.ConcurrentDictionary<(string, bool), Cue?>> Matched = new();

    private static Cue? Search(IReadOnlyList<Cue> entries, string text, bool refuseMixed)
    {
        var lower = " " + string.Join(' ', Words.Split(text)) + " ";
        Cue? found = null;
        foreach (var (entry, phrase) in PhrasesOf(entries))
        {
            if (!lower.Contains(phrase, StringComparison.Ordinal))
                continue;
            if (found is null)
                found = entry;
            else if (refuseMixed && IsHostile(found) != IsHostile(entry))
                return null; // "Partners and rivals": the bullets below are each one or the other
        }
        return found;
    }

    private static bool IsHostile(Cue cue) => cue.Hostile || cue.Relation?.IsHostile() == true;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Cue>, (Cue, string)[]> Phrases = new();

    /// <summary>Every phrase of the entries, spaced for whole-word search, longest first (so the longest match wins); made once per list.</summary>
    private static (Cue Entry, string Phrase)[] PhrasesOf(IReadOnlyList<Cue> entries) =>
        Phrases.GetValue(entries, list => list
            .SelectMany(e => e.Words.Select(w => (Entry: e, Phrase: " " + string.Join(' ', Words.Split(w)) + " ")))
            .OrderByDescending(x => x.Phrase.Length)
            .ToArray());

    private static Cue ToCue(CueEntry e) =>
        new(e.Words, e.Form is null ? CueForm.Noun : Enum.Parse<CueForm>(e.Form, ignoreCase: true),
            e.Relation is null ? null : RelationTypes.Parse(e.Relation), e.Areas.Select(Areas.Parse).ToList())
        {
            Hostile = e.Hostile, Negative = e.Negative, Mutual = e.Mutual, Hedged = e.Hedged, Reversed = e.Reversed, Former = e.Former, Cut = e.Cut,
            Needs = e.Needs, NotBefore = e.NotBefore,
        };

#pragma warning disable CA1812, CA2227, CA1002 // filled in by the YAML deserializer
    private sealed class LexiconFile
    {
        public List<CueEntry> Cues { get; set; } = [];
        public List<CueEntry> Headings { get; set; } = [];
        public List<CueEntry> Labels { get; set; } = [];
        public Dictionary<string, List<string>> Areas { get; set; } = [];
        public List<string> Negation { get; set; } = [];
        public List<string> Hedging { get; set; } = [];
        public List<string> Former { get; set; } = [];
    }

    private sealed class CueEntry
    {
        public string? Form { get; set; }
        public List<string> Words { get; set; } = [];
        public string? Relation { get; set; }
        public List<string> Areas { get; set; } = [];
        public bool Hostile { get; set; }
        public bool Negative { get; set; }
        public bool Mutual { get; set; }
        public bool Hedged { get; set; }
        public bool Reversed { get; set; }
        public bool Former { get; set; }
        public bool Cut { get; set; }
        public List<string> Needs { get; set; } = [];
        public List<string> NotBefore { get; set; } = [];
    }
#pragma warning restore CA1812, CA2227, CA1002
}
