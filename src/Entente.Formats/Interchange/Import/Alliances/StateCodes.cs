using Entente.Formats.Interchange.Import.Csv;

namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>
/// A state list keyed by numeric code (Correlates of War <c>cow_states.csv</c> or Gleditsch–Ward
/// <c>gw_states.csv</c>): the code's abbreviation, name and the years it existed as a state.
/// </summary>
public sealed class StateCodes
{
    private readonly Dictionary<int, CodedState> _states;

    private StateCodes(Dictionary<int, CodedState> states) => _states = states;

    public IReadOnlyCollection<CodedState> All => _states.Values;

    public CodedState? Find(int code) => _states.GetValueOrDefault(code);

    /// <summary>Reads the list the dataset beside <paramref name="datasetPath"/> needs, e.g. cow_states.csv.</summary>
    public static StateCodes Beside(string datasetPath, string fileName)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(datasetPath)) ?? ".";
        // The shared data keep the state lists with the alliance files; a conflict file in a sibling folder finds them there.
        var path = new[] { Path.Combine(folder, fileName), Path.Combine(folder, "..", "alliances", fileName) }.FirstOrDefault(File.Exists)
            ?? throw new ImportFileException($"{datasetPath} uses numeric state codes; their names come from {fileName}, which must be in the same folder ({folder}) or in ../alliances/ beside it.");
        return Read(path);
    }

    /// <summary>COW (stateabb, ccode, statenme, styear, endyear) or GW (gwcode, stateabb, statename, startdate, enddate).</summary>
    public static StateCodes Read(string path)
    {
        using var csv = CsvRecordReader.Open(path);
        var header = CsvHeader.Read(csv, "stateabb,ccode,statenme,styear,…,endyear or gwcode,stateabb,statename,startdate,enddate");
        var isGw = header.Optional("gwcode") is not null;
        var code = header[isGw ? "gwcode" : "ccode"];
        var abb = header["stateabb"];
        var name = header[isGw ? "statename" : "statenme"];
        var start = header[isGw ? "startdate" : "styear"];
        var end = header[isGw ? "enddate" : "endyear"];
        var states = new Dictionary<int, CodedState>();
        try
        {
            while (csv.Read())
            {
                if (csv.IsBlank)
                    continue;
                csv.Require(header.Count);
                var id = csv.Int(code, "the state code");
                var first = Year(csv, start);
                var last = Year(csv, end);
                states[id] = states.TryGetValue(id, out var known)
                    ? known with { FirstYear = Math.Min(known.FirstYear, first), LastYear = Math.Max(known.LastYear, last) }
                    : new CodedState(id, csv.GetString(abb).Trim(), csv.GetString(name).Trim(), first, last);
            }
        }
        catch (MalformedRowException e)
        {
            throw new ImportFileException($"The state list {e.Problem} (it must be read whole before the dataset).");
        }
        return new StateCodes(states);
    }

    private static int Year(CsvRecordReader csv, int index)
    {
        var text = csv[index];
        return text.Length >= 4 && int.TryParse(text[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : throw csv.Problem(index, $"expected a year or a date, found '{CsvRecordReader.Shown(text)}'");
    }
}

/// <summary>One coded state: "UKG", 200, "United Kingdom", 1816–2016.</summary>
public sealed record CodedState(int Code, string Abbreviation, string Name, int FirstYear, int LastYear);
