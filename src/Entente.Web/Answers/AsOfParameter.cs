using Entente.Web.Problems;

namespace Entente.Web.Answers;

/// <summary>Reads ?asOf= as the command line reads --as-of: YYYY-MM-DD, YYYY-MM (the 15th) or YYYY (1 July).</summary>
public static class AsOfParameter
{
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!PartialDate.TryParse(text, out var date))
            throw ApiProblem.BadRequest($"asOf '{text}' is not a date; use YYYY-MM-DD (e.g. 2024-06-01), YYYY-MM or YYYY.");
        return date.Precision switch
        {
            DatePrecision.Day => date.Start,
            DatePrecision.Month => date.Start.AddDays(14),
            _ => new DateOnly(date.Year, 7, 1),
        };
    }
}
