namespace Entente.Answers;

/// <summary>One line per member, generated from the assessment: what the actor is and what ties it to the subject.</summary>
public static class DescriptionWriter
{
    public static string Describe(Assessment assessment, string label, Actor subject, IReadOnlyDictionary<string, Actor> actors)
    {
        var other = assessment.Other;
        var what = WhatItIs(other, actors);
        var relation = $"{char.ToLowerInvariant(label[0])}{label[1..]} {(assessment.Type == RelationType.Mediator ? "for" : "of")} {Prose.Name(subject.Name)}";
        var span = (assessment.Since, assessment.Until) switch
        {
            ({ } s, { } u) => $" from {s.ToProse()} until {u.ToProse()}",
            ({ } s, null) => $" since {s.ToProse()}",
            (null, { } u) => $" until {u.ToProse()}",
            _ => "",
        };
        var areas = assessment.Areas.Count > 0
            ? " — " + Prose.List(assessment.Areas.Take(4).Select(a => a.ToProse()).ToList())
            : "";
        var dispute = assessment.Contested ? "; sources disagree" : "";
        var sentence = what is null ? $"{relation}{span}{areas}{dispute}." : $"{what}; {relation}{span}{areas}{dispute}.";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string? WhatItIs(Actor other, IReadOnlyDictionary<string, Actor> actors)
    {
        if (other.Kind == ActorKind.State)
            return null;
        var home = other.Country is { } code ? actors.Values.FirstOrDefault(a => a.Kind == ActorKind.State && a.Iso3 == code) : null;
        var kind = other.Kind.Describe();
        return home?.Demonym is { } demonym ? $"{demonym} {kind}" : kind;
    }
}
