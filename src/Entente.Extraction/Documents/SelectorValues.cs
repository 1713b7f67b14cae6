namespace Entente.Extraction.Documents;

/// <summary>
/// How a CSS attribute selector compares values (the page index asked AngleSharp's selectors before
/// the cleaner read its own tree): exactly, except for the attributes HTML lists as case-insensitive
/// in selectors (type, rel and the like).
/// </summary>
internal static class SelectorValues
{
    private static StringComparison Comparison(string attribute) =>
        attribute is "type" or "rel" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>[attribute=expected]</summary>
    public static bool Equal(string attribute, string value, string expected) => value.Equals(expected, Comparison(attribute));

    /// <summary>[attribute~=expected]: one of the whitespace-separated words of the value.</summary>
    public static bool Includes(string attribute, string value, string expected)
    {
        foreach (var range in value.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (value.AsSpan(range.Start.Value, range.End.Value - range.Start.Value).Equals(expected, Comparison(attribute)))
                return true;
        }
        return false;
    }
}
