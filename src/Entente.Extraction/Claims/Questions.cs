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

    private static readonly WordSet Auxiliaries = new(
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "will", "would",
        "should", "isn't", "aren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "wasn't", "weren't");

    private (Cue Cue, List<string> Named, bool YesOrNo, bool AsksAnEnd)? _open;

    /// <summary>Whether a question waits for its answer in the next unit.</summary>
    public bool IsOpen => _open is not null;

    public IReadOnlyList<ExtractedClaim> Read(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts)
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
        // "ISIS At War With Boko Haram? New Islamic State Leader …": a headline's question without a question word
        // teases the story; the line after it is no answer.
        if (!AsksSomething(words) || (AsksNoActor(words) && !placed.Exists(p => p.ActorId != subject)))
            return;
        foreach (var (index, _, cue) in lexicon.CuesIn(words))
        {
            if (cue.Form is CueForm.Compound or CueForm.Paired)
                continue;
            _open = (cue, placed.Where(p => p.ActorId != subject).Select(p => p.ActorId).Distinct().ToList(), AsksYesOrNo(words), AsksAnEnd(words, index));
            return;
        }
    }

    private IReadOnlyList<ExtractedClaim> Answer(string subject, IReadOnlyList<Word> words, List<PlacedMention> placed, ISet<string> paired, UnitFacts facts, (Cue Cue, List<string> Named, bool YesOrNo, bool AsksAnEnd) question)
    {
        var start = words.Count > 1 && words[0].Lower == "a" && words[1].Lower == ":" ? 2 : 0;
        if (start >= words.Count)
            return [];
        // "Yes", and also "In trade, yes" or "Largely, no": the verdict may follow a short qualifier.
        var verdict = Enumerable.Range(start, Math.Min(4, words.Count - start)).Select(i => words[i].Lower)
            .FirstOrDefault(w => w is "yes" or "no" or "not" or "neither" or "never");
        if (verdict is not null)
        {
            // "Does the result end security cooperation with the US? No." keeps the cooperation.
            var denies = (verdict != "yes") != question.AsksAnEnd;
            return question.Named.Where(a => !paired.Contains(a)).Select(a => Claim(subject, a, question.Cue, denies, facts)).ToList();
        }
        var head = placed.Where(p => p.First < start + AnswerHead && p.ActorId != subject && !paired.Contains(p.ActorId) && !p.Adjective)
            .Select(p => p.ActorId).Distinct().ToList();
        // A yes-or-no question about an actor, answered without a yes or a no ("Is China an enemy?
        // Beijing claims the island…"), speaks of that actor when the answer opens on it alone:
        // "Does the Philippines count as a friend? The Philippines and China clash…" discusses, it does not answer.
        if (question.YesOrNo && question.Named.Count > 0 && head.Any(a => !question.Named.Contains(a)))
            return [];
        return head.Select(a => Claim(subject, a, question.Cue, false, facts)).ToList();
    }

    private static readonly WordSet Ending = new("end", "ends", "stop", "stops", "break", "cut", "suspend", "halt", "kill", "sink", "doom", "finish", "terminate");

    /// <summary>Whether the question asks if the tie ends: an ending verb at most three words before its cue.</summary>
    private static bool AsksAnEnd(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= Math.Max(0, cue - 3); i--)
        {
            if (Ending.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>Whether a question opens with an auxiliary verb ("Does…", "Is…", "Q: Has…"), which asks for a yes or a no.</summary>
    private static bool AsksYesOrNo(IReadOnlyList<Word> words)
    {
        var first = AskedFrom(words);
        return first < words.Count && Auxiliaries.Contains(words[first]);
    }

    /// <summary>Where the question's own words start: after a "Q:" label.</summary>
    private static int AskedFrom(IReadOnlyList<Word> words) =>
        words.Count > 2 && words[0].Lower == "q" && words[1].Lower == ":" ? 2 : 0;

    /// <summary>Whether a "Q:" label, a question word or an auxiliary opens the question ("So who are Iran's allies?").</summary>
    private static bool AsksSomething(IReadOnlyList<Word> words)
    {
        if (AskedFrom(words) > 0)
            return true;
        for (var i = 0; i < Math.Min(3, words.Count); i++)
        {
            if (Interrogatives.Contains(words[i]) || Auxiliaries.Contains(words[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "What impact could these joint patrols have?": a question that asks for an account, not for an actor, and names no one,
    /// is answered by whoever the answer opens on, and that one does not take the question's cue. "Why do people in Ouagadougou
    /// call Abidjan an enemy?" names whom it asks about, and the answer's head may still take it.
    /// </summary>
    private static bool AsksNoActor(IReadOnlyList<Word> words)
    {
        var first = AskedFrom(words);
        for (var i = first; i < Math.Min(first + 3, words.Count); i++)
        {
            if (Auxiliaries.Contains(words[i]) || words[i].Lower is "who" or "whom" or "whose" or "which")
                return false;
            if (words[i].Lower is "how" or "why")
                return true;
            // "What is Pakistan's closest partner?", "What countries back it?" ask for one; "What impact …", "What does it mean …" do not.
            if (words[i].Lower == "what")
                return i + 1 < words.Count && !ActorNouns.Contains(words[i + 1]) && words[i + 1].Lower is not ("is" or "are" or "was" or "were");
        }
        return false;
    }

    private static readonly WordSet ActorNouns = new(
        "country", "countries", "state", "states", "nation", "nations", "government", "governments", "group", "groups", "power", "powers",
        "actor", "actors", "ally", "allies", "partner", "partners", "side", "sides", "militia", "militias", "organization", "organizations", "organisation", "organisations");

    private static readonly WordSet Interrogatives = new("which", "who", "whom", "whose", "what", "how", "why", "where", "when");

    private ExtractedClaim Claim(string subject, string other, Cue cue, bool denies, UnitFacts facts)
    {
        var (source, target) = cue.Reversed ? (other, subject) : (subject, other);
        var areas = cue.Hostile ? [] : cue.Areas.Concat(facts.Areas).Distinct().ToList();
        var relation = builder.Settle(cue.Relation, source, target, areas);
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
