namespace Entente.Extraction.Segmentation;

/// <summary>
/// The headings above the current block, outermost first. A heading closes every open heading of its
/// level or deeper ("## Proxies" after "### Iraq" leaves only the "#" above it).
/// </summary>
internal sealed class HeadingStack
{
    private readonly List<(int Level, string Text)> _open = [];
    private IReadOnlyList<string>? _current = [];

    /// <summary>The open headings; one list is shared by all units until the headings change.</summary>
    public IReadOnlyList<string> Current => _current ??= _open.Select(h => h.Text).ToArray();

    /// <summary>Closes the headings this one ends, and returns the headings above it.</summary>
    public IReadOnlyList<string> Enter(int level, string text)
    {
        level = Math.Clamp(level, 1, 6);
        var removed = _open.RemoveAll(h => h.Level >= level);
        if (removed > 0)
            _current = null;
        var above = Current;
        _open.Add((level, text));
        _current = null;
        return above;
    }
}
