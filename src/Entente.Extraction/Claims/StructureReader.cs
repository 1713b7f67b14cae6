using System.Text.RegularExpressions;
using Entente.Extraction.Documents;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction.Claims;

/// <summary>
/// Claims that the layout makes rather than a sentence: a bullet under "Core regional allies", or a
/// table row whose "Type of relationship" cell says "Non-state proxy ally", ties the document's
/// subject to the actor the item or row names.
/// </summary>
internal sealed partial class StructureReader(CueLexicon lexicon, ClaimBuilder builder, Qualifiers qualifiers)
{
    /// <summary>Whether the unit's layout can say anything: a list item or table row that names someone.</summary>
    public static bool MayRead(Unit unit, List<PlacedMention> placed) =>
        unit.Block.Kind is BlockKind.ListItem or BlockKind.TableRow && placed.Count > 0;

    /// <remarks>A list made in one go, not an iterator: most items and rows say no relation, and yield nothing.</remarks>
    public IEnumerable<ExtractedClaim> Read(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, string subject, Validity validity, PartialDate formerEnd, bool hedged)
    {
        if (!MayRead(unit, placed))
            return [];
        var (actors, cue, areaText) = unit.Block.Kind == BlockKind.TableRow && unit.Block.Headers.Count > 0
            ? FromRow(unit, words, placed)
            : FromItem(unit, words, placed);
        if (cue is null)
            return [];
        var claims = new List<ExtractedClaim>();
        foreach (var actor in actors.Where(a => a != subject).Distinct())
            claims.Add(Claim(unit, words, subject, actor, cue, areaText, validity, formerEnd, hedged));
        return claims;
    }

    private ExtractedClaim Claim(Unit unit, IReadOnlyList<Word> words, string subject, string actor, Cue cue, string? areaText, Validity validity, PartialDate formerEnd, bool hedged)
    {
        var areaWords = areaText is null ? words : Words.Of(areaText);
        var areas = cue.Hostile ? [] : cue.Areas.Concat(qualifiers.AreasIn(areaWords)).Distinct().ToList();
        var relation = builder.Settle(cue.Relation, subject, actor, areas);
        var (source, target) = cue.Reversed ? (actor, subject) : (subject, actor);
        // "Members" over "- Albania" in a piece about a bloc: the bullet belongs to the bloc, not the other way round.
        if (relation == RelationType.MemberOf && builder.IsBloc(source) && !builder.IsBloc(target))
            (source, target) = (target, source);
        var former = cue.Former || qualifiers.Former(words);
        return new ExtractedClaim(source, target, relation, unit.Start, unit.End, unit.Block.Kind == BlockKind.TableRow ? "table-row" : "list-under-heading")
        {
            Areas = relation.IsHostile() ? [] : areas,
            Directed = relation.IsDirectedByDefault(),
            Hedged = hedged,
            Validity = former && validity.Until is null ? Ended(validity, formerEnd) : validity,
        };
    }

    /// <summary>The relation the nearest heading with a cue names, unless the unit's own words say relations are cold.</summary>
    /// <remarks>Asked only where a heading decides: a table row with a relationship cell does not need it.</remarks>
    private Cue? HeadingCue(Unit unit, IReadOnlyList<Word> words)
    {
        // The headings first: most say no relation, and then the item's words need no reading.
        var headings = unit.Headings;
        for (var i = headings.Count - 1; i >= 0; i--)
        {
            if (CueLexicon.Match(lexicon.Headings, headings[i], refuseMixed: true) is { } cue)
                return SaysRelationsAreCold(words) ? null : cue;
        }
        return null;
    }

    // How an item says that relations are bad or broken: "relations have been icy", "broken since 1978".
    private static readonly WordSet ColdWords = new(
        "icy", "frosty", "cold", "chilly", "strained", "tense", "broken", "frozen", "severed", "expelled", "summoned", "hostile", "soured", "sour", "poor");

