namespace Entente.Formats.Interchange.Import.Ucdp;

/// <summary>Years per key, merged into runs of consecutive years: 2014, 2015, 2016, 2019 → 2014–2016, 2019.</summary>
internal sealed class YearRuns<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, SortedSet<int>> _years = [];

    public void Add(TKey key, int year)
    {
        if (!_years.TryGetValue(key, out var years))
            _years[key] = years = [];
        years.Add(year);
    }

    public IEnumerable<(TKey Key, int First, int Last)> Runs()
    {
        foreach (var (key, years) in _years)
        {
            int? first = null, last = null;
            foreach (var year in years)
            {
                if (last is { } l && year == l + 1)
                {
                    last = year;
                    continue;
                }
                if (first is { } f)
                    yield return (key, f, last!.Value);
                first = last = year;
            }
            if (first is { } open)
                yield return (key, open, last!.Value);
        }
    }
}
