using System.Text.RegularExpressions;
using Entente.Resolution;

namespace Entente.Formats.Bundled;

/// <summary>
/// Checks every rule of docs/data-format.md and says where each problem is
/// ("data/relations/iran.yaml: relations[4] (iran -> hezbolah): unknown actor 'hezbolah'").
/// </summary>
internal sealed partial class BundledKnowledgeValidator(IReadOnlyList<ParsedFile> files)
{
    private static readonly string[] BlocTypes = ["defence_alliance", "security_organization", "economic", "political", "informal_alignment"];

    private readonly List<string> _problems = [];
    private readonly Dictionary<string, (string File, ActorEntry? Actor)> _actors = [];
    private readonly Dictionary<string, string> _sources = [];
    private readonly HashSet<string> _usedSources = [];
    private readonly HashSet<string> _iso3 = [];
    private readonly Dictionary<string, List<LeaderEntry>> _leaders = [];

    public IReadOnlyList<string> Validate()
    {
        CollectIds();
        foreach (var file in files)
        {
            var actors = file.Content.Actors ?? [];
            for (var i = 0; i < actors.Count; i++)
                CheckActor(file.Name, i, actors[i]);
            var sources = file.Content.Sources ?? [];
            for (var i = 0; i < sources.Count; i++)
                CheckSource(file.Name, i, sources[i]);
            var relations = file.Content.Relations ?? [];
            for (var i = 0; i < relations.Count; i++)
                CheckRelation(file.Name, i, relations[i]);
            var blocs = file.Content.Blocs ?? [];
            for (var i = 0; i < blocs.Count; i++)
                CheckBloc(file.Name, i, blocs[i]);
        }
        CheckNames();
        foreach (var (id, file) in _sources.Where(s => !_usedSources.Contains(s.Key)))
            _problems.Add($"{file}: source '{id}' is never cited; cite it or remove it");
        return _problems;
    }

    private void CollectIds()
    {
        foreach (var file in files)
        {
            foreach (var (id, actor) in (file.Content.Actors ?? []).Select(a => (a.Id, (ActorEntry?)a)).Concat((file.Content.Blocs ?? []).Select(b => (b.Id, (ActorEntry?)null))))
            {
                if (id is null)
                    continue;
                if (!_actors.TryAdd(id, (file.Name, actor)))
                    _problems.Add($"{file.Name}: actor id '{id}' is already defined in {_actors[id].File}");
                if (actor?.Iso3 is { } iso3 && !_iso3.Add(iso3))
                    _problems.Add($"{file.Name}: ISO code '{iso3}' is used by two actors");
            }
            foreach (var (id, leaders) in (file.Content.Actors ?? []).Select(a => (a.Id, a.Leaders)).Concat((file.Content.Blocs ?? []).Select(b => (b.Id, b.Leaders))))
            {
                if (id is not null && leaders is { Count: > 0 })
                    _leaders[id] = leaders;
            }
            foreach (var source in file.Content.Sources ?? [])
            {
                if (source.Id is not null && !_sources.TryAdd(source.Id, file.Name))
                    _problems.Add($"{file.Name}: source id '{source.Id}' is already defined in {_sources[source.Id]}");
            }
        }
    }

