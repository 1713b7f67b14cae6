using System.Text;
using Entente.Extraction.Segmentation;
using Entente.Resolution;

namespace Entente.Extraction.Claims;

/// <summary>
/// Finds names the gazetteer does not know in sentences that carry a relation cue: runs of two or
/// more capitalised words ("Kata'ib Sayyid al-Shuhada", "Liwa Fatemiyoun"), joined by the particles
/// Arabic and Persian names use, that name an organisation by one of its words ("Brigades", "Kata'ib").
/// Runs without such a word are mostly people, places and headline words ("Kyrylo Budanov", "Tel Aviv",
/// "How Strong Is"), which would only fill the review queue.
/// </summary>
internal sealed class CandidateFinder(CueLexicon lexicon)
{
    private static readonly WordSet Particles = new("al", "el", "ad", "ash", "as", "bin", "ibn", "of", "-", "'", "ul", "e", "i");

    private static readonly WordSet NotNames = new(
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "since", "after", "before", "during", "while", "when", "its", "their", "his", "her",
        "this", "that", "these", "those", "president", "minister", "prime", "foreign", "supreme", "leader", "general", "gen", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "security", "council", "united", "nations", "state", "department", "ministry", "reuters",
        "associated", "press", "according", "however", "meanwhile", "analysts", "officials", "sea", "red", "gulf", "strait", "north", "south",
        "east", "west", "middle", "war", "world", "ii", "i", "cold", "new", "york", "times", "washington", "post", "read", "more", "share"
    );

    /// <summary>Adds the unit's candidates to <paramref name="into"/> (a list the caller keeps, so that most units, which name none, cost no allocation).</summary>
    public void Find(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, List<CandidateActor> into)
    {
        // Most sentences hold no run of capitalised words: look for one before scanning the words for cues.
        var cued = (bool?)null;
        // Most words are not capitalised: they are passed over reading the words in place.
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        var i = 0;
        while (i < words.Count)
        {
            if (!all[i].IsCapitalized || !StartsName(words, placed, i))
            {
                i++;
                continue;
            }
            var j = i;
            var capitals = 0;
            while (j < words.Count && !Covered(placed, j) && (words[j].IsCapitalized && !NotNames.Contains(words[j]) || Particles.Contains(words[j]) && j + 1 < words.Count && words[j + 1].IsCapitalized))
            {
                if (words[j].IsCapitalized) capitals++;
                j++;
            }
            // "Turkish Armed Forces", "Russian Ministry of Defence": right after a known name, a body of that actor.
            if (capitals >= 2 && j - i <= 6 && NamesAnOrganisation(words, i, j) && !Covered(placed, i - 1))
            {
                if (!(cued ??= lexicon.AnyCuePhrase(words)))
                    return;
                var name = Join(unit.Text, words, i, j);
                into.Add(new CandidateActor(Slug(name), name, unit.Start, unit.End));
            }
            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>
    /// English heads of organisation names, and the Arabic and Persian words armed groups' names open with: every
    /// candidate's name holds one, so a unit without one has no candidate (see <see cref="WordClasses"/>).
    /// </summary>
    internal static readonly string[] OrganisationWordList =
    [
        "brigade", "brigades", "forces", "force", "front", "movement", "party", "army", "group", "organisation", "organization",
        "council", "union", "league", "corps", "militia", "militias", "battalion", "battalions", "guard", "guards", "committee",
        "committees", "alliance", "coalition", "network", "command", "division", "regiment", "mobilisation", "mobilization",
        "resistance", "jihad", "legion", "unit", "units", "wing", "faction", "company", "bloc", "axis", "pact", "congress",
        "kata'ib", "kataib", "katibat", "harakat", "liwa", "asa'ib", "asaib", "saraya", "jaish", "jaysh", "ansar", "hay'at",
        "hayat", "jabhat", "hizb", "hezb", "hizbollah", "hezbollah", "hizballah", "tahrir", "quwat", "firqat", "tanzim", "jamaat", "jama'at",
        "lashkar", "tehrik", "sipah", "fatemiyoun", "zainabiyoun", "nujaba", "badr", "hashd"
    ];

    // After the list: static fields are set in the order written.
    private static readonly WordSet OrganisationWords = new(OrganisationWordList);

    private static bool NamesAnOrganisation(IReadOnlyList<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (OrganisationWords.Contains(words[k]))
                return true;
        }
        return false;
    }

    private static bool StartsName(IReadOnlyList<Word> words, List<PlacedMention> placed, int i) =>
        words[i].IsCapitalized && !NotNames.Contains(words[i]) && !Covered(placed, i) && HasLower(words[i].Text);

    // "NATO", "IRGC": an acronym alone opens no name.
    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return true;
        }
        return false;
    }

    private static bool Covered(List<PlacedMention> placed, int i)
    {
        foreach (var p in placed)
        {
            if (p.First <= i && i <= p.Last)
                return true;
        }
        return false;
    }

    private static string Join(string text, IReadOnlyList<Word> words, int from, int to) => text[words[from].Start..words[to - 1].End];

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameKey.Of(name))
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        return builder.ToString().Trim('-');
    }
}
