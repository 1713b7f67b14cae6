namespace Entente.Formats.Interchange.Import.Alliances;

/// <summary>
/// Collects the obligations of each undirected pair per year (the union over both directions and
/// over codes that map to the same actor), then merges consecutive years with the same obligations
/// into spells: 1949, 1950 … 2012 with "defence, entente" become one spell.
/// </summary>
public sealed class AllianceSpells
{
    private readonly Dictionary<(string A, string B), Dictionary<int, Obligations>> _years = [];

    // Dyad-year files list a dyad's years together: the last pair's years are found without hashing.
    private (string A, string B) _lastPair;
    private Dictionary<int, Obligations>? _lastYears;

    public int LastYear { get; private set; }

    public void Add(string first, string second, int year, Obligations obligations)
    {
        if (first == second || obligations == Obligations.None)
            return;
        var pair = string.CompareOrdinal(first, second) < 0 ? (first, second) : (second, first);
        var years = _lastYears is not null && pair == _lastPair ? _lastYears : null;
        if (years is null && !_years.TryGetValue(pair, out years))
            _years[pair] = years = [];
        (_lastPair, _lastYears) = (pair, years);
        years[year] = years.GetValueOrDefault(year) | obligations;
    }

    /// <summary>Notes a year the file covers, alliance or not: the last one marks the end of coverage.</summary>
    public void Saw(int year) => LastYear = Math.Max(LastYear, year);

    public IEnumerable<Spell> Spells()
    {
        foreach (var ((a, b), years) in _years.OrderBy(p => p.Key.A, StringComparer.Ordinal).ThenBy(p => p.Key.B, StringComparer.Ordinal))
        {
            Spell? open = null;
            foreach (var (year, obligations) in years.OrderBy(y => y.Key))
            {
                if (open is { } o && o.LastYear == year - 1 && o.Obligations == obligations)
                {
                    open = o with { LastYear = year };
                    continue;
                }
                if (open is not null)
                    yield return open;
                open = new Spell(a, b, year, year, obligations);
            }
            if (open is not null)
                yield return open;
        }
    }
}

/// <summary>Years <see cref="FirstYear"/>–<see cref="LastYear"/> (inclusive) in which a pair held the same obligations.</summary>
public sealed record Spell(string A, string B, int FirstYear, int LastYear, Obligations Obligations);
