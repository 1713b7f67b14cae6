namespace Entente.Assessing;

/// <summary>How much one claim counts: source reliability × credibility × hedging × recency.</summary>
public sealed class ClaimWeigher(ScoringModel model)
{
    public double Weigh(Claim claim, Source source, DateOnly asOf) =>
        model.SourceReliabilityWeight[source.Reliability.Source]
        * model.CredibilityWeight[source.Reliability.Credibility]
        * (claim.Hedged ? model.HedgedFactor : 1.0)
        * Recency(source.Published, asOf);

    /// <summary>Sources published after the as-of date are not discounted: they may describe the past well.</summary>
    public double Recency(PartialDate? published, DateOnly asOf)
    {
        if (published is not { } date)
            return model.RecencyFloor;
        var ageYears = (asOf.DayNumber - date.Start.DayNumber) / 365.25;
        if (ageYears <= 0)
            return 1.0;
        return model.RecencyFloor + ((1 - model.RecencyFloor) * Math.Pow(0.5, ageYears / model.RecencyHalfLifeYears));
    }
}
