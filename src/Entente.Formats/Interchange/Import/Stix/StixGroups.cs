using System.Text.Json;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>
/// The bundle's intrusion sets and threat actors as our actors: an existing non-state actor when one
/// of its names resolves to one, else a new group (id from its name) with its aliases.
/// </summary>
internal sealed class StixGroups(IActorDirectory directory)
{
    private readonly Dictionary<string, Actor> _byStixId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _new = new(StringComparer.Ordinal);

    public int Count => _byStixId.Count;

    public IReadOnlyCollection<Actor> New => _new.Values;

    public IEnumerable<(string StixId, JsonElement Element)> Objects => _objects.Select(o => (o.Key, o.Value));

    public Actor? Get(string stixId) => _byStixId.GetValueOrDefault(stixId);

    public void Add(string stixId, JsonElement element, string name)
    {
        var aliases = StixText.Strings(element, "aliases").Where(a => a != name).Distinct(StringComparer.Ordinal).ToList();
        var known = new[] { name }.Concat(aliases).Select(directory.Resolve).FirstOrDefault(a => a is not null && (a.Kind.IsNonState() || a.Kind == ActorKind.StateUnit));
        _objects[stixId] = element;
        if (known is not null)
        {
            _byStixId[stixId] = known;
            return;
        }
        var id = ActorIds.Slug(name);
        if (directory.Get(id) is { } clash && !clash.Kind.IsNonState())
            id = ActorIds.Slug(name + " group");
        var type = StixText.String(element, "type");
        // Intrusion sets are clusters of cyber activity: organisations. Only a threat actor typed as terrorist is an armed group.
        var armed = type == "threat-actor" && StixText.Strings(element, "threat_actor_types").Contains("terrorist");
        var actor = new Actor(id, armed ? ActorKind.NonStateArmedGroup : ActorKind.Organization, name)
        {
            Names = aliases.Select(a => new ActorName(a, NameKind.Alias)).ToList(),
            Description = StixText.MainReference(element).Id is { } externalId
                ? $"Threat group tracked in STIX as {type} {externalId}."
                : $"Threat group from a STIX bundle ({type}).",
        };
        _byStixId[stixId] = actor;
        _new[id] = actor;
    }

    /// <summary>Records the state a new group is attributed to (or based in) as its home country.</summary>
    public void SetHome(string stixId, Actor state)
    {
        if (_byStixId.TryGetValue(stixId, out var actor) && _new.ContainsKey(actor.Id) && actor.Country is null && state.Iso3 is not null)
            _byStixId[stixId] = _new[actor.Id] = actor with { Country = state.Iso3 };
    }

    public List<Actor> Actors() => [.. _new.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
}
