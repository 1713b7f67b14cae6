using System.Text.Json;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>
/// STIX 2.0 and 2.1 bundles (OpenCTI, MISP, MITRE ATT&amp;CK): intrusion sets and threat actors become
/// actors (the ones the database knows by name, else new groups with their aliases); identities and
/// locations that stand for states resolve to our states; each <c>attributed-to</c> a state, or, lacking
/// one, the attribution a group's description states, becomes a claim that the state sponsors the group
/// (proxy, cyber). Each group's STIX object is the claim's source. Revoked and deprecated objects are left out.
/// </summary>
public sealed class StixImporter : IDatasetImporter
{
    public string Format => "stix";

    public string Description => "STIX 2.0 or 2.1 bundle (JSON): intrusion sets, threat actors, identities, locations, attributed-to relationships";

    public ImportResult Import(string path, ImportContext context)
    {
        using var bundle = StixObjects.Read(path);
        var groups = new StixGroups(context.Actors);
        var byId = new Dictionary<string, (JsonElement Object, int Line, int Column)>(StringComparer.Ordinal);
        foreach (var entry in bundle.Objects)
        {
            try
            {
                var id = StixText.String(entry.Object, "id") ?? throw Problem(path, entry, "the object has no \"id\"");
                var type = StixText.String(entry.Object, "type") ?? throw Problem(path, entry, $"{id} has no \"type\"");
                byId[id] = entry;
                if (type is "intrusion-set" or "threat-actor" && !Withdrawn(entry.Object))
                    groups.Add(id, entry.Object, StixText.String(entry.Object, "name") ?? throw Problem(path, entry, $"{id} has no \"name\""));
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }

        var publisher = Publisher(bundle);
        var claims = new List<Claim>();
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var attributed = new HashSet<string>(StringComparer.Ordinal);
        var relationships = 0;
        foreach (var entry in bundle.Objects.Where(e => StixText.String(e.Object, "type") == "relationship" && !Withdrawn(e.Object)))
        {
            relationships++;
            try
            {
                if (StixText.String(entry.Object, "relationship_type") != "attributed-to")
                    continue;
                var from = StixText.String(entry.Object, "source_ref") ?? throw Problem(path, entry, "the relationship has no \"source_ref\"");
                var to = StixText.String(entry.Object, "target_ref") ?? throw Problem(path, entry, "the relationship has no \"target_ref\"");
                if (groups.Get(from) is not { } group || !byId.TryGetValue(to, out var target) || StixStates.Resolve(target.Object, context.Actors) is not { } state)
                    continue;
                var source = SourceFor(from, byId[from].Object, publisher);
                sources[source.Id] = source;
                claims.Add(Sponsorship(state, group, source, hedged: false, quote: null,
                    $"STIX attributed-to: {group.Name} is attributed to {state.Name} ({StixText.String(entry.Object, "id")})."));
                attributed.Add(from);
                groups.SetHome(from, state);
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }

        foreach (var (stixId, element) in groups.Objects.Where(g => !attributed.Contains(g.StixId)))
        {
            if (DescribedAttribution.Read(StixText.String(element, "description"), context.Actors) is not { } attribution)
                continue;
            groups.SetHome(stixId, attribution.State);
            if (attribution.HomeOnly)
                continue;
            var source = SourceFor(stixId, element, publisher);
            sources[source.Id] = source;
            var group = groups.Get(stixId)!;
            claims.Add(Sponsorship(attribution.State, group, source, attribution.Hedged, attribution.Sentence,
                $"{source.Publisher} describes {group.Name} as a group attributed to {attribution.State.Name}{(attribution.Hedged ? " (with a hedge)" : "")}."));
        }

        var notes = new List<string> { $"{groups.Count} groups ({groups.New.Count} new), {claims.Count} attributions to a state, {relationships} relationships read" };
        return new ImportResult(new KnowledgeBatch(groups.Actors(), [.. sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal)], claims), bundle.Objects.Count)
        {
            Skipped = context.Skipped,
            Notes = notes,
        };
    }

    private static bool Withdrawn(JsonElement element) => StixText.True(element, "revoked") || StixText.True(element, "x_mitre_deprecated");

    private static Claim Sponsorship(Actor state, Actor group, Source source, bool hedged, string? quote, string note) =>
        new(state.Id, group.Id, source.Id)
        {
            Relation = RelationType.Proxy,
            Areas = [Area.Cyber],
            Directed = true,
            Hedged = hedged,
            Quote = quote,
            Note = note,
            ProducedBy = "import:stix",
            Status = ClaimStatus.Accepted,
        };

    /// <summary>The group's STIX object as the source: its ATT&amp;CK id and page when it has them.</summary>
    private static Source SourceFor(string stixId, JsonElement element, (string Name, Reliability Grade) publisher)
    {
        var (externalId, url) = StixText.MainReference(element);
        var name = StixText.String(element, "name") ?? stixId;
        return new Source("stix-" + stixId, externalId is null ? $"{name} (STIX)" : $"{name} ({externalId})", publisher.Name, publisher.Grade)
        {
            Url = url,
            Published = StixText.Date(StixText.String(element, "modified")) ?? StixText.Date(StixText.String(element, "created")),
        };
    }

    /// <summary>The identity that created most objects names the publisher; MITRE's curated ATT&amp;CK is graded B2, others C3.</summary>
    private static (string Name, Reliability Grade) Publisher(StixObjects bundle)
    {
        var creators = bundle.Objects.Select(o => StixText.String(o.Object, "created_by_ref")).OfType<string>()
            .GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var identity = bundle.Objects.FirstOrDefault(o => StixText.String(o.Object, "id") == creators);
        var name = identity.Object.ValueKind == JsonValueKind.Object ? StixText.String(identity.Object, "name") : null;
        return name switch
        {
            null => ("STIX bundle", Reliability.Parse("C3")),
            "The MITRE Corporation" => (name, Reliability.Parse("B2")),
            _ => (name, Reliability.Parse("C3")),
        };
    }

    private static MalformedRowException Problem(string path, (JsonElement Object, int Line, int Column) entry, string message) =>
        new(new ImportProblem(path, entry.Line, entry.Column, message));
}
