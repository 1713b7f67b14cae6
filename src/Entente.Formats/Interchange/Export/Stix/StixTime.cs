using System.Globalization;

namespace Entente.Formats.Interchange.Export.Stix;

/// <summary>
/// STIX timestamps (UTC, millisecond precision) taken from the data, never from the clock: an
/// object's created/modified are the earliest and latest publication dates of the sources behind
/// it, so exporting unchanged knowledge again gives the same bytes.
/// </summary>
internal readonly record struct StixTime(DateOnly Created, DateOnly Modified)
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z";

    public static string Format(PartialDate date) => Format(date.Start);

    /// <summary>The span of the sources' dates; the fallback (the export's as-of date) when none is dated.</summary>
    public static StixTime Of(IEnumerable<Source> sources, DateOnly fallback)
    {
        var dates = sources.Select(DateOf).OfType<DateOnly>().ToList();
        return dates.Count == 0 ? new StixTime(fallback, fallback) : new StixTime(dates.Min(), dates.Max());
    }

    public static StixTime Span(IEnumerable<StixTime> times, DateOnly fallback)
    {
        var list = times.ToList();
        return list.Count == 0 ? new StixTime(fallback, fallback) : new StixTime(list.Min(t => t.Created), list.Max(t => t.Modified));
    }

    public static DateOnly? DateOf(Source source) => source.Published?.Start ?? source.Retrieved;
}
