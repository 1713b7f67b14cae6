namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>The actor id of a place name (<see cref="PlaceNames"/>, <see cref="UnlistedBodies"/>, <see cref="EraNames"/>): it wins its span and names no one, even where shared names are kept.</summary>
    private const string NoOne = "";

    /// <summary>Builds the gazetteer from the actors' names, aliases, codes, capitals and demonyms.</summary>
    public static Gazetteer Build(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var trie = new NameTrieBuilder();
        var capitalForms = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<GazetteerEntry>();
        foreach (var actor in actors)
        {
            foreach (var form in NameForms.Of(actor))
            {
                if (ToCandidate(actor.Id, form) is not { } made)
                    continue;
                var (path, candidate) = made;
                trie.Add(path, candidate);
                if (candidate.Rule == CaseRule.ExactCapitals && !candidate.SpellsWord)
                    capitalForms.Add(candidate.Letters); // "PMF, IRGC": an acronym beside it is not shouting; "AND" is
                entries.Add(new GazetteerEntry(form.Text, actor.Id, form.Kind));
            }
        }
        foreach (var place in PlaceNames.All.Concat(UnlistedBodies.All).Concat(EraNames.All))
        {
            var (path, candidate) = ToCandidate(NoOne, new ActorName(place, NameKind.Ambiguous))!.Value;
            trie.Add(path, candidate);
        }
        return new Gazetteer(trie.Build(), capitalForms, entries);
    }

    private static (List<string> Path, NameCandidate Candidate)? ToCandidate(string actorId, ActorName form)
    {
        var words = NameWords.Of(form.Text);
        if (words.Count > 1 && words[0].Key == "the")
            words.RemoveAt(0); // "the Taliban movement", "the Quad": the article is not part of the name
        if (words.Count == 0 || words.Exists(w => w.Key.Length == 0))
            return null;
        var text = form.Text.AsSpan(words[0].Start);
        if (form.Kind.NeedsCapitals() || NameForms.IsAllCapitals(form.Text))
            return Make(0, CaseRule.ExactCapitals, NameForms.LettersOf(text));
        // "Ísland" folds to "Island" ("Pacific Island countries"): a one-word native name with diacritics counts only as
        // written; the English name and aliases carry the plain spellings.
        if (form.Kind == NameKind.Native && words.Count == 1 && !System.Text.Ascii.IsValid(form.Text))
            return Make(0, CaseRule.ExactFirstWord, NameForms.LettersOf(words[0].Raw));
        var anchor = words.FindIndex(w => w.Capitalised);
        // "Al-Qaeda" is as often written "al-Qaeda": an Arabic article before a capitalised word may take either case.
        if (anchor >= 0 && anchor + 1 < words.Count && words[anchor].Key is "al" or "el" or "ad" or "an" or "ash" or "as" or "at" or "ar" or "az" && words[anchor + 1].Capitalised)
            anchor++;
        return anchor < 0
            ? Make(0, CaseRule.ExactFirstWord, NameForms.LettersOf(words[0].Raw))
            : Make(anchor, CaseRule.Capitalised, "");

        (List<string>, NameCandidate) Make(int anchorAt, CaseRule rule, string letters)
        {
            var keys = words.ConvertAll(w => w.Key);
            var lead = keys.GetRange(0, anchorAt).ToArray();
            return (keys.GetRange(anchorAt, keys.Count - anchorAt), new NameCandidate(actorId, form.Kind, form.Text, rule, letters, lead));
        }
    }
}
