namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>
/// Turns a coded state into one of our actors: the state the database knows by that name, or by the
/// code's abbreviation read as ISO alpha-3, or (for states that no longer exist: Bavaria, the German
/// Democratic Republic) a new historical state actor with the years the list gives.
/// </summary>
public sealed class StateActors(IActorDirectory directory, string listName)
{
    private readonly Dictionary<int, Actor?> _byCode = [];
    private readonly Dictionary<string, Actor> _created = new(StringComparer.Ordinal);

    /// <summary>The historical states this import adds to the database.</summary>
    public IReadOnlyCollection<Actor> Created => _created.Values;

    public Actor For(CodedState state)
    {
        if (_byCode.TryGetValue(state.Code, out var known) && known is not null)
            return known;
        var actor = Existing(state) ?? Historical(state);
        _byCode[state.Code] = actor;
        return actor;
    }

    private Actor? Existing(CodedState state)
    {
        if (ContinuingStates.Find(state.Name, directory) is { } continued)
            return continued;
        if (directory.Resolve(state.Name) is { Kind: ActorKind.State } byName)
            return byName;
        return directory.StateByIso(state.Abbreviation) is { } byCode && SameFirstWord(byCode.Name, state.Name) ? byCode : null;
    }

    // COW abbreviations are not ISO codes ("UKG", "GMY"); one that happens to be an ISO code must also share the name's start.
    private static bool SameFirstWord(string ours, string theirs) =>
        string.Equals(ours.Split(' ')[0], theirs.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    private Actor Historical(CodedState state)
    {
        var id = ActorIds.Slug(state.Name);
        if (directory.Get(id) is { } clash && clash.Kind != ActorKind.State)
            id = ActorIds.Slug(state.Name + " state");
        if (_created.TryGetValue(id, out var already))
            return already;
        if (directory.Get(id) is { Kind: ActorKind.State } stored)
            return stored; // created by an earlier import, or ours: never rewritten (that would drop its other names)
        var actor = new Actor(id, ActorKind.State, state.Name)
        {
            Since = new PartialDate(state.FirstYear),
            Until = new PartialDate(state.LastYear + 1),
            Description = $"Historical state, code {state.Code} ({state.Abbreviation}) in the {listName} state list, {state.FirstYear}–{state.LastYear}.",
        };
        _created[id] = actor;
        return actor;
    }
}