    /// <summary>"Bolivia's friends abroad" over "- Chile: diplomatic relations have been broken since 1978": the item's own words outweigh the heading.</summary>
    private static bool SaysRelationsAreCold(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            if (ColdWords.Contains(word))
                return true;
        }
        return false;
    }

    internal static Validity Ended(Validity validity, PartialDate end) =>
        validity.From is { } from && end.Start < from.Start ? validity : new Validity(validity.From, end);

    /// <summary>A bullet names its actor first ("Hezbollah (Lebanon): …"); the headings above say the relation.</summary>
    /// <remarks>A bullet with a generic head ("Iraqi militias: Kata'ib Hezbollah, Asa'ib Ahl al-Haq and Badr") names all the actors after the colon.</remarks>
    private (IReadOnlyList<string> Actors, Cue? Cue, string? AreaText) FromItem(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        var cue = HeadingCue(unit, words);
        var lead = placed.FirstOrDefault(p => !p.Adjective);
        var colon = -1;
        for (var i = 0; i < Math.Min(words.Count, 6) && colon < 0; i++)
            colon = words[i].Lower == ":" ? i : -1;
        // "Partners" over "- The United States remains the principal strategic rival": the bullet's own hostility outweighs the heading.
        if (cue is { Hostile: false } && lexicon.Cues.FindAll(words, 0, words.Count).Any(c => c.Value.Hostile && c.Value.Form == CueForm.Noun))
            cue = null;
        if (lead is not null && lead.First <= 3 && (colon < 0 || lead.First < colon))
            return (HeadList(words, placed, lead), HostileAfterContrast(words) ?? Label(unit) ?? cue, null);
        if (colon < 0)
            return ([], null, null);
        var first = placed.FindIndex(p => p.First > colon && !p.Adjective);
        if (first < 0)
            return ([], null, null);
        var listed = Placement.ListAround(words, placed, first);
        return (listed.Where(p => !p.Adjective).Select(p => p.ActorId).ToList(), Label(unit) ?? cue, null);
    }

    /// <summary>The relation the item's lead names ("Hezbollah (proxy):"); read only where it decides, since a regex reads it.</summary>
    private Cue? Label(Unit unit) => CueLexicon.Match(lexicon.Labels, LeadRegex().Match(unit.Text).Value);

    private static readonly WordSet HeadGlue = new("and", ",", "(", ")", "both", "in", "the", "&", "since", "from");

    /// <summary>"**India** (2016) and **South Korea** (2022)": a bullet may open with several actors, dates between them.</summary>
    private static List<string> HeadList(IReadOnlyList<Word> words, List<PlacedMention> placed, PlacedMention lead)
    {
        var actors = new List<string> { lead.ActorId };
        var at = placed.IndexOf(lead);
        for (var k = at + 1; k < placed.Count && !placed[k].Adjective; k++)
        {
            var gap = Enumerable.Range(placed[k - 1].Last + 1, placed[k].First - placed[k - 1].Last - 1).ToList();
            if (gap.Count > 6 || !gap.Exists(i => words[i].Lower == "and" || words[i].Lower == ",")
                || !gap.TrueForAll(i => HeadGlue.Contains(words[i]) || char.IsDigit(words[i].Lower[0])))
                break;
            actors.Add(placed[k].ActorId);
        }
        return actors;
    }

    /// <summary>"Greece: a NATO ally, but still a rival over the Aegean": what follows the contrast is the point.</summary>
    private Cue? HostileAfterContrast(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Lower is not ("but" or "yet" or "still" or "however"))
                continue;
            var hostile = lexicon.Cues.FindAll(words, i + 1, Math.Min(words.Count, i + 5)).FirstOrDefault(c => c.Value.Hostile);
            if (hostile.Value is not null)
                return hostile.Value;
        }
        return null;
    }

    /// <summary>A row has an actor column, a relationship column and an areas column, found by their headers.</summary>
    private (IReadOnlyList<string> Actors, Cue? Cue, string? AreaText) FromRow(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        var headers = unit.Block.Headers;
        var cells = unit.Block.Cells;
        var actorColumn = Column(headers, "actor", "country", "state", "group", "partner", "name", "organization", "organisation");
        var typeColumn = Column(headers, "type", "relation", "relationship", "role", "alignment", "status", "nature");
        var areasColumn = Column(headers, "area", "areas", "cooperation", "support", "ties", "domain", "domains");
        var actorCell = actorColumn >= 0 && actorColumn < cells.Count ? cells[actorColumn] : null;
        IReadOnlyList<string> actors = actorCell is null ? [placed[0].ActorId] : AllIn(unit, words, placed, actorCell);
        var typeCell = typeColumn >= 0 && typeColumn < cells.Count ? cells[typeColumn] : null;
        var cue = typeCell is null ? HeadingCue(unit, words) : CueLexicon.Match(lexicon.Labels, typeCell) ?? SpannedType(unit, words, placed, headers[typeColumn], typeCell);
        if (cue is not null && typeCell is not null && Words.Split(typeCell).Contains("former"))
            cue = cue with { Former = true };
        return (actors, cue, areasColumn >= 0 && areasColumn < cells.Count ? cells[areasColumn] : null);
    }

    /// <summary>
    /// "Membership | Antigua and Barbuda |" then "Dominica | |": a type cell spanning several rows is printed in the
    /// first only, so the rows below name their actor in its place. The column's header ("Membership status") or the
    /// heading above says the type then.
    /// </summary>
    private Cue? SpannedType(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, string header, string typeCell)
    {
        var namesActor = typeCell.Length > 0 && InCell(unit, words, placed, typeCell) is { } inCell && inCell.Exists(p => !p.Adjective);
        return namesActor ? CueLexicon.Match(lexicon.Labels, header) ?? HeadingCue(unit, words) : null;
    }

    /// <summary>
    /// Names in a row's "Sources" column say who reported the row ("U.S. and EU sanctions decisions"),
    /// not who the row is about: they are nobody's party.
    /// </summary>
    public static void DropSourceCells(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed)
    {
        if (unit.Block.Kind != BlockKind.TableRow || unit.Block.Headers.Count == 0 || placed.Count == 0)
            return;
        var column = Column(unit.Block.Headers, "source", "sources", "reference", "references", "citation", "citations", "cited");
        if (column < 0 || column >= unit.Block.Cells.Count || unit.Block.Cells[column].Length == 0)
            return;
        var cell = unit.Block.Cells[column];
        var at = unit.Text.LastIndexOf(cell, StringComparison.Ordinal);
        if (at >= 0)
            DropWithin(words, placed, at, at + cell.Length);
    }

    // Apart from DropSourceCells: its lambda's closure, holding a parameter, was made on entry for every unit, table row or not.
    private static void DropWithin(IReadOnlyList<Word> words, List<PlacedMention> placed, int from, int to) =>
        placed.RemoveAll(p => words[p.First].Start >= from && words[p.Last].End <= to);

    /// <summary>The actors the actor cell names ("CSTO, Eurasian Economic Union" names two), or the row's first when the cell is not found.</summary>
    private static IReadOnlyList<string> AllIn(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, string cell)
    {
        if (InCell(unit, words, placed, cell) is not { } inCell)
            return [placed[0].ActorId];
        var named = inCell.Where(p => !p.Adjective).Select(p => p.ActorId).Distinct().ToList();
        // "Rwandan special forces (bilateral)": a cell that names its actor by a demonym alone still names it.
        return named.Count > 0 ? named : inCell.Take(1).Select(p => p.ActorId).ToList();
    }

    /// <summary>The mentions inside a cell of the row, or null where the cell's text is not found in the unit.</summary>
    private static List<PlacedMention>? InCell(Unit unit, IReadOnlyList<Word> words, List<PlacedMention> placed, string cell)
    {
        var at = unit.Text.IndexOf(cell, StringComparison.Ordinal);
        return at < 0 ? null : placed.FindAll(p => words[p.First].Start >= at && words[p.Last].End <= at + cell.Length);
    }

    // A span of names and a loop: every table row asks four times, and each ask made a names array and a delegate.
    private static int Column(IReadOnlyList<string> headers, params ReadOnlySpan<string> names)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            foreach (var word in Words.Split(headers[i]))
            {
                if (names.Contains(word))
                    return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"^[^:(—–]{0,80}(?:[:(—–]|--)\s*[^,;.]{0,60}")]
    private static partial Regex LeadRegex();
}
