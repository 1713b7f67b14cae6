using Entente.Formats.Interchange.Import.Alliances;
using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.Ucdp;

/// <summary>
/// UCDP/PRIO Armed Conflict (one row per conflict-year; Gleditsch–Ward codes): a state that sent troops
/// to a side (<c>gwno_a_2nd</c>, <c>gwno_b_2nd</c>) is an ally of that side's states, with the
/// advisors_troops area, and an adversary of the other side's states; consecutive years of one conflict
/// make one claim. Rebel sides carry no state codes, so supporting rebels reads only as hostility to the
/// government they fight.
/// </summary>
public sealed class UcdpAcdImporter : IDatasetImporter
{
    public string Format => "ucdp-acd";

    public string Description => "UCDP/PRIO Armed Conflict Dataset (conflict_id,year,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,…); needs gw_states.csv";

    public ImportResult Import(string path, ImportContext context)
    {
        var codes = StateCodes.Beside(path, "gw_states.csv");
        var states = new StateActors(context.Actors, "Gleditsch–Ward");
        var runs = new YearRuns<(string Helper, string Other, bool Ally, string Side, int Conflict, string Incompatibility)>();
        var unknown = new SortedSet<int>();
        var rows = 0;

        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "conflict_id,year,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,incompatibility,…");
        int conflict = header["conflict_id"], yearColumn = header["year"], incompatibility = header["incompatibility"];
        int a = header["gwno_a"], a2 = header["gwno_a_2nd"], b = header["gwno_b"], b2 = header["gwno_b_2nd"];
        while (true)
        {
            try
            {
                if (!csv.Read())
                    break;
                if (csv.IsBlank)
                    continue;
                rows++;
                csv.Require(header.Count);
                var id = csv.Int(conflict, "conflict_id");
                var year = csv.Int(yearColumn, "year");
                var what = csv.GetString(incompatibility);
                var sideA = Actors(csv, a, "gwno_a", codes, states, unknown);
                var helpersA = Actors(csv, a2, "gwno_a_2nd", codes, states, unknown);
                var sideB = Actors(csv, b, "gwno_b", codes, states, unknown);
                var helpersB = Actors(csv, b2, "gwno_b_2nd", codes, states, unknown);
                foreach (var (helpers, own, other, side) in new[] { (helpersA, sideA, sideB, "A"), (helpersB, sideB, sideA, "B") })
                {
                    foreach (var helper in helpers)
                    {
                        foreach (var friend in own.Where(f => f != helper))
                            runs.Add((helper, friend, true, side, id, what), year);
                        foreach (var enemy in other.Where(e => e != helper))
                            runs.Add((helper, enemy, false, side, id, what), year);
                    }
                }
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }

        var claims = runs.Runs()
            .Select(r => ToClaim(r.Key.Helper, r.Key.Other, r.Key.Ally, r.Key.Side, r.Key.Conflict, r.Key.Incompatibility, r.First, r.Last))
            .OrderBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Object, StringComparer.Ordinal).ThenBy(c => c.Validity.From).ThenBy(c => c.Note, StringComparer.Ordinal)
            .ToList();
        var notes = new List<string>();
        if (unknown.Count > 0)
            notes.Add($"state codes not in gw_states.csv were left out: {string.Join(", ", unknown)}");
        return new ImportResult(new KnowledgeBatch([.. states.Created], [DatasetSources.UcdpAcd], claims), rows) { Skipped = context.Skipped, Notes = notes };
    }

    /// <summary>The states a code field names: empty, one code, or several separated by commas.</summary>
    private static List<string> Actors(CsvRecordReader csv, int index, string column, StateCodes codes, StateActors states, SortedSet<int> unknown)
    {
        var found = new List<string>();
        foreach (var part in csv.GetString(index).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
                throw csv.Problem(index, $"{column} must hold state codes separated by commas, found '{CsvRecordReader.Shown(part)}'");
            if (codes.Find(code) is { } state)
                found.Add(states.For(state).Id);
            else
                unknown.Add(code);
        }
        return found;
    }

    private static Claim ToClaim(string helper, string other, bool ally, string side, int conflict, string incompatibility, int first, int last)
    {
        var (subject, @object) = string.CompareOrdinal(helper, other) < 0 ? (helper, other) : (other, helper);
        var role = ally ? $"sent troops to side {side}, alongside" : $"sent troops to side {side}, against";
        return new Claim(subject, @object, DatasetSources.UcdpAcd.Id)
        {
            Relation = ally ? RelationType.Ally : RelationType.Adversary,
            Areas = ally ? [Area.AdvisorsTroops] : [],
            Validity = new Validity(new PartialDate(first), new PartialDate(last + 1)),
            Note = $"UCDP/PRIO ACD conflict {conflict} ({incompatibility}), {first}–{last}: {helper} {role} {other}. Cite: {DatasetSources.UcdpAcdCitation}",
            ProducedBy = "import:ucdp-acd",
            Status = ClaimStatus.Accepted,
        };
    }
}
