using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.Ucdp;

/// <summary>One row of the UCDP actor list, the fields the importer uses.</summary>
internal sealed record UcdpActorRow(
    int Line,
    int ActorId,
    int Org,
    string NameData,
    IReadOnlyList<string> OtherNames,
    string? NativeName,
    string? EnglishName,
    string? Location,
    IReadOnlyList<int> SplinterOf,
    IReadOnlyList<int> AlliedWith,
    IReadOnlyList<int> Joined)
{
    public static UcdpActorRow Read(CsvRecordReader csv, CsvHeader header)
    {
        csv.Require(header.Count);
        return new UcdpActorRow(
            csv.Line,
            csv.Int(header["ActorId"], "ActorId"),
            csv.Int(header["Org"], "Org"),
            csv.GetString(header["NameData"]).Trim(),
            new[] { Text(csv, header["NameOrig"]), Text(csv, header["NewName"]), Text(csv, header["NewNameFullEng"]) }.OfType<string>().ToList(),
            Text(csv, header["NameOrigFull"]) ?? Text(csv, header["NewNameFullMotherTongue"]),
            Text(csv, header["NameOrigFullEng"]),
            Text(csv, header["Location"]),
            Ids(csv, header["ActorIdPrev"], "ActorIdPrev"),
            Ids(csv, header["ActorIdAlliance"], "ActorIdAlliance"),
            Ids(csv, header["ActorIdGroup"], "ActorIdGroup"));
    }

    private static string? Text(CsvRecordReader csv, int index)
    {
        var text = csv[index].Trim();
        return text.IsEmpty || text is "n/a" or "NA" ? null : text.ToString();
    }

    private static List<int> Ids(CsvRecordReader csv, int index, string column)
    {
        var ids = new List<int>();
        foreach (var part in csv.GetString(index).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ids.Add(int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? id
                : throw csv.Problem(index, $"{column} must hold actor ids separated by commas, found '{CsvRecordReader.Shown(part)}'"));
        }
        return ids;
    }
}
