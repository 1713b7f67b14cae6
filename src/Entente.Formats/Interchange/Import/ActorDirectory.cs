using Entente.Resolution;

namespace Entente.Formats.Interchange.Import;

/// <summary>
/// An <see cref="IActorDirectory"/> over the store's name index, resolving names as ActorResolver does
/// (a name that is one actor's own beats a shared alias) but without its costly suggestions when
/// nothing matches: importers ask about thousands of names that are new. Look-ups are cached.
/// </summary>
public sealed class ActorDirectory(IActorNames names, Func<string, Actor?> getActor) : IActorDirectory
{
    private readonly Dictionary<string, Actor?> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor?> _byKey = new(StringComparer.Ordinal);

    public Actor? Get(string id)
    {
        if (!_byId.TryGetValue(id, out var actor))
            _byId[id] = actor = getActor(id);
        return actor;
    }

    public Actor? Resolve(string name) => Cached("n:" + name, () =>
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
            return null;
        var hits = names.Find(key).Where(h => h.Kind != NameKind.Leader).ToList(); // a person is not the actor they lead
        var ids = hits.Select(h => h.ActorId).Distinct().ToList();
        if (ids.Count > 1)
            ids = hits.Where(h => h.Kind != NameKind.Ambiguous).Select(h => h.ActorId).Distinct().ToList();
        return ids.Count == 1 ? Get(ids[0]) : null;
    });

    public Actor? StateByIso(string code) => Cached("c:" + code, () =>
    {
        var wanted = code.Length == 2 ? NameKind.Iso2 : NameKind.Iso3;
        var ids = names.Find(NameKey.Of(code))
            .Where(h => h.Kind == wanted && h.ActorKind == ActorKind.State)
            .Select(h => h.ActorId).Distinct().ToList();
        return ids.Count == 1 ? Get(ids[0]) : null;
    });

    private Actor? Cached(string key, Func<Actor?> find)
    {
        if (!_byKey.TryGetValue(key, out var actor))
            _byKey[key] = actor = find();
        return actor;
    }
}
