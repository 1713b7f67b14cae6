namespace Entente.Formats.Bundled;

/// <summary>Turns the parsed files into actors, sources and accepted claims; entries that fail validation are skipped.</summary>
internal static class BundledKnowledgeMapper
{
    public const string Producer = "bundled-data";

    public static KnowledgeBatch Map(IReadOnlyList<ParsedFile> files)
    {
        var actors = new List<Actor>();
        var sources = new List<Source>();
        var claims = new List<Claim>();
        foreach (var file in files)
        {
            actors.AddRange((file.Content.Actors ?? []).Select(ToActor).OfType<Actor>());
            actors.AddRange((file.Content.Blocs ?? []).Select(ToBloc).OfType<Actor>());
            sources.AddRange((file.Content.Sources ?? []).Select(ToSource).OfType<Source>());
            claims.AddRange((file.Content.Relations ?? []).SelectMany(ToClaims));
            claims.AddRange((file.Content.Blocs ?? []).SelectMany(ToMembershipClaims));
        }
        var actorIds = actors.Select(a => a.Id).ToHashSet();
        var sourceIds = sources.Select(s => s.Id).ToHashSet();
        return new KnowledgeBatch(
            actors.DistinctBy(a => a.Id).ToList(),
            sources.DistinctBy(s => s.Id).ToList(),
            claims.Where(c => actorIds.Contains(c.Subject) && actorIds.Contains(c.Object) && sourceIds.Contains(c.SourceId)).ToList());
    }

    private static Actor? ToActor(ActorEntry e)
    {
        if (e.Id is null || e.Name is null || !ActorKinds.TryParse(e.Kind, out var kind))
            return null;
        var names = (e.Aliases ?? []).Select(a => new ActorName(a, NameKind.Alias, "en"))
            .Concat((e.OtherDemonyms ?? []).Select(d => new ActorName(d, NameKind.Demonym, "en")))
            .Concat((e.AmbiguousAliases ?? []).Select(a => new ActorName(a, NameKind.Ambiguous, "en")))
            .Concat((e.Acronyms ?? []).Select(a => new ActorName(a, NameKind.Acronym)))
            .Concat((e.Names ?? []).Where(n => n.Text is not null).Select(n => new ActorName(n.Text!, NameKind.Native, n.Lang)))
            .Concat(LeaderNames(e.Leaders))
            .ToList();
        return new Actor(e.Id, kind, e.Name)
        {
            OfficialName = e.OfficialName,
            Iso2 = e.Iso2,
            Iso3 = e.Iso3,
            Capital = e.Capital,
            Demonym = e.Demonym,
            Country = e.Country,
            Parent = e.Parent,
            Governs = e.Governs,
            Since = Date(e.Since),
            Until = Date(e.Until),
            GreatPower = e.GreatPower,
            Description = e.Description,
            Names = names,
        };
    }

    private static Actor? ToBloc(BlocEntry e)
    {
        if (e.Id is null || e.Name is null)
            return null;
        var names = (e.Aliases ?? []).Select(a => new ActorName(a, NameKind.Alias, "en"))
            .Concat((e.AmbiguousAliases ?? []).Select(a => new ActorName(a, NameKind.Ambiguous, "en")))
            .Concat((e.Acronyms ?? []).Select(a => new ActorName(a, NameKind.Acronym)))
            .Concat(LeaderNames(e.Leaders))
            .ToList();
        return new Actor(e.Id, ActorKind.Bloc, e.Name)
        {
            BlocType = e.Type,
            Since = Date(e.Since),
            Until = Date(e.Until),
            Description = e.Description,
            Names = names,
        };
    }

    /// <summary>A leader's full name, the surname news uses alone and the other spellings, once each.</summary>
    internal static IEnumerable<ActorName> LeaderNames(List<LeaderEntry>? leaders) =>
        (leaders ?? [])
            .Where(l => !string.IsNullOrWhiteSpace(l.Name))
            .SelectMany(l => new[] { l.Name, l.Short }.Concat(l.Variants ?? []))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.Ordinal)
            .Select(n => new ActorName(n!, NameKind.Leader));

    private static Source? ToSource(SourceEntry e)
    {
        if (e.Id is null || e.Title is null || e.Publisher is null || !Reliability.TryParse(e.Reliability, out var grade))
            return null;
        return new Source(e.Id, e.Title, e.Publisher, grade) { Url = e.Url, Published = Date(e.Published) };
    }

    private static IEnumerable<Claim> ToClaims(RelationEntry e)
    {
        if (e.From is null || e.To is null || !RelationTypes.TryParse(e.Type, out var type) || !TryValidity(e.Since, e.Until, out var validity))
            yield break;
        var areas = (e.Areas ?? []).Select(a => Areas.TryParse(a, out var area) ? area : (Area?)null).OfType<Area>().ToList();
        var polarity = e.Polarity is null ? Polarity.Asserts : ClaimVocabulary.ParsePolarity(e.Polarity);
        foreach (var source in e.Sources ?? [])
        {
            if (source.Source is null)
                continue;
            yield return new Claim(e.From, e.To, source.Source)
            {
                Relation = type,
                Areas = areas,
                Directed = e.Directed ?? type.IsDirectedByDefault(),
                Polarity = polarity,
                Hedged = e.Hedged,
                Validity = validity,
                Note = source.Note,
                ProducedBy = Producer,
                Status = ClaimStatus.Accepted,
            };
        }
    }

    private static IEnumerable<Claim> ToMembershipClaims(BlocEntry bloc)
    {
        if (bloc.Id is null)
            yield break;
        foreach (var member in bloc.Members ?? [])
        {
            if (member.Actor is null || !TryValidity(member.Since ?? bloc.Since, member.Until, out var validity))
                continue;
            foreach (var source in member.Sources is { Count: > 0 } own ? own : bloc.Sources ?? [])
            {
                if (source.Source is null)
                    continue;
                yield return new Claim(member.Actor, bloc.Id, source.Source)
                {
                    Relation = RelationType.MemberOf,
                    Directed = true,
                    Validity = validity,
                    Note = source.Note,
                    ProducedBy = Producer,
                    Status = ClaimStatus.Accepted,
                };
            }
        }
    }

    private static bool TryValidity(string? since, string? until, out Validity validity)
    {
        validity = Validity.Always;
        PartialDate? from = null, to = null;
        if (since is not null)
        {
            if (!PartialDate.TryParse(since, out var f)) return false;
            from = f;
        }
        if (until is not null)
        {
            if (!PartialDate.TryParse(until, out var u)) return false;
            to = u;
        }
        if (from is { } a && to is { } b && b.Start < a.Start)
            return false;
        validity = new Validity(from, to);
        return true;
    }

    private static PartialDate? Date(string? text) => PartialDate.TryParse(text, out var date) ? date : null;
}
