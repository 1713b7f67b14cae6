using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.Ucdp;

/// <summary>
/// The UCDP actor list: non-state actors (rebel groups, supporters of parties, communal groups; state
/// governments are left to the state list) become actors with their original-language and English
/// names as aliases and their home country; alliances become <c>ally</c> claims and joining a group a
/// <c>member_of</c> claim. Actors the database already knows by one of these names are used as they
/// are (their names are not rewritten); a splinter's parent is named in its description.
/// </summary>
public sealed class UcdpActorImporter : IDatasetImporter
{
    public string Format => "ucdp-actors";

    public string Description => "UCDP actor list (ActorId,NameData,NameOrig,NameOrigFull,…,Org,…,Location)";

    public ImportResult Import(string path, ImportContext context)
    {
        var rows = ReadRows(path, context);
        var byUcdpId = new Dictionary<int, Actor>();
        var created = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var ids = UcdpActorIds.For(rows.Where(r => r.Org is >= 1 and <= 3));
        foreach (var row in rows.Where(r => r.Org is >= 1 and <= 3))
        {
            var names = new[] { row.NameData, row.EnglishName, row.NativeName }.Concat(row.OtherNames).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            // An actor an earlier import of this list made is found by its id first, so importing again changes nothing.
            var ours = context.Actors.Get(ids[row.ActorId]) is { } stored && UcdpActorIds.IsFrom(stored, row.ActorId) ? stored : null;
            var known = ours ?? names.Select(context.Actors.Resolve).FirstOrDefault(a => a is not null && a.Kind != ActorKind.State && !UcdpActorIds.IsFromList(a));
            byUcdpId[row.ActorId] = known ?? NewActor(row, ids[row.ActorId], names, rows, context.Actors, created);
        }

        var claims = new List<Claim>();
        foreach (var row in rows.Where(r => byUcdpId.ContainsKey(r.ActorId)))
        {
            var actor = byUcdpId[row.ActorId];
            foreach (var ally in row.AlliedWith.Where(byUcdpId.ContainsKey).Select(id => byUcdpId[id]).Where(a => a.Id != actor.Id))
                claims.Add(Claim(actor, ally, RelationType.Ally, $"UCDP actor list: {row.NameData} (actor {row.ActorId}) formed an alliance with {ally.Name}."));
            foreach (var group in row.Joined.Where(byUcdpId.ContainsKey).Select(id => byUcdpId[id]).Where(a => a.Id != actor.Id))
                claims.Add(Claim(actor, group, RelationType.MemberOf, $"UCDP actor list: {row.NameData} (actor {row.ActorId}) joined {group.Name}."));
        }
        var unique = claims.DistinctBy(c => (c.Subject, c.Object, c.Relation, c.Note)).ToList();
        var notes = new List<string> { $"{byUcdpId.Count} non-state actors ({created.Count} new), {unique.Count} alliance and membership claims" };
        return new ImportResult(new KnowledgeBatch([.. created.Values.OrderBy(a => a.Id, StringComparer.Ordinal)], [DatasetSources.UcdpActors], unique), rows.Count)
        {
            Skipped = context.Skipped,
            Notes = notes,
        };
    }

    private static List<UcdpActorRow> ReadRows(string path, ImportContext context)
    {
        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "ActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,…");
        var rows = new List<UcdpActorRow>();
        while (true)
        {
            try
            {
                if (!csv.Read())
                    break;
                if (!csv.IsBlank)
                    rows.Add(UcdpActorRow.Read(csv, header));
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }
        return rows;
    }

    private static Actor NewActor(UcdpActorRow row, string id, List<string> names, List<UcdpActorRow> rows, IActorDirectory directory, Dictionary<string, Actor> created)
    {
        var (name, isAcronym) = UcdpActorIds.Name(row);
        if (directory.Get(id) is not null)
            id = $"{id}-ucdp-{row.ActorId}";
        var parents = row.SplinterOf.Select(p => rows.FirstOrDefault(r => r.ActorId == p)?.NameData).OfType<string>().ToList();
        var actor = new Actor(id, row.Org == 2 ? ActorKind.PoliticalMovement : ActorKind.NonStateArmedGroup, name)
        {
            Country = Home(row.Location, directory),
            Names = names.Where(n => n != name).Select(n => new ActorName(n,
                n == row.NativeName ? NameKind.Native : isAcronym && n == row.NameData ? NameKind.Acronym : NameKind.Alias)).ToList(),
            Description = UcdpActorIds.Description(row.ActorId) + (parents.Count > 0 ? $"; a splinter of {string.Join(", ", parents)}." : "."),
        };
        created[id] = actor;
        return actor;
    }

    /// <summary>The first place the list locates the actor in, as an ISO alpha-3 code: "Yemen (North Yemen)" → YEM.</summary>
    private static string? Home(string? location, IActorDirectory directory)
    {
        var first = location?.Split(',')[0].Trim();
        if (string.IsNullOrEmpty(first))
            return null;
        var state = ContinuingStates.Find(first, directory) ?? directory.Resolve(first);
        if (state is not { Kind: ActorKind.State } && first.IndexOf('(', StringComparison.Ordinal) is > 0 and var paren)
            state = directory.Resolve(first[..paren].Trim());
        return state is { Kind: ActorKind.State } ? state.Iso3 : null;
    }

    private static Claim Claim(Actor subject, Actor @object, RelationType relation, string note) =>
        new(subject.Id, @object.Id, DatasetSources.UcdpActors.Id)
        {
            Relation = relation,
            Directed = relation.IsDirectedByDefault(),
            Note = note + " Cite: " + DatasetSources.UcdpActorsCitation,
            ProducedBy = "import:ucdp-actors",
            Status = ClaimStatus.Accepted,
        };
}
