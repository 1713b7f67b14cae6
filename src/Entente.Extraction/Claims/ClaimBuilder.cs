namespace Entente.Extraction.Claims;

/// <summary>Settles a draft into a claim: its type (from the cue, or inferred), areas, direction and qualifiers.</summary>
internal sealed class ClaimBuilder(Qualifiers qualifiers, IReadOnlyDictionary<string, Actor> actors)
{
    public ExtractedClaim Build(Draft draft, UnitFacts unit)
    {
        var cue = draft.Cue;
        var areas = cue.Hostile ? [] : Union(cue.Areas, unit.Areas);
        // "Peru broke off relations with Mexico": a cut with no hostility stated denies the tie; it makes no enemies.
        var cutOnly = cue.Cut && !HostileWords.In(unit.Words);
        var relation = cutOnly ? RelationType.PragmaticPartner
            : LeadsABloc(draft, unit.Words) && cue.Relation is null ? RelationType.MemberOf : Settle(cue.Relation, draft.Source, draft.Target, areas);
        var negated = qualifiers.Negated(unit.Words, draft.LeftEdge, draft.CueIndex, draft.LeftEdge, inAClause: draft.Rule != "compound");
        return new ExtractedClaim(draft.Source, draft.Target, relation, unit.Start, unit.End, draft.Rule + ":" + (cue.Words.Count > 0 ? cue.Words[0] : ""))
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = !cue.Mutual && relation.IsDirectedByDefault(),
            Polarity = negated || cue.Negative || cutOnly ? Polarity.Denies : Polarity.Asserts,
            Hedged = cue.Hedged || unit.Hedged,
            Validity = unit.ValidityAt(draft.CueIndex),
        };
    }

    /// <summary>The cue's areas then the unit's, each once, in the order first named.</summary>
    /// <remarks>A loop, not Concat + Distinct: a claim is built for every cue read, and those made four objects each.</remarks>
    private static List<Area> Union(IReadOnlyList<Area> first, IReadOnlyList<Area> second)
    {
        var areas = new List<Area>(first.Count + second.Count);
        foreach (var list in (ReadOnlySpan<IReadOnlyList<Area>>)[first, second])
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!areas.Contains(list[i]))
                    areas.Add(list[i]);
            }
        }
        return areas;
    }

    /// <summary>"the Russian-led CSTO", "the Saudi-led coalition": leading a bloc is belonging to it, not backing it.</summary>
    private bool LeadsABloc(Draft draft, IReadOnlyList<Word> words) =>
        draft.Cue.Form == CueForm.Compound && words[draft.CueIndex].Lower is "led" or "dominated" && IsBloc(draft.Target) && !IsBloc(draft.Source);

    public bool IsBloc(string actorId) => actors.GetValueOrDefault(actorId)?.Kind is ActorKind.Bloc or ActorKind.Organization;

    public bool IsState(string actorId) => actors.GetValueOrDefault(actorId)?.Kind == ActorKind.State;

    /// <summary>
    /// Whether one may belong to the other: a bloc or an organisation, or an armed group or movement inside a larger one
    /// ("al-Shabaab swore allegiance to al-Qaeda", "Kataib Hezbollah was part of the Popular Mobilization Forces"),
    /// or a state unit inside a larger one ("the Quds Force, the external arm of the IRGC").
    /// </summary>
    public bool CanBelong(string member, string whole) =>
        IsBloc(whole) || IsBloc(member)
        || (actors.GetValueOrDefault(member)?.Kind is ActorKind.NonStateArmedGroup or ActorKind.PoliticalMovement
            && actors.GetValueOrDefault(whole)?.Kind is ActorKind.NonStateArmedGroup or ActorKind.PoliticalMovement or ActorKind.StateUnit)
        || (actors.GetValueOrDefault(member)?.Kind == ActorKind.StateUnit && actors.GetValueOrDefault(whole)?.Kind == ActorKind.StateUnit);

    /// <summary>
    /// The cue's relation, or the one its parties imply. A backer noun says proxy, but a state backed is a
    /// partner, not a proxy ("Russia has become the junta's main foreign backer"), and a bloc made is joined.
    /// </summary>
    public RelationType Settle(RelationType? cued, string source, string target, IReadOnlyList<Area> areas)
    {
        var relation = cued ?? Infer(source, target, areas);
        if (relation != RelationType.Proxy)
            return relation;
        // "Mali, Niger and Burkina Faso founded the Alliance of Sahel States": a state that creates a bloc belongs to it.
        if (IsBloc(target) && !IsBloc(source))
            return RelationType.MemberOf;
        return actors.GetValueOrDefault(target)?.Kind == ActorKind.State ? RelationType.StrategicPartner : relation;
    }

    /// <summary>
    /// A cue that names only support ("backs", "arms") says what kind of tie by who gives it to whom:
    /// a state or state unit backing a non-state group makes it a proxy; between states it is a partnership.
    /// </summary>
    public RelationType Infer(string source, string target, IReadOnlyList<Area> areas)
    {
        var from = actors.GetValueOrDefault(source);
        var to = actors.GetValueOrDefault(target);
        var sponsor = from?.Kind is ActorKind.State or ActorKind.StateUnit or ActorKind.Government;
        if (sponsor && to is not null && to.Kind.IsNonState())
            return RelationType.Proxy;
        if (from is not null && to is not null && from.Kind.IsNonState() && to.Kind.IsNonState())
            return RelationType.Ally;
        if (areas.Count > 0 && areas.All(a => a is Area.Trade or Area.Energy or Area.Investment or Area.Infrastructure))
            return RelationType.EconomicPartner;
        return RelationType.StrategicPartner;
    }
}

