using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>
/// COW and ATOP dyad-year files (ccode1, ccode2, year, one 0/1 column per obligation) →
/// <c>formal_alliance</c> claims, one per pair and spell of consecutive years with the same
/// obligations. Every spell ends after its last year, even one that reaches the end of the data: the
/// dataset says nothing of later years, and other sources carry a relation on if it lasted.
/// </summary>
public sealed class DyadYearImporter(DyadYearFormat format) : IDatasetImporter
{
    public string Format => format.Format;

    public string Description => $"{format.ShortName} dyad-year file (ccode1,ccode2,year,obligation columns); needs cow_states.csv beside it";

    public ImportResult Import(string path, ImportContext context)
    {
        var codes = StateCodes.Beside(path, "cow_states.csv");
        var states = new StateActors(context.Actors, "Correlates of War");
        var spells = new AllianceSpells();
        var unknownCodes = new SortedSet<int>();
        var rows = 0;

        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "ccode1,ccode2,year," + string.Join(',', format.Columns.Select(c => c.Column)));
        int code1 = header["ccode1"], code2 = header["ccode2"], yearColumn = header["year"];
        var columns = format.Columns.Select(c => (Index: header[c.Column], c.Column, c.Kind)).ToArray();
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
                var first = csv.Int(code1, "ccode1");
                var second = csv.Int(code2, "ccode2");
                var year = csv.Int(yearColumn, "year");
                var obligations = Obligations.None;
                foreach (var (index, column, kind) in columns)
                {
                    obligations |= csv[index] switch
                    {
                        "1" => kind,
                        "0" or "" or "NA" => Obligations.None,
                        var other => throw csv.Problem(index, $"{column} must be 0 or 1, found '{CsvRecordReader.Shown(other)}'"),
                    };
                }
                spells.Saw(year);
                if (codes.Find(first) is not { } a || codes.Find(second) is not { } b)
                {
                    unknownCodes.Add(codes.Find(first) is null ? first : second);
                    continue;
                }
                spells.Add(states.For(a).Id, states.For(b).Id, year, obligations);
            }
            catch (MalformedRowException e)
            {
                context.Report(e.Problem);
            }
        }

        var claims = spells.Spells().Select(s => ToClaim(s, spells.LastYear)).ToList();
        var notes = new List<string>();
        if (states.Created.Count > 0)
            notes.Add($"{states.Created.Count} historical states added as actors: {string.Join(", ", states.Created.Select(a => a.Name).Order(StringComparer.Ordinal))}");
        if (unknownCodes.Count > 0)
            notes.Add($"rows with state codes not in cow_states.csv were left out: {string.Join(", ", unknownCodes)}");
        return new ImportResult(new KnowledgeBatch([.. states.Created], [format.Source], claims), rows)
        {
            Skipped = context.Skipped,
            Notes = notes,
        };
    }

    private Claim ToClaim(Spell spell, int lastYear)
    {
        var coverage = spell.LastYear >= lastYear ? $" (the data end in {lastYear})" : "";
        return new Claim(spell.A, spell.B, format.Source.Id)
        {
            Relation = RelationType.FormalAlliance,
            Validity = new Validity(new PartialDate(spell.FirstYear), new PartialDate(spell.LastYear + 1)),
            Note = $"{format.ShortName}: {ObligationText.Describe(spell.Obligations)} obligations, {spell.FirstYear}–{spell.LastYear}{coverage}. Cite: {format.Citation}",
            ProducedBy = "import:" + format.Format,
            Status = ClaimStatus.Accepted,
        };
    }
}
