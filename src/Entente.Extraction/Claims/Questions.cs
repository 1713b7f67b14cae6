namespace Entente.Extraction.Claims;

/// <summary>
/// Question-and-answer pages: "Q: Which country is Pakistan's closest partner? A: China, by a
/// distance." The answer names the actor and the question the relation. A question with a cue is
/// kept until the next unit, which then answers it: "Yes" asserts the question's relation with the
/// actors the question names, "No" or "Not" denies it, and actors named at the head of the answer
/// take it.
/// </summary>
internal sealed class Questions(CueLexicon lexicon, ClaimBuilder builder)
{
    private const int AnswerHead = 6;

    private (Cue Cue, List<string> Named)? _open;

    /// <summary>Whether a question waits for its answer in the next unit.</summary>
    public bool IsOpen => _open is not null;

    public IEnumerable<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts)
    {
        var asked = _open;
        _open = null;
        if (words.Count > 0 && words[^1].Lower == "?")
        {
            Ask(subject, words, placed);
            return [];
        }
        return asked is { } question ? Answer(subject, words, placed, paired, facts, question) : [];
    }

    // Apart from Read, as is Answer: their lambdas' closure was made for every unit Read was asked about.
    private void Ask(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (lexicon.CuesIn(words).Select(c => c.Value).FirstOrDefault(c => c.Form is not (CueForm.Compound or CueForm.Paired)) is { } cue)
            _open = (cue, placed.Where(p => p.ActorId != subject).Select(p => p.ActorId).Distinct().ToList());
    }

    private IEnumerable<ExtractedClaim> Answer(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts, (Cue Cue, List<string> Named) question)
    {
        var start = words.Count > 1 && words[0].Lower == "a" && words[1].Lower == ":" ? 2 : 0;
        if (start >= words.Count)
            return [];
        // "Yes", and also "In trade, yes" or "Largely, no": the verdict may follow a short qualifier.
        var verdict = Enumerable.Range(start, Math.Min(4, words.Count - start)).Select(i => words[i].Lower)
            .FirstOrDefault(w => w is "yes" or "no" or "not" or "neither" or "never");
        if (verdict is not null)
        {
            var denies = verdict != "yes";
            return question.Named.Where(a => !paired.Contains(a)).Select(a => Claim(subject, a, question.Cue, denies, facts)).ToList();
        }
        return placed.Where(p => p.First < start + AnswerHead && p.ActorId != subject && !paired.Contains(p.ActorId) && !p.Adjective)
            .Select(p => p.ActorId).Distinct()
            .Select(a => Claim(subject, a, question.Cue, false, facts)).ToList();
    }

    private ExtractedClaim Claim(string subject, string other, Cue cue, bool denies, UnitFacts facts)
    {
        var (source, target) = cue.Reversed ? (other, subject) : (subject, other);
        var areas = cue.Hostile ? [] : cue.Areas.Concat(facts.Areas).Distinct().ToList();
        var relation = cue.Relation ?? builder.Infer(source, target, areas);
        return new ExtractedClaim(source, target, relation, facts.Start, facts.End, $"answer:{cue.Words[0]}")
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = !cue.Mutual && relation.IsDirectedByDefault(),
            Polarity = denies || cue.Negative ? Polarity.Denies : Polarity.Asserts,
            Hedged = cue.Hedged || facts.Hedged,
            Validity = facts.Validity,
        };
    }
}
