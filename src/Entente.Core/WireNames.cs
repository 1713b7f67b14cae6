namespace Entente;

/// <summary>The stable snake_case strings that name enum values in files, the database and JSON.</summary>
internal sealed class WireNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _toWire = [];
    private readonly Dictionary<string, T> _fromWire = new(StringComparer.OrdinalIgnoreCase);

    public WireNames(params (T Value, string Wire)[] pairs)
    {
        foreach (var (value, wire) in pairs)
        {
            _toWire.Add(value, wire);
            _fromWire.Add(wire, value);
        }
        All = pairs.Select(p => p.Wire).ToArray();
    }

    public IReadOnlyCollection<string> All { get; }

    public string ToWire(T value) => _toWire[value];

    public bool TryParse(string? text, out T value)
    {
        value = default;
        return text is not null && _fromWire.TryGetValue(text.Trim(), out value);
    }

    public T Parse(string text, string what) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a known {what}; expected one of: {string.Join(", ", All)}.");
}
