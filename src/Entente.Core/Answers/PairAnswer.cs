namespace Entente.Answers;

/// <summary>Narrows a subject's answer to one other actor and states the verdict: "is Oman an ally of Iran?".</summary>
public static class PairAnswer
{
    public static Answer Narrow(Answer answer, ActorRef other, string question)
    {
        var member = answer.AllMembers.FirstOrDefault(m => m.Actor.Id == other.Id);
        var verdict = Judge(answer.Subject, other, member, answer.AsOf, question);
        return answer with
        {
            Summary = verdict.Text,
            Groups = answer.Groups.Select(g => g with { Members = g.Members.Where(m => m.Actor.Id == other.Id).ToList() }).ToList(),
            Former = answer.Former.Where(m => m.Actor.Id == other.Id).ToList(),
            Adversaries = answer.Adversaries.Where(m => m.Actor.Id == other.Id).ToList(),
            Blocs = answer.Blocs.Where(b => b.Members.Any(m => m.Id == other.Id)).ToList(),
            Viewpoints = answer.Viewpoints.Where(v => v.Claim.Contains(other.Name, StringComparison.Ordinal)).ToList(),
            Verdict = verdict,
        };
    }

    private static Verdict Judge(ActorRef subject, ActorRef other, AnswerMember? member, DateOnly asOf, string question)
    {
        if (member is null)
            return new Verdict(question, other, "unknown", $"No relation between {other.Name} and {subject.Name} is on record as of {Prose.Date(asOf)}.");

        var label = member.Label.ToLowerInvariant();
        var of = member.Relation == RelationType.Mediator ? "for" : "of";
        var how = $"{other.Name} is {Prose.Article(label)} {label} {of} {subject.Name}";
        var (word, text) = member.Tier switch
        {
            Tier.Core when member.Relation.Class() == RelationClass.Aligned => ("yes", $"Yes. {how}"),
            Tier.Core or Tier.GreatPower => ("partly", $"Partly. {how}, a close partner without a formal alliance"),
            Tier.Varying => ("partly", $"Partly. {how}, not an ally"),
            Tier.Former => ("no_longer", $"No longer. {other.Name} was {Prose.Article(label)} {label[("former ".Length)..]} of {subject.Name} until {member.Until?.ToProse()}"),
            _ => ("no", $"No. {how}"),
        };
        var areas = member.Areas.Count > 0 ? $" ({Prose.List(member.Areas.Take(4).Select(a => a.ToProse()).ToList())})" : "";
        var disputed = member.Contested ? " Sources disagree; see the viewpoints." : "";
        return new Verdict(question, other, word, $"{text}{areas}, according to {member.Sources.Count} source{(member.Sources.Count == 1 ? "" : "s")}.{disputed}");
    }
}
