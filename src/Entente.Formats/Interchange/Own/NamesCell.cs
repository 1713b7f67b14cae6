using System.Text;

namespace Entente.Formats.Interchange.Own;

/// <summary>
/// An actor's extra names in one CSV cell: entries "kind:text" or "kind@lang:text" joined by "|",
/// with "\" escaping a "|" or "\" inside a name, e.g. <c>alias:Hizbullah|native@ar:حزب الله</c>.
/// </summary>
public static class NamesCell
{
    public static string Write(IEnumerable<ActorName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return string.Join('|', names.Select(n =>
            $"{n.Kind.ToWire()}{(n.Lang is null ? "" : "@" + n.Lang)}:{n.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)}"));
    }

    /// <exception cref="FormatException">An entry has no kind, an unknown kind, or an empty name.</exception>
    public static IReadOnlyList<ActorName> Read(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var names = new List<ActorName>();
        if (cell.Length == 0)
            return names;
        foreach (var entry in Split(cell))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == entry.Length - 1)
                throw new FormatException($"name entry '{entry}' is not of the form kind:text or kind@lang:text");
            var head = entry[..colon];
            var at = head.IndexOf('@', StringComparison.Ordinal);
            var kind = NameKinds.Parse(at < 0 ? head : head[..at]);
            names.Add(new ActorName(entry[(colon + 1)..], kind, at < 0 ? null : head[(at + 1)..]));
        }
        return names;
    }

    /// <summary>Splits on "|" not escaped by "\", and removes the escapes.</summary>
    private static List<string> Split(string cell)
    {
        var entries = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '\\' && i + 1 < cell.Length)
                current.Append(cell[++i]);
            else if (cell[i] == '|')
            {
                entries.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(cell[i]);
        }
        entries.Add(current.ToString());
        return entries;
    }
}
