namespace Entente.Formats.Interchange.Own;

/// <summary>
/// What a read that leaves malformed records out got: the batch of well-formed ones, and one or more
/// problems (with file, line, column) for each record left out. A claim citing an actor or source
/// whose record was left out is left out too.
/// </summary>
public sealed record KnowledgeRead(KnowledgeBatch Batch, IReadOnlyList<ReadProblem> LeftOut);

/// <summary>
/// Keeps a file's well-formed records and notes the ids of those left out, so claims citing them
/// can be left out as well rather than fail when stored.
/// </summary>
internal sealed class RecordKeeper(List<ReadProblem> problems)
{
    private readonly HashSet<string> _leftOutActors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _leftOutSources = new(StringComparer.Ordinal);

    /// <summary>Maps the record; null when it is malformed (its problems are in the list) or its id was seen before.</summary>
    public T? Keep<T>(IKnowledgeRecord record, Func<IKnowledgeRecord, T?> map, Func<T, string?> id, Dictionary<string, string> seen, string what, string where)
        where T : class
    {
        var before = problems.Count;
        var item = map(record);
        if (item is not null && problems.Count == before)
        {
            if (id(item) is not { } key || seen.TryAdd(key, where))
            {
                Kept(what, id(item));
                return item;
            }
            // The first record with this id was kept, so claims citing it stay.
            problems.Add(record.Problem("id", $"{what} '{key}' appears more than once (also at {seen[key]})"));
            return null;
        }
        var problemsSoFar = problems.Count;
        var leftOut = record.Text("id");
        problems.RemoveRange(problemsSoFar, problems.Count - problemsSoFar); // a bad id is reported once, by map
        if (leftOut is not null && !seen.ContainsKey(leftOut))
            NoteLeftOut(what, leftOut);
        return null;
    }

    private void Kept(string what, string? id)
    {
        if (id is not null)
            (what == "source" ? _leftOutSources : _leftOutActors).Remove(id);
    }

    /// <summary>Notes that the record of this actor or source (if it had an id) was left out.</summary>
    public void NoteLeftOut(string what, string? id)
    {
        if (id is null)
            return;
        if (what == "actor")
            _leftOutActors.Add(id);
        else if (what == "source")
            _leftOutSources.Add(id);
    }

    /// <summary>A claim citing a record that was left out: a problem of its own, so it is left out too.</summary>
    public Claim? Check(IKnowledgeRecord record, Claim? claim) =>
        claim is not null && Cites(record, "subject", "actor", claim.Subject) && Cites(record, "object", "actor", claim.Object) && Cites(record, "source", "source", claim.SourceId)
            ? claim
            : null;

    /// <summary>A document whose source was left out is left out too.</summary>
    public Document? Check(IKnowledgeRecord record, Document? document) =>
        document is not null && Cites(record, "source", "source", document.SourceId) ? document : null;

    private bool Cites(IKnowledgeRecord record, string field, string what, string id)
    {
        if (!(what == "source" ? _leftOutSources : _leftOutActors).Contains(id))
            return true;
        problems.Add(record.Problem(field, $"cites {what} '{id}', whose record was left out") with { FollowsFromAnother = true });
        return false;
    }
}
