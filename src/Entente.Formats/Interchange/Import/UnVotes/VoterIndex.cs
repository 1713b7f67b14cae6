namespace Entente.Formats.Interchange.Import.UnVotes;

/// <summary>
/// Numbers the states that vote (0, 1, 2 …) as the votes file names them: by ISO alpha-2 code, or by
/// name where the code is empty; two names of one state share its number. Looks each name up once.
/// </summary>
internal sealed class VoterIndex
{
    private readonly IActorDirectory _directory;
    private readonly Dictionary<string, int?> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byActor = new(StringComparer.Ordinal);
    private readonly List<string> _actorIds = [];
    private readonly Dictionary<string, int?>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public VoterIndex(IActorDirectory directory)
    {
        _directory = directory;
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _actorIds.Count;

    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public string ActorId(int index) => _actorIds[index];

    public int? IndexOf(ReadOnlySpan<char> code, ReadOnlySpan<char> name)
    {
        var key = code.IsEmpty ? name : code;
        if (_lookup.TryGetValue(key, out var index))
            return index;
        var actor = code.IsEmpty ? ByName(name.ToString()) : _directory.StateByIso(code.ToString()) ?? ByName(name.ToString());
        index = actor is null ? null : Number(actor.Id);
        if (actor is null)
            Unknown.Add(code.IsEmpty ? name.ToString() : $"{name} ({code})");
        _byName[key.ToString()] = index;
        return index;
    }

    private Actor? ByName(string name) =>
        ContinuingStates.Find(name, _directory) ?? (_directory.Resolve(name) is { Kind: ActorKind.State } state ? state : null);

    private int Number(string actorId)
    {
        if (!_byActor.TryGetValue(actorId, out var number))
        {
            _byActor[actorId] = number = _actorIds.Count;
            _actorIds.Add(actorId);
        }
        return number;
    }
}
