namespace Entente.Extraction.Documents;

/// <summary>
/// Short lines of a text file that occur three times or more ("Share this", "Advertisement",
/// "Image: Reuters"): left over page furniture. Bullets, headings and table rows are not counted,
/// since "- Weapons" under several headings is content.
/// </summary>
internal static class RepeatedLines
{
    public static HashSet<string> Find(TextLines lines, int start)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines.Trimmed(i);
            if (line.IsEmpty || line.Length > Boilerplate.MaxRepeatedLength || line[0] is '#' or '|' or '<' || line.Contains('|')
                || LineShapes.BulletLength(line) > 0 || LineShapes.IsRule(line))
                continue;
            lookup[line] = lookup.TryGetValue(line, out var count) ? count + 1 : 1;
        }
        var repeated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, count) in counts)
        {
            if (count >= Boilerplate.MinRepeats)
                repeated.Add(line);
        }
        return repeated;
    }
}