    private void CheckActor(string file, int index, ActorEntry a)
    {
        var where = $"{file}: actors[{index}] ({a.Id ?? "no id"})";
        Require(where, "id", a.Id);
        Require(where, "name", a.Name);
        if (a.Id is not null && !SlugRegex().IsMatch(a.Id))
            _problems.Add($"{where}: id must be a lowercase slug like 'north-korea'");
        if (!ActorKinds.TryParse(a.Kind, out var kind) || kind == ActorKind.Bloc)
        {
            _problems.Add($"{where}: kind '{a.Kind}' is not one of state, government, non_state_armed_group, political_movement, state_unit, organization (blocs go in blocs.yaml)");
            return;
        }
        if (kind == ActorKind.State)
        {
            foreach (var (field, value) in new[] { ("officialName", a.OfficialName), ("iso2", a.Iso2), ("iso3", a.Iso3), ("capital", a.Capital), ("demonym", a.Demonym) })
                Require(where, field, value);
            if (a.Iso2 is { } iso2 && !Iso2Regex().IsMatch(iso2)) _problems.Add($"{where}: iso2 '{iso2}' must be two capital letters");
            if (a.Iso3 is { } iso3 && !Iso3Regex().IsMatch(iso3)) _problems.Add($"{where}: iso3 '{iso3}' must be three capital letters");
        }
        else if (a.Country is null || !_iso3.Contains(a.Country))
        {
            _problems.Add($"{where}: country '{a.Country}' must be the ISO3 code of a state in data/actors");
        }
        CheckActorRef(where, "parent", a.Parent, optional: true);
        CheckActorRef(where, "governs", a.Governs, optional: true);
        if (kind == ActorKind.Government && a.Governs is null)
            _problems.Add($"{where}: a government needs `governs: <state id>`");
        CheckDates(where, a.Since, a.Until, sinceRequired: false);
        CheckLeaders(where, a.Leaders);
    }

