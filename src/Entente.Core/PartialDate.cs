using System.Globalization;

namespace Entente;

/// <summary>
/// A date known to a year, a month or a day ("1982", "2024-12", "2024-12-08"). When compared with a
/// calendar date it stands for the first day of its period.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        if (month is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        if (day is not null && month is null)
            throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year}-{month:D2} has no day {day}.");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day of the period this date names.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
            return false;
        if (!TryPart(parts[0], out var year) || year < 1)
            return false;
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !TryPart(parts[1], out var m) || m is < 1 or > 12)
                return false;
            month = m;
        }
        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !TryPart(parts[2], out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
                return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryPart(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>"1982", "December 2024", "8 December 2024": for sentences a person reads.</summary>
    public string ToProse() => Precision switch
    {
        DatePrecision.Year => ToString(),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
