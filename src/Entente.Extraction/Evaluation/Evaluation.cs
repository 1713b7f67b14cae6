namespace Entente.Extraction.Evaluation;

/// <summary>Counts of one comparison: found and right, found and wrong, missed.</summary>
public readonly record struct Tally(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Tally operator +(Tally a, Tally b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public static Tally Compare(IReadOnlySet<string> found, IReadOnlySet<string> gold) =>
        new(found.Count(gold.Contains), found.Count(f => !gold.Contains(f)), gold.Count(g => !found.Contains(g)));
}

/// <summary>How the extractor did on one document: partners, adversaries, and sign errors (an adversary reported as a partner, or the reverse).</summary>
public sealed record DocumentScore(GoldDocument Gold, string? FoundSubject, IReadOnlySet<string> FoundPartners, IReadOnlySet<string> FoundAdversaries)
{
    public Tally Partners => Tally.Compare(FoundPartners, Gold.Partners);
    public Tally Adversaries => Tally.Compare(FoundAdversaries, Gold.Adversaries);

    /// <summary>A partner the gold calls an adversary (or not a partner), or the reverse; a former partner now an adversary is neither.</summary>
    public int SignErrors =>
        FoundPartners.Count(p => !Gold.Partners.Contains(p) && (Gold.Adversaries.Contains(p) || Gold.NotPartners.Contains(p)))
        + FoundAdversaries.Count(a => !Gold.Adversaries.Contains(a) && Gold.Partners.Contains(a));
}

/// <summary>Scores extracted claims against the gold annotations, about the gold subject.</summary>
public static class Evaluator
{
    public static DocumentScore Score(GoldDocument gold, string? foundSubject, IEnumerable<ExtractedClaimView> claims)
    {
        ArgumentNullException.ThrowIfNull(gold);
        claims = claims.ToList();
        var partners = new HashSet<string>(StringComparer.Ordinal);
        var adversaries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            if (c.Polarity != Polarity.Asserts || (c.Subject != gold.Subject && c.Object != gold.Subject))
                continue;
            var other = c.Subject == gold.Subject ? c.Object : c.Subject;
            var hostile = c.Relation.IsHostile();
            // "Africa Corps, also: russia" beside an entry of Russia's own on the same side: a claim about Russia is Russia's.
            if (!(hostile ? gold.Adversaries : gold.Partners).Contains(other))
                other = gold.Alternatives.GetValueOrDefault(other, other);
            if (gold.Tolerated.Contains(other))
                continue;
            (hostile ? adversaries : partners).Add(other);
        }
        // An actor read both ways counts once, on the side more of its claims take, unless the gold
        // itself has it on both (a former partner that is now an adversary).
        foreach (var both in partners.Intersect(adversaries).Where(a => !(gold.Partners.Contains(a) && gold.Adversaries.Contains(a))).ToList())
        {
            var hostile = claims.Count(c => c.Involves(gold.Subject, both) && c.Relation.IsHostile());
            var friendly = claims.Count(c => c.Involves(gold.Subject, both) && !c.Relation.IsHostile());
            (hostile >= friendly ? partners : adversaries).Remove(both);
        }
        return new DocumentScore(gold, foundSubject, partners, adversaries);
    }
}

/// <summary>The parts of an extracted claim the evaluator reads.</summary>
public sealed record ExtractedClaimView(string Subject, string Object, RelationType Relation, Polarity Polarity)
{
    public bool Involves(string a, string b) => (Subject == a && Object == b) || (Subject == b && Object == a);
}
