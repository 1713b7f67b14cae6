namespace Entente.Answers;

/// <summary>The TL;DR and the time-context line, generated from the tiers; no actor is named in code.</summary>
public static class SummaryWriter
{
    private const int RecentMonths = 24;

    public static string Summarize(Actor subject, IReadOnlyList<AnswerGroup> groups, IReadOnlyList<AnswerMember> former, IReadOnlyList<AnswerMember> adversaries, DateOnly asOf)
    {
        var sentences = new List<string>();
        var core = groups.First(g => g.Tier == Tier.Core).Members;
        var great = groups.First(g => g.Tier == Tier.GreatPower).Members;
        var varying = groups.First(g => g.Tier == Tier.Varying).Members;
        var all = core.Concat(great).Concat(varying).ToList();

        var noTreaty = subject.Kind == ActorKind.State && all.All(m => m.Relation != RelationType.FormalAlliance);
        if (core.Count > 0)
        {
            var names = core.Take(4).Select(m => Prose.Name(m.Actor.Name)).ToList();
            var more = core.Count > 4 ? $" ({core.Count} in all)" : "";
            var backed = core.Count(m => m.Relation == RelationType.Proxy && m.Role == RelationRole.SubjectActs);
            var how = backed * 2 > core.Count ? $", most of them armed groups it {SupportVerbs(core)}" : "";
            var lead = noTreaty
                ? $"{Prose.Capitalized(Prose.Name(subject.Name))} has no formal treaty allies; its closest partners"
                : $"{Prose.Capitalized(Prose.Possessive(Prose.Name(subject.Name)))} closest allies and partners";
            sentences.Add($"{lead} are {Prose.List(names)}{more}{how}.");
        }
        else if (all.Count > 0)
        {
            sentences.Add($"{Prose.Capitalized(Prose.Name(subject.Name))} has no close allies on record; its partners are {Prose.List(all.Take(4).Select(m => Prose.Name(m.Actor.Name)).ToList())}.");
        }
        else
        {
            sentences.Add($"{Prose.Capitalized(Prose.Name(subject.Name))} has no allies or partners on record as of {Prose.Date(asOf)}.");
        }

        if (great.Count > 0)
        {
            var commitment = great.All(m => m.Relation != RelationType.FormalAlliance) ? ", without a mutual-defence commitment" : "";
            sentences.Add($"Among great powers it counts on {Prose.List(great.Select(m => Prose.Name(m.Actor.Name)).ToList())}{commitment}.");
        }

        var last = new List<string>();
        if (adversaries.Count > 0)
        {
            var worst = adversaries.Take(3).Select(m => Prose.Name(m.Actor.Name)).ToList();
            var word = adversaries.Take(3).All(m => m.Relation == RelationType.Rival) ? "rivals" : "adversaries";
            last.Add($"its main {word} are {Prose.List(worst)}");
        }
        var ended = former.Where(m => m.Until is { } u && Months(u.Start, asOf) <= RecentMonths * 2).OrderByDescending(m => m.Until).FirstOrDefault();
        if (ended is not null)
        {
            var was = ended.Label.StartsWith("Former ", StringComparison.Ordinal) ? ended.Label["Former ".Length..] : ended.Label.ToLowerInvariant();
            last.Add($"{Prose.Name(ended.Actor.Name)}, {Prose.Article(was)} {was} until {ended.Until!.Value.ToProse()}, is now a former partner");
        }
        if (last.Count > 0)
        {
            var text = string.Join("; ", last);
            sentences.Add(char.ToUpperInvariant(text[0]) + text[1..] + ".");
        }
        return string.Join(" ", sentences);
    }

    public static string TimeContext(IEnumerable<AnswerMember> members, DateOnly asOf)
    {
        var changes = new List<(DateOnly When, string Text)>();
        foreach (var m in members)
        {
            var label = m.Label.StartsWith("Former ", StringComparison.Ordinal) ? m.Label["Former ".Length..] : m.Label.ToLowerInvariant();
            if (m.Until is { } u && u.Start <= asOf && Months(u.Start, asOf) <= RecentMonths)
                changes.Add((u.Start, $"{Prose.Capitalized(Prose.Name(m.Actor.Name))} ceased to be {Prose.Article(label)} {label} ({u.ToProse()})"));
            if (m.Since is { } s && s.Start <= asOf && Months(s.Start, asOf) <= RecentMonths && m.Tier != Tier.Former)
                changes.Add((s.Start, $"{Prose.Capitalized(Prose.Name(m.Actor.Name))} became {Prose.Article(label)} {label} ({s.ToProse()})"));
        }
        var recent = changes.OrderByDescending(c => c.When).Take(5).Select(c => c.Text).ToList();
        var head = $"As of {Prose.Date(asOf)}.";
        return recent.Count == 0
            ? $"{head} No relation began or ended in the {RecentMonths} months before."
            : $"{head} In the {RecentMonths} months before: {string.Join("; ", recent)}.";
    }

    private static string SupportVerbs(IReadOnlyList<AnswerMember> core)
    {
        var areas = core.SelectMany(m => m.Areas).ToHashSet();
        var verbs = new List<string>();
        if (areas.Contains(Area.Weapons)) verbs.Add("arms");
        if (areas.Contains(Area.Funding)) verbs.Add("funds");
        if (areas.Contains(Area.Training)) verbs.Add("trains");
        return verbs.Count > 0 ? Prose.List(verbs) : "backs";
    }

    private static int Months(DateOnly from, DateOnly to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
