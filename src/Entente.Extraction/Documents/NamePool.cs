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

    // In front of the dictionary, a small table indexed by a cheap hash (length, first and last letter):
    // a page uses a few dozen names, and most lookups end here, without hashing the whole name.
    private const int RecentSlots = 256;

    [ThreadStatic]
    private static (string Name, TagFlags Flags)[]? recent;

    public static (string Name, TagFlags Flags) Lookup(StringOrMemory name)
    {
        ReadOnlySpan<char> span = name;
        var table = recent ??= new (string, TagFlags)[RecentSlots];
        var slot = span.IsEmpty ? 0 : (span.Length * 31 + span[0] * 7 + span[^1]) & (RecentSlots - 1);
        if (table[slot].Name is { } seen && span.SequenceEqual(seen))
            return table[slot];
        var entry = Pooled(span);
        table[slot] = entry;
        return entry;
    }

    private static (string Name, TagFlags Flags) Pooled(ReadOnlySpan<char> span)
    {
        var pool = names ??= new Dictionary<string, (string, TagFlags)>(StringComparer.Ordinal);
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
