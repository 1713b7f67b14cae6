namespace Entente.Answers;

/// <summary>
/// Who the subject's allies are as of a date, grouped in tiers, with sources: the shape of
/// DESIGN.md's JSON answer, which every renderer draws from.
/// </summary>
public sealed record Answer(
    ActorRef Subject,
    DateOnly AsOf,
    string Summary,
    string TimeContext,
    IReadOnlyList<AnswerGroup> Groups,
    IReadOnlyList<AnswerMember> Former,
    IReadOnlyList<AnswerMember> Adversaries,
    IReadOnlyList<BlocSummary> Blocs,
    IReadOnlyList<Viewpoint> Viewpoints)
{
    /// <summary>For "is X an ally of Y?": the one-line verdict.</summary>
    public Verdict? Verdict { get; init; }

    public IEnumerable<AnswerMember> AllMembers => Groups.SelectMany(g => g.Members).Concat(Former).Concat(Adversaries);

    /// <summary>Every source the answer cites, once, in order of first appearance.</summary>
    public IReadOnlyList<AnswerSource> SourceList =>
        AllMembers.SelectMany(m => m.Sources).DistinctBy(s => s.Id).ToList();
}

public sealed record AnswerGroup(Tier Tier, string Title, IReadOnlyList<AnswerMember> Members);

public sealed record AnswerMember(
    ActorRef Actor,
    Tier Tier,
    RelationType Relation,
    RelationRole Role,
    string Label,
    string Description,
    IReadOnlyList<Area> Areas,
    double Score,
    double Confidence,
    PartialDate? Since,
    PartialDate? Until,
    bool Contested,
    IReadOnlyList<AnswerSource> Sources)
{
    /// <summary>Share of identical UN General Assembly votes in the latest year that counts: a signal shown beside the relation.</summary>
    public UnVotingAgreement? UnVoting { get; init; }
}

/// <summary>"UN voting agreement": from <see cref="Since"/> to <see cref="Year"/>, the pair voted alike in <see cref="Share"/> of <see cref="Votes"/> roll calls.</summary>
public sealed record UnVotingAgreement(double Share, int Year, int Votes)
{
    public int? Since { get; init; }
}

public sealed record AnswerSource(
    string Id,
    string Title,
    string Publisher,
    string? Url,
    PartialDate? Date,
    Reliability Reliability,
    string? Quote,
    string? Note)
{
    /// <summary>"Publisher, Title (date)": how a source is named in viewpoints and lists.</summary>
    public string Citation => Date is { } d ? $"{Publisher}, \"{Title}\" ({d})" : $"{Publisher}, \"{Title}\"";
}

public sealed record BlocSummary(string Id, string Name, string? Type, PartialDate? Since, IReadOnlyList<ActorRef> Members);

public sealed record Viewpoint(string Claim, IReadOnlyList<string> For, IReadOnlyList<string> Against);

/// <summary>The answer to "is X an ally of Y?".</summary>
public sealed record Verdict(string Question, ActorRef Other, string Answer, string Text);
