using System.Globalization;
using System.Text;

namespace Entente.Storage;

/// <summary>
/// What a claim's fingerprint hashes: its fields as UTF-8, joined by U+001F, in a buffer kept from one
/// claim to the next. Each field's bytes stay addressable, so a store binds them straight from here
/// instead of encoding the same strings a second time. Encoding the fields one by one gives the bytes
/// of encoding the joined string: the separator stands between any two fields, so no surrogate pair
/// spans two of them, and a lone surrogate at a field's end is replaced the same either way.
/// </summary>
internal sealed class FingerprintText
{
    public const int Subject = 0;
    public const int Object = 1;
    public const int Relation = 2;
    public const int Areas = 3;
    public const int Polarity = 5;
    public const int ValidFrom = 7;
    public const int ValidUntil = 8;
    public const int SourceId = 9;
    public const int Quote = 10;
    public const int Note = 12;
    private const int Fields = 13;
    private const byte Separator = 0x1f;

    private readonly int[] _starts = new int[Fields];
    private readonly int[] _ends = new int[Fields];
    private byte[] _bytes = new byte[1024];
    private int _length;
    private int _field;

    /// <summary>Every byte the fingerprint hashes.</summary>
    public ReadOnlySpan<byte> All => _bytes.AsSpan(0, _length);

    /// <summary>One field's bytes (without a separator); a field that was null is empty.</summary>
    public ReadOnlySpan<byte> Field(int index) => _bytes.AsSpan(_starts[index], _ends[index] - _starts[index]);

    /// <summary>Fills the buffer from the claim; <paramref name="from"/> and <paramref name="until"/> are its validity as text (null when open).</summary>
    public void Fill(Claim claim, string areas, string? from, string? until)
    {
        _length = 0;
        _field = 0;
        Add(claim.Subject);
        Add(claim.Object);
        Add(claim.Relation?.ToWire());
        Add(areas);
        Add(claim.Directed ? "1" : "0");
        Add(claim.Polarity.ToWire());
        Add(claim.Hedged ? "1" : "0");
        Add(from);
        Add(until);
        Add(claim.SourceId);
        Add(claim.Quote);
        AddNumber(claim.QuoteStart);
        Add(claim.Note);
    }

    private void Add(string? value)
    {
        var text = value ?? "";
        Open(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        Close();
    }

    /// <summary>The number as int.ToString(CultureInfo.InvariantCulture) writes it; nothing for null.</summary>
    private void AddNumber(int? value)
    {
        Open(16);
        if (value is { } number && number.TryFormat(_bytes.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture))
            _length += written;
        Close();
    }

    /// <summary>Starts a field with room for <paramref name="most"/> bytes and the separator before it.</summary>
    private void Open(int most)
    {
        var needed = _length + most + 1;
        if (needed > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        if (_field > 0)
            _bytes[_length++] = Separator;
        _starts[_field] = _length;
    }

    private void Close() => _ends[_field++] = _length;
}
