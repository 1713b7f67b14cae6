using System.Text.Json;
using Entente.Formats.Interchange.Import.Stix;

namespace Entente.Formats.Interchange.Import.Misp;

/// <summary>
/// A MISP galaxy threat-actor cluster: each value becomes a group (an existing non-state actor when
/// its name or a synonym resolves to one, else a new organisation with its synonyms as aliases and
/// <c>meta.country</c> as its home); <c>meta.cfr-suspected-state-sponsor</c> becomes a hedged claim that
/// the state sponsors the group (proxy, cyber). A country alone says where a group is from, not who directs it.
/// </summary>
public sealed class MispGalaxyImporter : IDatasetImporter
{
    public string Format => "misp";

    public string Description => "MISP galaxy cluster of threat actors (JSON: values[].value, meta.country, meta.cfr-suspected-state-sponsor, meta.synonyms)";

    public ImportResult Import(string path, ImportContext context)
    {
        var bytes = JsonPositions.ReadAllBytes(path);
        using var document = JsonPositions.Parse(path, bytes, "a MISP galaxy cluster is one JSON object");
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array)
            throw new ImportFileException($"{path} is JSON but not a MISP galaxy cluster: expected an object with a \"values\" array.");
        var positions = JsonPositions.ElementStarts(bytes, "values"u8);

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var sources = new List<Source>();
        var claims = new List<Claim>();
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            var (line, column) = index < positions.Count ? positions[index] : (1, 1);
            index++;
            try
            {
                var cluster = MispCluster.Read(value, path, line, column);
                var group = Group(cluster, context.Actors, actors);
                if (cluster.Sponsor is not { } sponsorName || Sponsor(sponsorName, context.Actors) is not { } sponsor)
                    continue;
                var source = new Source("misp-" + cluster.Uuid, $"{cluster.Name} (MISP threat-actor galaxy)", "MISP Project", DatasetSources.MispGalaxy.Reliability)
                {
                    Url = cluster.Reference ?? DatasetSources.MispGalaxy.Url,
                };
                sources.Add(source);
                claims.Add(new Claim(sponsor.Id, group.Id, source.Id)
                {
                    Relation = RelationType.Proxy,
                    Areas = [Area.Cyber],
                    Directed = true,
                    Hedged = true,
                    Note = $"MISP threat-actor galaxy: {cluster.Name} has {sponsorName} as its suspected state sponsor (cfr-suspected-state-sponsor)"
                        + (cluster.Confidence is { } c ? $", attribution confidence {c}." : "."),
                    ProducedBy = "import:misp",
                    Status = ClaimStatus.Accepted,
                });
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }
        var newActors = actors.Values.Where(a => context.Actors.Get(a.Id) is null).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var notes = new List<string> { $"{actors.Count} groups ({newActors.Count} new), {claims.Count} suspected state sponsors" };
        return new ImportResult(new KnowledgeBatch(newActors, sources.DistinctBy(s => s.Id).ToList(), claims), index)
        {
            Skipped = context.Skipped,
            Notes = notes,
        };
    }

    private const string MadeHere = "Threat group from the MISP threat-actor galaxy.";

    private static Actor Group(MispCluster cluster, IActorDirectory directory, Dictionary<string, Actor> seen)
    {
        var id = ActorIds.Slug(cluster.Name);
        if (seen.TryGetValue(id, out var again))
            return again;
        // An actor this import made before is found by its id, and never by a synonym (another cluster's),
        // so importing again resolves every cluster as the first import did and changes nothing.
        var known = directory.Get(id) is { } stored && stored.Kind.IsNonState() ? stored
            : new[] { cluster.Name }.Concat(cluster.Synonyms).Select(directory.Resolve)
                .FirstOrDefault(a => a is not null && (a.Kind.IsNonState() || a.Kind == ActorKind.StateUnit) && a.Description != MadeHere);
        if (known is null && directory.Get(id) is not null)
            id = ActorIds.Slug(cluster.Name + " group");
        var actor = known ?? new Actor(id, ActorKind.Organization, cluster.Name)
        {
            Country = cluster.Country is { } code ? directory.StateByIso(code)?.Iso3 : null,
            Names = cluster.Synonyms.Where(s => s != cluster.Name).Distinct(StringComparer.Ordinal).Select(s => new ActorName(s, NameKind.Alias)).ToList(),
            Description = MadeHere,
        };
        seen[actor.Id] = actor;
        return actor;
    }

    private static Actor? Sponsor(string name, IActorDirectory directory)
    {
        var state = ContinuingStates.Find(name, directory) ?? directory.Resolve(name);
        return state is { Kind: ActorKind.State } ? state : null;
    }
}
