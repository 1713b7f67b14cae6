using AngleSharp.Common;

namespace Entente.Extraction.Documents;

/// <summary>
/// One string instance per tag or attribute name, with what the tree-building rules say about it,
/// so a page of ten thousand &lt;p&gt;s holds one "p" and a token costs one lookup. Kept per thread, bounded.
/// </summary>
internal static class NamePool
{
    private const int MaxNames = 2_048;

    [ThreadStatic]
    private static Dictionary<string, (string Name, TagFlags Flags)>? names;

    public static string Intern(StringOrMemory name) => Lookup(name).Name;

    public static (string Name, TagFlags Flags) Lookup(StringOrMemory name)
    {
        var pool = names ??= new Dictionary<string, (string, TagFlags)>(StringComparer.Ordinal);
        ReadOnlySpan<char> span = name;
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var known))
            return known;
        if (pool.Count >= MaxNames)
            pool.Clear();
        var text = span.ToString();
        var entry = (text, TagFlagsOf.Name(text));
        pool[text] = entry;
        return entry;
    }
}
