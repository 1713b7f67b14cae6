using System.Text;
using Entente.Extraction.Segmentation;
using Entente.Resolution;

namespace Entente.Extraction.Claims;

/// <summary>
/// Finds names the gazetteer does not know in sentences that carry a relation cue: runs of two or
/// more capitalised words ("Kata'ib Sayyid al-Shuhada", "Liwa Fatemiyoun"), joined by the particles
/// Arabic and Persian names use.
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

    public IEnumerable<CandidateActor> Find(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (!lexicon.Cues.Any(words))
            yield break;
        var i = 0;
        while (i < words.Count)
        {
            if (!StartsName(words, placed, i))
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
            if (capitals >= 2 && j - i <= 6)
            {
                var name = Join(unit.Text, words, i, j);
                yield return new CandidateActor(Slug(name), name, unit.Start, unit.End);
            }
            i = Math.Max(j, i + 1);
        }
    }

    private static bool StartsName(IReadOnlyList<Word> words, List<PlacedMention> placed, int i) =>
        words[i].IsCapitalized && !NotNames.Contains(words[i]) && !Covered(placed, i) && words[i].Text.Any(char.IsLower);

    private static bool Covered(List<PlacedMention> placed, int i) => placed.Any(p => p.First <= i && i <= p.Last);

    private static string Join(string text, IReadOnlyList<Word> words, int from, int to) => text[words[from].Start..words[to - 1].End];

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameKey.Of(name))
            builder.Append(char.IsLetterOrDigit(c) ? c : '-');
        return builder.ToString().Trim('-');
    }
}