    private void CheckLeaders(string where, List<LeaderEntry>? leaders)
    {
        var list = leaders ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var l = list[i];
            var at = $"{where}: leaders[{i}] ({l.Name ?? "no name"})";
            Require(at, "name", l.Name);
            Require(at, "role", l.Role);
            CheckDates(at, l.Since, l.Until, sinceRequired: false);
        }
    }

    private void CheckSource(string file, int index, SourceEntry s)
    {
        var where = $"{file}: sources[{index}] ({s.Id ?? "no id"})";
        Require(where, "id", s.Id);
        Require(where, "title", s.Title);
        Require(where, "publisher", s.Publisher);
        Require(where, "url", s.Url);
        Require(where, "published", s.Published);
        if (s.Id is not null && !SlugRegex().IsMatch(s.Id))
            _problems.Add($"{where}: id must be a lowercase slug");
        if (s.Url is not null && (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            _problems.Add($"{where}: url '{s.Url}' is not an http(s) address");
        if (s.Published is not null && !PartialDate.TryParse(s.Published, out _))
            _problems.Add($"{where}: published '{s.Published}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        if (!Reliability.TryParse(s.Reliability, out _))
            _problems.Add($"{where}: reliability '{s.Reliability}' is not a grade such as B2");
    }

    private void CheckRelation(string file, int index, RelationEntry r)
    {
        var where = $"{file}: relations[{index}] ({r.From} -> {r.To})";
        CheckActorRef(where, "from", r.From, optional: false);
        CheckActorRef(where, "to", r.To, optional: false);
        if (r.From is not null && r.From == r.To)
            _problems.Add($"{where}: an actor cannot relate to itself");
        if (!RelationTypes.TryParse(r.Type, out _))
            _problems.Add($"{where}: type '{r.Type}' is not one of {string.Join(", ", RelationTypes.All)}");
        foreach (var area in (r.Areas ?? []).Where(a => !Areas.TryParse(a, out _)))
            _problems.Add($"{where}: area '{area}' is not one of {string.Join(", ", Areas.All)}");
        if (r.Polarity is not null && r.Polarity is not ("asserts" or "denies"))
            _problems.Add($"{where}: polarity '{r.Polarity}' must be asserts or denies");
        CheckDates(where, r.Since, r.Until, sinceRequired: true);
        CheckCitations(where, r.Sources, required: true);
    }

    private void CheckBloc(string file, int index, BlocEntry b)
    {
        var where = $"{file}: blocs[{index}] ({b.Id ?? "no id"})";
        Require(where, "id", b.Id);
        Require(where, "name", b.Name);
        if (b.Type is null || !BlocTypes.Contains(b.Type))
            _problems.Add($"{where}: type '{b.Type}' is not one of {string.Join(", ", BlocTypes)}");
        CheckDates(where, b.Since, b.Until, sinceRequired: true);
        CheckLeaders(where, b.Leaders);
        CheckCitations(where, b.Sources, required: false);
        var members = b.Members ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var at = $"{where}: members[{i}] ({m.Actor})";
            CheckActorRef(at, "actor", m.Actor, optional: false);
            CheckDates(at, m.Since ?? b.Since, m.Until, sinceRequired: true);
            CheckCitations(at, m.Sources, required: b.Sources is not { Count: > 0 });
        }
    }

    private void CheckCitations(string where, List<SourceRef>? citations, bool required)
    {
        if (citations is not { Count: > 0 })
        {
            if (required)
                _problems.Add($"{where}: needs at least one source");
            return;
        }
        foreach (var c in citations)
        {
            if (c.Source is null || !_sources.ContainsKey(c.Source))
                _problems.Add($"{where}: source '{c.Source}' is not defined in any sources: list");
            else
                _usedSources.Add(c.Source);
            if (string.IsNullOrWhiteSpace(c.Note))
                _problems.Add($"{where}: the citation of '{c.Source}' needs a one-line note");
        }
    }

    private void CheckDates(string where, string? since, string? until, bool sinceRequired)
    {
        PartialDate? from = null;
        if (since is null && sinceRequired)
            _problems.Add($"{where}: needs `since`");
        if (since is not null)
        {
            if (PartialDate.TryParse(since, out var f)) from = f;
            else _problems.Add($"{where}: since '{since}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (until is null)
            return;
        if (!PartialDate.TryParse(until, out var u))
            _problems.Add($"{where}: until '{until}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        else if (from is { } start && u.Start < start.Start)
            _problems.Add($"{where}: until {u} is before since {start}");
    }

    private void CheckActorRef(string where, string field, string? id, bool optional)
    {
        if (id is null)
        {
            if (!optional) _problems.Add($"{where}: needs `{field}`");
        }
        else if (!_actors.ContainsKey(id))
        {
            _problems.Add($"{where}: {field} '{id}' is not a known actor id");
        }
    }

    /// <summary>
    /// No name may point to two actors unless every one of them marks it ambiguous. A leader's names
    /// count as definite: a person shared by two actors would name neither, so keep them on one.
    /// </summary>
    private void CheckNames()
    {
        var owners = new Dictionary<string, HashSet<string>>();
        var ambiguous = new Dictionary<string, HashSet<string>>();
        foreach (var (id, leaders) in _leaders)
        {
            foreach (var name in BundledKnowledgeMapper.LeaderNames(leaders))
                Add(owners, NameKey.Of(name.Text), id);
        }
        foreach (var (id, (_, actor)) in _actors)
        {
            if (actor is null)
                continue;
            var definite = new[] { actor.Name, actor.OfficialName }.Concat(actor.Aliases ?? []).Concat(actor.Acronyms ?? []).Concat((actor.Names ?? []).Select(n => n.Text));
            foreach (var name in definite.OfType<string>())
                Add(owners, NameKey.Of(name), id);
            foreach (var name in actor.AmbiguousAliases ?? [])
                Add(ambiguous, NameKey.Of(name), id);
        }
        foreach (var (key, ids) in owners.Where(o => o.Value.Count > 1))
        {
            if (!ambiguous.TryGetValue(key, out var marked) || !ids.IsSubsetOf(marked))
                _problems.Add($"data/actors: the name '{key}' belongs to {string.Join(" and ", ids.Order(StringComparer.Ordinal))}; mark it under ambiguousAliases of each, or keep it on one");
        }
        foreach (var (key, ids) in ambiguous)
        {
            if (owners.TryGetValue(key, out var definiteOwners) && !definiteOwners.IsSubsetOf(ids))
                _problems.Add($"data/actors: '{key}' is marked ambiguous but is also a plain name of {string.Join(" and ", definiteOwners.Except(ids))}");
        }

        static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
        {
            if (key.Length == 0) return;
            if (!map.TryGetValue(key, out var set)) map[key] = set = [];
            set.Add(id);
        }
    }

    private void Require(string where, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            _problems.Add($"{where}: needs `{field}`");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugRegex();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2Regex();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3Regex();
}
