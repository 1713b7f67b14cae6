using System.Runtime.InteropServices;

namespace Entente.Extraction.Documents;

/// <summary>
/// Short lines of a text file that occur three times or more ("Share this", "Advertisement",
/// "Image: Reuters"): left over page furniture. Bullets, headings and table rows are not counted,
/// since "- Weapons" under several headings is content.
/// </summary>
internal static class RepeatedLines
{
    // Most files repeat no line: they all share this set, which is never written to.
    private static readonly HashSet<string> None = new(StringComparer.OrdinalIgnoreCase);

    [ThreadStatic]
    private static Dictionary<int, int>? hashCounts;

    public static HashSet<string> Find(TextLines lines, int start)
    {
        // Lines are first counted by a case-blind hash, which needs no string per line; only lines
        // whose hash comes up three times (all truly repeated lines, and the odd collision) are then
        // counted as text.
        var counts = hashCounts ??= [];
        counts.Clear();
        var candidates = 0;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines.Trimmed(i);
            if (IsCandidate(line))
            {
                var hash = string.GetHashCode(line, StringComparison.OrdinalIgnoreCase);
                candidates += ++CollectionsMarshal.GetValueRefOrAddDefault(counts, hash, out _) == Boilerplate.MinRepeats ? 1 : 0;
            }
        }
        return candidates == 0 ? None : Confirm(lines, start, counts);
    }

    private static HashSet<string> Confirm(TextLines lines, int start, Dictionary<int, int> hashCounts)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines.Trimmed(i);
            if (IsCandidate(line) && hashCounts[string.GetHashCode(line, StringComparison.OrdinalIgnoreCase)] >= Boilerplate.MinRepeats)
                lookup[line] = lookup.TryGetValue(line, out var count) ? count + 1 : 1;
        }
        var repeated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, count) in counts)
        {
            if (count >= Boilerplate.MinRepeats)
                repeated.Add(line);
        }
        return repeated.Count == 0 ? None : repeated;
    }

    private static bool IsCandidate(ReadOnlySpan<char> line) =>
        !(line.IsEmpty || line.Length > Boilerplate.MaxRepeatedLength || line[0] is '#' or '|' or '<' || line.Contains('|')
            || LineShapes.BulletLength(line) > 0 || LineShapes.IsRule(line));
}
