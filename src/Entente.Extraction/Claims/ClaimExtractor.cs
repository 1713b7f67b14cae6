using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>What one document yields: its subject, its claims and the unknown organisations named near cues.</summary>
public sealed record DocumentClaims(string? Subject, IReadOnlyList<ExtractedClaim> Claims, IReadOnlyList<CandidateActor> Candidates);

/// <summary>
/// Reads the claims of a segmented document: sentence cues, then layout (lists under headings,
/// table rows), with light coreference for sentences that leave the subject implicit. Built once,
/// reused across documents and threads.
/// </summary>
public sealed partial class ClaimExtractor
{
    public const string Version = "entente-extractor/1";

    private readonly Gazetteer _gazetteer;
    private readonly IReadOnlyDictionary<string, Actor> _actors;
    private readonly CueReader _cues;
    private readonly Qualifiers _qualifiers;
    private readonly ClaimBuilder _builder;
    // Made once: a method group passed for every unit would make its delegate each time.
    private readonly Func<string, bool> _isBloc;
    private readonly Func<string, bool> _isState;
    private readonly StructureReader _structure;
    private readonly CandidateFinder _candidates;
    private readonly SubjectReader _subjectReader;
    private readonly CueLexicon _lexicon;

    public ClaimExtractor(CueLexicon lexicon, IReadOnlyDictionary<string, Actor> actors, Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _actors = actors;
        _cues = new CueReader(lexicon);
        _qualifiers = new Qualifiers(lexicon);
        _builder = new ClaimBuilder(_qualifiers, actors);
        _isBloc = _builder.IsBloc;
        _isState = _builder.IsState;
        _structure = new StructureReader(lexicon, _builder, _qualifiers);
        _candidates = new CandidateFinder(lexicon);
        _subjectReader = new SubjectReader(lexicon, _qualifiers, _builder);
        _lexicon = lexicon;
        _sharedBy = gazetteer.SharedBy;
        _cannotBelong = c => c.Relation == RelationType.MemberOf
            && ((!_builder.CanBelong(c.Subject, c.Object) && !c.Rule.StartsWith("component:", StringComparison.Ordinal)) || (c.Rule.EndsWith(":includes", StringComparison.Ordinal) && !_isBloc(c.Object)));
        _ownGovernment = c => Governs(c.Subject) == c.Object || Governs(c.Object) == c.Subject;
        _isNonStateId = id => _actors.TryGetValue(id, out var a) && a.Kind.IsNonState();
        _isStateId = id => _actors.TryGetValue(id, out var a) && a.Kind == ActorKind.State;
        _homeOf = HomeOf;
        _isGreatPower = id => _actors.TryGetValue(id, out var a) && a.GreatPower;
        _statesByIso3 = actors.Values.Where(a => a.Kind == ActorKind.State && a.Iso3 is not null)
            .GroupBy(a => a.Iso3!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> _statesByIso3;

    // Delegates made once: a lambda over the actors or the builder, or a method group, made its delegate anew for every document.
    private readonly Func<Mention, IReadOnlyList<string>> _sharedBy;
    private readonly Func<string, bool> _isNonStateId;
    private readonly Func<string, bool> _isStateId;
    private readonly Func<string, string?> _homeOf;
    private readonly Func<string, bool> _isGreatPower;
    private readonly Predicate<ExtractedClaim> _cannotBelong;
    private readonly Predicate<ExtractedClaim> _ownGovernment;

    private string? Governs(string id) => _actors.TryGetValue(id, out var actor) ? actor.Governs : null;

    /// <param name="givenSubject">The subject, where the caller knows it (an evaluation that measures the reading alone); else found from the title and the text.</param>
    public DocumentClaims Extract(CleanDocument document, IReadOnlyList<Unit> units, DateOnly today, string? givenSubject = null)
    {
        var mentions = new IReadOnlyList<Mention>[units.Count];
        for (var i = 0; i < units.Count; i++)
            mentions[i] = _gazetteer.FindWithShared(units[i].Text);
        var shared = new SharedNames(mentions, _sharedBy, _homeOf);
        for (var i = 0; i < units.Count; i++)
            mentions[i] = shared.Resolve(mentions[i]);
        var shortForms = new ShortForms(mentions, _actors);
        for (var i = 0; i < units.Count; i++)
            mentions[i] = shortForms.Add(i, units[i].Text, mentions[i]);
        DefinedAbbreviations.Add(units, mentions);
        var subject = givenSubject ?? DocumentSubject.Find(document, units, mentions, text => shared.Resolve(_gazetteer.FindWithShared(text)), _isNonStateId, _isStateId, _homeOf, _isGreatPower, _isBloc);
        // Asked once: the subject does not change from unit to unit.
        var movementHome = subject is null ? null : MovementHome(subject);
        var formerEnd = document.Date ?? PartialDate.FromDate(today);
        var claims = new List<ExtractedClaim>();
        var candidates = new List<CandidateActor>();
        var coreference = new Coreference(subject, _actors);
        var questions = new Questions(_lexicon, _builder);
        var listedLater = new ListedLater(_lexicon, _builder);

        // Cleared for each unit rather than made anew: most units pair no one.
        var paired = new HashSet<string>(StringComparer.Ordinal);
        var spentCues = new HashSet<int>();
        // The two sets above, as the subject reader asks them: one wrapper, since the sets are the same for every unit.
        var unitPairs = new UnitPairs(paired, spentCues);
        var near = new List<Word>(8);
        // The names of one unit placed on its words, refilled for each: nothing keeps them past the unit, and a list made
        // for every unit was a twentieth of all that reading claims allocated.
        var unitPlaced = new List<PlacedMention>();
        // The drafts of one unit, refilled for each: a chain of Concat iterators was made for every unit read.
        var drafts = new List<Draft>();
        var facts = new UnitFacts(_qualifiers);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            // Split here, not ahead for the whole document, into the list this thread reuses: nothing keeps a unit's words past it.
            var words = Words.OfUnit(unit.Text);
            // Which words the unit holds that some reader looks for at every place: those readers skip the units without them.
            var said = WordClasses.Of(words);
            var placed = Placement.Place(words, mentions[u], unitPlaced);
            if (placed.Count > 0)
                DropQualifiers(words, placed);
            StructureReader.DropSourceCells(unit, words, placed);
            var openTie = listedLater.TakeAndRemember(words, placed, subject, unit.Start);
            if (subject is not null && coreference.PairedWithSubject(words, placed) is { } pairedWith)
            {
                claims.AddRange(_subjectReader.ReadPair(subject, pairedWith, words, facts.For(words, unit.Start, unit.End, said), formerEnd));
                continue;
            }
            if (coreference.NamedPair(words, placed, said) is var (other, from))
                claims.AddRange(_subjectReader.ReadPair(subject!, other, words, facts.For(words, unit.Start, unit.End, said), formerEnd, from));
            // Most sentences name no one but the subject: no claim can come of them, only candidates and context.
            if (!questions.IsOpen && !(words.Count > 0 && words[^1].Lower == "?") && OnlyNames(placed, subject) && !coreference.ContinuesAnother(words, unit.Block))
            {
                if ((said & WordClass.Organisation) != 0)
                    _candidates.Find(unit, words, placed, candidates);
                coreference.Remember(words, placed, unit.Block);
                continue;
            }
            coreference.Resolve(words, placed, unit.Block, said);
            facts.For(words, unit.Start, unit.End, said);
            paired.Clear();
            spentCues.Clear();
            // "Q: Is Cuba a member of BRICS?" asks; the answer says (Questions).
            var asks = words.Count > 0 && words[^1].Lower == "?";
            var fromCues = claims.Count;
            drafts.Clear();
            if (!asks)
                Drafts(drafts, words, placed, subject, said);
            foreach (var drafted in drafts)
            {
                var draft = drafted.Cue.Cut && CueReader.Switches(words, drafted.CueIndex + 1) ? drafted with { Cue = CueReader.SwitchedFromCue } : drafted;
                var claim = _builder.Build(draft, facts);
                // "Israel has partnerships with countries such as Egypt": membership in a whole that has no members pairs no one
                // and spends no cue; the subject reader reads the sentence as if it were not there.
                if (_cannotBelong(claim))
                    continue;
                claims.Add(FormerIfSaid(claim, words, placed, draft, formerEnd, near));
                // "Saudi Arabia remains a rival despite the détente China brokered between Riyadh and Tehran": being
                // a party to a third actor's cue does not settle where one stands with the subject.
                if (draft.Source == subject || draft.Target == subject)
                {
                    spentCues.Add(draft.CueIndex);
                    paired.Add(draft.Source);
                    paired.Add(draft.Target);
                }
                // "India and Pakistan exchanged fire", "Iran, the group's patron, has funded and armed Hezbollah": a cue that already
                // tied two others, in a sentence that does not name the subject, is theirs.
                else if ((draft.Rule is "pair" or "noun-regarded" || JoinedToAVerb(words, draft.CueIndex)) && !Placement.Names(placed, subject))
                    spentCues.Add(draft.CueIndex);
                // "between Morocco and Algeria, which supports the Polisario": a singular verb after "which" is the last one's alone;
                // so is the act of the one accused ("accused the Rwandan military of supporting the M23").
                // "pressure from its allies, Australia and the U.S., as they seek to counter China": "they" stood for the two
                // named, and the verb is theirs.
                else if (draft.Rule == "active-which" || (draft.Rule == "active" && (UnassertedCues.ChargedAct(words, draft.CueIndex) || TheyRightBefore(words, draft.CueIndex) || SubjectReader.AttemptedByADemonym(words, placed, draft.CueIndex) >= 0)))
                    spentCues.Add(draft.CueIndex);
                // "UN experts say M23 is backed by Rwanda", "Iran, the Houthis' main patron": a passive with its doer named, and a
                // noun with its owner, have both their places filled; so has a fronted clause with its doer after the comma ("By selling
                // jets to Myanmar, China …", "As a member of NATO, Turkey …").
                else if (draft.Rule is "passive" or "noun-possessive" or "noun-of" or "noun-from" or "active-fronted")
                    spentCues.Add(draft.CueIndex);
                // "despite the global war between al-Qaeda and Islamic State, JNIM …": a noun whose "between" names both
                // its parties is theirs.
                else if (draft.Rule == "noun-between")
                    spentCues.Add(draft.CueIndex);
                // "shipments of drones from Iran to Russia": the cues inside a transfer's span ("drones from") are its own.
                else if (draft.Rule == "transfer")
                {
                    for (var i = draft.CueIndex; i <= draft.CueIndex + 2 * Transfers.Reach; i++)
                        spentCues.Add(i);
                }
            }
            if (subject is not null && !asks)
                listedLater.Read(openTie, subject, words, placed, facts, claims);
            if (coreference.GroupWithSubject.Count > 0)
                claims.AddRange(CoMembers.OfTheGroup(claims, fromCues, subject!, coreference.GroupWithSubject));
            // Co-members are drawn from this unit's cue claims: none, none to draw.
            if (subject is not null && claims.Count > fromCues)
                claims.AddRange(CoMembers.Allied(claims, fromCues, subject, _actors));
            foreach (var (member, whole) in (said & WordClass.Parts) == 0 ? [] : Components.Read(words, placed, coreference.GroupLikeSubject()))
                claims.Add(new ExtractedClaim(member, whole, RelationType.MemberOf, unit.Start, unit.End, "component:members") { Validity = facts.Validity });
            if (subject is not null && _isBloc(subject) && BlocDefinition.Read(words, placed, subject) is { } parties)
            {
                foreach (var member in parties.Where(m => !_isBloc(m)))
                    claims.Add(new ExtractedClaim(member, subject, RelationType.MemberOf, unit.Start, unit.End, "bloc-definition") { Validity = facts.Validity });
            }
            var led = LedNames.Read(mentions[u], _actors, _gazetteer);
            foreach (var (leader, bloc) in led)
                claims.Add(new ExtractedClaim(leader, bloc, RelationType.MemberOf, unit.Start, unit.End, "led-bloc") { Validity = facts.Validity });
            // Asked first, so that a unit the layout says nothing about does not make its facts for nothing.
            foreach (var fromLayout in subject is null || !StructureReader.MayRead(unit, placed) ? [] : _structure.Read(unit, words, placed, subject, facts.Validity, formerEnd, facts.Hedged))
            {
                claims.Add(fromLayout);
                paired.Add(fromLayout.Subject);
                paired.Add(fromLayout.Object);
            }
            // "Opponents Nigeria Burkina Faso Cameroon": an infobox's fields, run together in a saved page.
            foreach (var fromField in subject is null || (said & WordClass.FieldLabel) == 0 || !StructureReader.MayHoldFields(words, placed) ? [] : _structure.ReadFields(unit, words, placed, subject, facts.Validity, formerEnd, facts.Hedged))
            {
                claims.Add(fromField);
                paired.Add(fromField.Subject);
                paired.Add(fromField.Object);
            }
            if (subject is not null)
            {
                // Read gives a list already made, so the pairs added below cannot change it: read in place, not copied for every unit.
                var answered = questions.Read(subject, words, placed, paired, facts);
                for (var k = 0; k < answered.Count; k++)
                {
                    var answer = answered[k];
                    claims.Add(answer);
                    paired.Add(answer.Subject);
                    paired.Add(answer.Object);
                }
                // A table row describes the actor it opens with: its cells tie that actor to the subject, no one else.
                var rowActor = unit.Block.Kind == BlockKind.TableRow && unit.Block.Headers.Count > 0 && placed.Count > 0 ? placed[0].ActorId : null;
                var about = rowActor is null ? placed : Naming(placed, subject, rowActor);
                var filledFrom = claims.Count;
                _subjectReader.Read(subject, coreference.GroupLikeSubject() is not null, words, about, unitPairs, facts, formerEnd, claims);
                if (movementHome is not null)
                    DropTiesWithHome(claims, filledFrom, movementHome);
            }
            if (led.Count > 0)
                LedNames.ShareWithLeaders(claims, fromCues, led);
            // Every candidate's name holds an organisation word.
            if ((said & WordClass.Organisation) != 0)
                _candidates.Find(unit, words, placed, candidates);
            coreference.Remember(words, placed, unit.Block);
        }
        // "Seoul has joined export controls on Russia": membership needs a bloc, an organisation or a larger group to belong to.
        claims.RemoveAll(_cannotBelong);
        // "Libya … rival authorities … the Government of National Unity": a state is neither partner nor foe of the government that rules it.
        claims.RemoveAll(_ownGovernment);
        // Most documents find no candidate, or one: those need no set to tell repeats.
        return new DocumentClaims(subject, Merge(claims), candidates.Count <= 1 ? candidates : candidates.DistinctBy(c => c.Id).ToList());
    }

    /// <summary>Adds what the cue readers and the structural readers draft, in that order; the structural readers only for units holding their words.</summary>
    private void Drafts(List<Draft> drafts, IReadOnlyList<Word> words, List<PlacedMention> placed, string? subject, WordClass said)
    {
        drafts.AddRange(_cues.Read(words, placed, subject));
        if ((said & WordClass.PresenceNoun) != 0)
            drafts.AddRange(Presence.Read(words, placed, subject));
        if (BlocMemberNames.Read(words, placed, _isBloc) is { } members)
            drafts.AddRange(members);
        if (BlocRosters.Read(words, placed, _isBloc) is { } roster)
            drafts.AddRange(roster);
        if ((said & WordClass.Mediation) != 0)
            drafts.AddRange(MediationFrames.Read(words, placed, subject));
        if ((said & WordClass.Transfer) != 0)
            drafts.AddRange(Transfers.Read(words, placed, subject));
        if (placed.Count > 0)
        {
            drafts.AddRange(MadeGoods.Read(words, placed, subject, _isState));
            if ((said & WordClass.HelpNoun) != 0)
                drafts.AddRange(ReceivedAid.Read(words, placed, subject, _isState));
        }
    }

    /// <summary>The state a party or movement belongs to ("Angola's ruling MPLA"), or null for any other actor.</summary>
    private string? MovementHome(string subject) =>
        _actors.TryGetValue(subject, out var actor) && actor.Kind == ActorKind.PoliticalMovement ? HomeOf(subject) : null;

    /// <summary>
    /// "cooperation between Zimbabwe and China would strengthen ties", in a piece about ZANU-PF: a party's own state is the ground it
    /// governs or contests, so a tie the subject-centred reader gives the two is the state's with another, not the party's.
    /// </summary>
    private static void DropTiesWithHome(List<ExtractedClaim> claims, int from, string home)
    {
        for (var k = claims.Count - 1; k >= from; k--)
        {
            if ((claims[k].Subject == home || claims[k].Object == home) && !claims[k].Relation.IsHostile())
                claims.RemoveAt(k);
        }
    }

    /// <summary>The state a group, a state unit or a government belongs to (what it governs, its parent state, its country), or null.</summary>
    private string? HomeOf(string id)
    {
        if (!_actors.TryGetValue(id, out var actor) || actor.Kind == ActorKind.State)
            return null;
        if (actor.Governs is { } governed)
            return governed;
        if (actor.Parent is { } parent && _actors.TryGetValue(parent, out var p) && p.Kind == ActorKind.State)
            return parent;
        // A state unit belongs to the state its parent names; one with none is a self-declared state (Somaliland, Northern
        // Cyprus) whose `country` only says where it lies: "Mogadishu rallies its friends after Israel recognises Somaliland"
        // is about Somalia, not about a unit of it.
        if (actor.Kind == ActorKind.StateUnit)
            return null;
        return actor.Country is { } iso3 && _statesByIso3.TryGetValue(iso3, out var state) ? state : null;
    }

    private static bool TheyRightBefore(IReadOnlyList<Word> words, int cue)
    {
        for (var i = cue - 1; i >= 0 && cue - i <= 4; i--)
        {
            if (words[i].Lower == "they")
                return true;
            // "they discussed their common rival": a noun the pair owns may be the subject's too.
            if (words[i].Lower is "," or ";" or ":" or "." or "their" || words[i].IsCapitalized)
                return false;
        }
        return false;
    }

    private static bool JoinedToAVerb(IReadOnlyList<Word> words, int cue) => cue > 0 && words[cue - 1].Lower is "and" or ",";

    /// <summary>The mentions of either actor, in order (what FindAll over a lambda gave, without its closure made for every unit).</summary>
    private static List<PlacedMention> Naming(List<PlacedMention> placed, string first, string second)
    {
        var kept = new List<PlacedMention>();
        foreach (var p in placed)
        {
            if (p.ActorId == first || p.ActorId == second)
                kept.Add(p);
        }
        return kept;
    }

    private static bool OnlyNames(List<PlacedMention> placed, string? subject)
    {
        foreach (var p in placed)
        {
            if (p.ActorId != subject)
                return false;
        }
        return true;
    }

    /// <summary>"Iran's former ally Syria", "the now-gone Assad government": the relation had ended by the document's date.</summary>
    /// <remarks><paramref name="near"/> is the document's list for the words looked at, cleared here: one list, not one per claim.</remarks>
    private ExtractedClaim FormerIfSaid(ExtractedClaim claim, IReadOnlyList<Word> words, List<PlacedMention> placed, Draft draft, PartialDate formerEnd, List<Word> near)
    {
        if (claim.Validity.Until is not null)
            return claim;
        near.Clear();
        Window(near, words, draft.CueIndex - 3, draft.CueIndex);
        Window(near, words, draft.LeftEdge - 3, draft.LeftEdge + 1);
        return draft.Cue.Former || _qualifiers.Former(near) || EndedAgreements.Ended(words, draft.CueIndex)
            || (claim.Polarity == Polarity.Asserts && Departures.Leaves(words, placed, draft.Source, draft.Target)) ? claim with { Validity = StructureReader.Ended(claim.Validity, formerEnd) } : claim;
    }

    private static void Window(List<Word> near, IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(words.Count, to); i++)
        {
            if (!Coreference.BackReference(words, i))
                near.Add(words[i]);
        }
    }
}
