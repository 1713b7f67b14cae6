using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.UnVotes;

/// <summary>The year of each roll call (rcid → date in un_roll_calls.csv), which the votes file lacks.</summary>
public sealed class RollCalls
{
    private readonly Dictionary<int, int> _yearByRcid;

    private RollCalls(Dictionary<int, int> yearByRcid) => _yearByRcid = yearByRcid;

    public int Count => _yearByRcid.Count;

    public bool TryGetYear(int rcid, out int year) => _yearByRcid.TryGetValue(rcid, out year);

    public static RollCalls Beside(string votesPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(votesPath)) ?? ".";
        var path = Path.Combine(folder, "un_roll_calls.csv");
        if (!File.Exists(path))
            throw new ImportFileException($"{votesPath} gives roll-call ids, not dates; their dates come from un_roll_calls.csv, which must be in the same folder ({folder}).");
        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "rcid,session,importantvote,date,…");
        int rcid = header["rcid"], date = header["date"];
        var years = new Dictionary<int, int>();
        try
        {
            while (csv.Read())
            {
                if (csv.IsBlank)
                    continue;
                csv.Require(header.Count);
                var text = csv[date];
                if (text.Length < 4 || !int.TryParse(text[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                    throw csv.Problem(date, $"date must be YYYY-MM-DD, found '{CsvRecordReader.Shown(text)}'");
                years[csv.Int(rcid, "rcid")] = year;
            }
        }
        catch (MalformedRowException e)
        {
            throw new ImportFileException($"The roll-call list {e.Problem} (it must be read whole before the votes).");
        }
        return new RollCalls(years);
    }
}
