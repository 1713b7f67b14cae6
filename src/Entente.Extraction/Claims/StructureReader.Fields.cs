using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

// An encyclopedia page's infobox, saved as text, runs its fields together: "Part of Islamic State Opponents Nigeria
// Burkina Faso Cameroon Chad". A field label that names a tier, followed straight away by names and nothing else,
// lists the subject's allies or foes as a heading over a list would.
internal sealed partial class StructureReader
{
    internal static readonly string[] FieldLabelWords = ["allies", "opponents", "enemies", "adversaries", "rivals", "supporters", "backers", "sponsors"];

    private static readonly WordSet FieldLabels = new(FieldLabelWords);

    // Words before a label that make it a noun of a sentence ("the Allies", "its opponents") rather than a field's name.
    private static readonly WordSet NotBeforeALabel = new("the", "its", "their", "his", "her", "our", "of", "and", "or", "with", "to", "a");

    /// <summary>Whether the unit may hold a field label before a name: only then is it read for fields.</summary>
    public static bool MayHoldFields(IReadOnlyList<Word> words, List<PlacedMention> placed) => placed.Count >= 2 && LabelAt(words, placed, 0) >= 0;

    /// <summary>The claims each field of the unit makes: the subject tied to every name of the run after the label.</summary>
    public List<ExtractedClaim> ReadFields(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, Validity validity, PartialDate formerEnd, bool hedged)
    {
        var claims = new List<ExtractedClaim>();
        for (var label = LabelAt(words, placed, 0); label >= 0; label = LabelAt(words, placed, label + 1))
        {
            if (CueLexicon.Match(lexicon.Headings, words[label].Text) is not { } cue || FieldRun(words, placed, label + 1) is not { Count: >= 2 } run)
                continue;
            foreach (var actor in run)
            {
                if (actor != subject && !claims.Exists(c => c.Subject == actor || c.Object == actor))
                    claims.Add(Claim(unit, words, subject, actor, cue, null, validity, formerEnd, hedged) with { Rule = "infobox-field" });
            }
        }
        return claims;
    }

    /// <summary>The index of the next capitalised label from <paramref name="from"/> that a name follows at once, or -1.</summary>
    private static int LabelAt(IReadOnlyList<Word> words, List<PlacedMention> placed, int from)
    {
        for (var i = from; i + 1 < words.Count; i++)
        {
            if (words[i].IsCapitalized && FieldLabels.Contains(words[i]) && (i == 0 || !NotBeforeALabel.Contains(words[i - 1])) && Placement.IndexOpeningAt(placed, i + 1) >= 0)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The actors named one straight after another from <paramref name="first"/>; null where the run goes on into a lowercase
    /// word ("Opponents Nigeria and Chad signed …" is a sentence, not a field).
    /// </summary>
    private static List<string>? FieldRun(IReadOnlyList<Word> words, List<PlacedMention> placed, int first)
    {
        var run = new List<string>();
        var at = first;
        for (var k = Placement.IndexOpeningAt(placed, at); k >= 0; k = Placement.IndexOpeningAt(placed, at))
        {
            run.Add(placed[k].ActorId);
            at = placed[k].Last + 1;
        }
        return at < words.Count && !words[at].IsCapitalized && char.IsLetter(words[at].Text[0]) ? null : run;
    }
}
