using Entente.Answers;

namespace Entente.Web.Contracts;

/// <summary>An assessed relation in the answer's JSON member shape (DESIGN.md), for the relation endpoint.</summary>
public sealed record MemberView(
    ActorSummary Actor,
    string Relation,
    string Label,
    string Description,
    string Tier,
    string Role,
    IReadOnlyList<string> Areas,
    double Score,
    double Confidence,
    string? Since,
    string? Until,
    bool Contested,
    IReadOnlyList<AnswerSourceView> Sources)
{
    public static MemberView Of(AnswerMember m) => new(
        ActorSummary.Of(m.Actor), m.Relation.ToWire(), m.Label, m.Description, m.Tier.ToWire(), m.Role.ToWire(),
        m.Areas.Select(a => a.ToWire()).ToList(), Round(m.Score), Round(m.Confidence), m.Since?.ToString(), m.Until?.ToString(), m.Contested,
        m.Sources.Select(s => new AnswerSourceView(s.Id, s.Title, s.Publisher, s.Url, s.Date?.ToString(), s.Reliability.ToString(), s.Quote, s.Note)).ToList());

    /// <summary>Three decimals, as the JSON answer writes them.</summary>
    public static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}

public sealed record AnswerSourceView(string Id, string Title, string Publisher, string? Url, string? Date, string Reliability, string? Quote, string? Note);
