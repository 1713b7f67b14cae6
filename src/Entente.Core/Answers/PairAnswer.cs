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

    private static Verdict Judge(ActorRef subjectRef, ActorRef otherRef, AnswerMember? member, DateOnly asOf, string question)
    {
        var subject = subjectRef with { Name = Prose.Name(subjectRef.Name) };
        var other = otherRef with { Name = Prose.Name(otherRef.Name) };
        if (member is null)
            return new Verdict(question, otherRef, "unknown", $"No relation between {other.Name} and {subject.Name} is on record as of {Prose.Date(asOf)}.");

        var label = member.Label.ToLowerInvariant();
        var of = member.Relation == RelationType.Mediator ? "for" : "of";
        var how = $"{other.Name} is {Prose.Article(label)} {label} {of} {subject.Name}";
        var (word, text) = member.Tier switch
        {
            Tier.Core when member.Relation.Class() == RelationClass.Aligned => ("yes", $"Yes. {Prose.Capitalized(how)}"),
            Tier.Core or Tier.GreatPower => ("partly", $"Partly. {Prose.Capitalized(how)}, a close partner without a formal alliance"),
            Tier.Varying => ("partly", $"Partly. {Prose.Capitalized(how)}, not an ally"),
            Tier.Former => ("no_longer", $"No longer. {Prose.Capitalized(other.Name)} was {Prose.Article(label)} {label[("former ".Length)..]} of {subject.Name} until {member.Until?.ToProse()}"),
            _ => ("no", $"No. {Prose.Capitalized(how)}"),
        };
        var areas = member.Areas.Count > 0 ? $" ({Prose.List(member.Areas.Take(4).Select(a => a.ToProse()).ToList())})" : "";
        var disputed = member.Contested ? " Sources disagree; see the viewpoints." : "";
        return new Verdict(question, otherRef, word, $"{text}{areas}, according to {member.Sources.Count} source{(member.Sources.Count == 1 ? "" : "s")}.{disputed}");
    }
}