/// <summary>
/// What holds for a whole unit: its words, place, areas named, hedging and time. Areas, hedging and time
/// are read when first asked for: most units yield no claim and never ask.
/// </summary>
/// <remarks>
/// One instance serves a whole document, made the facts of each unit in turn by <see cref="For"/>: one was made for every
/// unit read (a fourteenth of what mentions and claims allocated). Nothing keeps it past the unit: the claims take its
/// values, and the readers given it are done with the unit when it moves on.
/// </remarks>
internal sealed class UnitFacts(Qualifiers qualifiers)
{
    private IReadOnlyList<Word> _words = [];
    private int _start;
    private int _end;
    private WordClass _said;
    private IReadOnlyList<Area>? _areas;
    private bool? _hedged;
    private Validity? _validity;

    /// <summary>Makes these the facts of another unit (or of the same one afresh), forgetting all that was read of the last.</summary>
    /// <remarks><paramref name="said"/>: the unit's <see cref="WordClasses.Of"/>, which tells a unit that holds no time qualifier.</remarks>
    public UnitFacts For(IReadOnlyList<Word> words, int start, int end, WordClass said)
    {
        (_words, _start, _end, _said) = (words, start, end, said);
        (_areas, _hedged, _validity) = (null, null, null);
        (_lastCue, _atLastCue) = (-1, null);
        return this;
    }

    public IReadOnlyList<Word> Words => _words;
    public int Start => _start;
    public int End => _end;
    public IReadOnlyList<Area> Areas => _areas ??= qualifiers.AreasIn(_words);
    public bool Hedged => _hedged ??= qualifiers.Hedged(_words);

    public Validity Validity => _validity ??= ReadValidity();

    /// <summary>
    /// The validity of a claim whose cue stands at <paramref name="cue"/>: "broke off relations with Taiwan, which it had
    /// recognised since 1990, and established relations with China" dates neither tie by the relative clause's year.
    /// </summary>
    /// <remarks>The last cue's answer is kept: the several claims of one cue (a list of parties) ask for it in turn.</remarks>
    public Validity ValidityAt(int cue)
    {
        if (Validity == Validity.Always)
            return Validity;
        if (_lastCue == cue && _atLastCue is { } kept)
            return kept;
        var at = ReadValidityAt(cue);
        (_lastCue, _atLastCue) = (cue, at);
        return at;
    }

    private int _lastCue = -1;
    private Validity? _atLastCue;

    private Validity ReadValidityAt(int cue)
    {
        if (RelativeClauses.Around(_words, cue) is not { Count: > 0 } elsewhere || !TimeExpressions.AnyIn(_words, elsewhere))
            return Validity;
        var (since, until) = TimeExpressions.Read(_words, elsewhere);
        return new Validity(since, until);
    }

    private Validity ReadValidity()
    {
        // What reading a unit without any word that opens a qualifier gives.
        if ((_said & WordClass.TimeOpener) == 0)
            return new Validity(null, null);
        var (since, until) = TimeExpressions.Read(_words);
        return new Validity(since, until);
    }
}
