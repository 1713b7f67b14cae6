using Entente.Formats.Bundled;
using Entente.Formats.Interchange.Import;
using Entente.Resolution;

namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>The bundled actors as an importer sees them in a database made by `entente init`, without a database.</summary>
internal sealed class BundledActors : IActorNames
{
    private static readonly Lazy<BundledActors> Shared = new(() => new BundledActors(BundledKnowledge.Load().Batch.Actors));

    private readonly Dictionary<string, Actor> _actors;
    private readonly List<NameHit> _names = [];
    private readonly Dictionary<string, List<NameHit>> _byKey = [];

    private BundledActors(IReadOnlyList<Actor> actors)
    {
        _actors = actors.ToDictionary(a => a.Id);
        foreach (var actor in actors)
        {
            Add(actor, actor.Id, NameKind.Id);
            Add(actor, actor.Name, NameKind.Name);
            Add(actor, actor.OfficialName, NameKind.Official);
            Add(actor, actor.Iso2, NameKind.Iso2);
            Add(actor, actor.Iso3, NameKind.Iso3);
            Add(actor, actor.Capital, NameKind.Capital);
            Add(actor, actor.Demonym, NameKind.Demonym);
            foreach (var name in actor.Names)
                Add(actor, name.Text, name.Kind);
        }
    }

    /// <summary>A fresh directory (its caches empty) over the bundled actors.</summary>
    public static ActorDirectory Directory() => new(Shared.Value, id => Shared.Value._actors.GetValueOrDefault(id));

    public static ImportContext Context(OnError onError = OnError.Stop) => new(Directory(), onError);

    public IReadOnlyList<NameHit> Find(string key) => _byKey.TryGetValue(key, out var hits) ? hits : [];

    public IReadOnlyList<NameHit> All() => _names;

    private void Add(Actor actor, string? text, NameKind kind)
    {
        if (text is null)
            return;
        var hit = new NameHit(actor.Id, actor.Name, actor.Kind, text, kind);
        _names.Add(hit);
        var key = NameKey.Of(text);
        if (!_byKey.TryGetValue(key, out var hits))
            _byKey[key] = hits = [];
        hits.Add(hit);
    }
}
