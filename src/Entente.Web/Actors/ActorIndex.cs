using Entente.Resolution;
using Entente.Storage;
using Entente.Web.Contracts;

namespace Entente.Web.Actors;

/// <summary>
/// Every actor's names in compared form, for search-as-you-type: an exact name first, then names
/// that start with the query, then names with a word that does, then names that merely contain it.
/// </summary>
public sealed class ActorIndex
{
    private readonly IReadOnlyList<Entry> _entries;

    public ActorIndex(IReadOnlyList<Actor> actors)
    {
        _entries = actors
            .SelectMany(a => ActorNameSet.Of(a).Select(n => new Entry(a, n.Text, NameKey.Of(n.Text), n.Kind)))
            .Where(e => e.Key.Length > 0)
            .ToList();
        Actors = actors.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        ById = actors.ToDictionary(a => a.Id);
    }

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ById { get; }

    public ActorSummary Summary(string id) =>
        ById.TryGetValue(id, out var actor) ? ActorSummary.Of(actor) : new ActorSummary(id, id, "unknown", null);

    public IReadOnlyList<ActorMatch> Search(string query, int limit)
    {
        var key = NameKey.Of(query);
        if (key.Length == 0)
            return Actors.Take(limit).Select(a => Match(a, a.Name)).ToList();
        return _entries
            .Select(e => (Entry: e, Rank: Rank(e, key)))
            .Where(x => x.Rank > 0)
            .OrderByDescending(x => x.Rank)
            .ThenBy(x => x.Entry.Actor.Name.Length)
            .ThenBy(x => x.Entry.Actor.Name, StringComparer.Ordinal)
            .DistinctBy(x => x.Entry.Actor.Id)
            .Take(limit)
            .Select(x => Match(x.Entry.Actor, x.Entry.Text))
            .ToList();
    }

    private static ActorMatch Match(Actor actor, string matched) =>
        new(actor.Id, actor.Name, actor.Kind.ToWire(), actor.CountryCode, matched);

    private static int Rank(Entry entry, string key)
    {
        // Short codes (IR, IRN) only count when typed in full, or "ir" would rank Iran above Iraq by accident.
        var isCode = entry.Kind is NameKind.Iso2 or NameKind.Iso3;
        var own = entry.Kind is NameKind.Name or NameKind.Id ? 5 : 0;
        if (entry.Key == key)
            return 100 + own;
        if (isCode || entry.Kind == NameKind.Ambiguous)
            return 0;
        if (entry.Key.StartsWith(key, StringComparison.Ordinal))
            return 80 + own;
        if (entry.Key.Contains(" " + key, StringComparison.Ordinal))
            return 60 + own;
        return key.Length >= 3 && entry.Key.Contains(key, StringComparison.Ordinal) ? 30 + own : 0;
    }

    private sealed record Entry(Actor Actor, string Text, string Key, NameKind Kind);
}
