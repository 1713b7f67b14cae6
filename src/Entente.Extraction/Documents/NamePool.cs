using AngleSharp.Common;

namespace Entente.Extraction.Documents;

/// <summary>
/// One string instance per tag or attribute name, so a page of ten thousand &lt;p&gt;s does not hold
/// ten thousand "p"s, and names compare by reference first. Kept per thread, bounded.
/// </summary>
internal static class NamePool
{
    private const int MaxNames = 2_048;

    [ThreadStatic]
    private static Dictionary<string, string>? names;

    public static string Intern(StringOrMemory name)
    {
        var pool = names ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> span = name;
        if (lookup.TryGetValue(span, out var known))
            return known;
        if (pool.Count >= MaxNames)
            pool.Clear();
        var text = span.ToString();
        pool[text] = text;
        return text;
    }
}
