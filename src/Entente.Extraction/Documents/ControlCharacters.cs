using System.Buffers;
using System.Globalization;

namespace Entente.Extraction.Documents;

/// <summary>
/// Removes NUL bytes and other control characters that text never needs (tabs, line breaks and
/// form feeds stay): they come from damaged files and break storage and display further on.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Unwanted = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014"
        + "\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    public static string Remove(string text, List<string> warnings)
    {
        var first = text.AsSpan().IndexOfAny(Unwanted);
        if (first < 0)
            return text;
        var kept = new char[text.Length];
        text.AsSpan(0, first).CopyTo(kept);
        var length = first;
        var removed = 0;
        foreach (var c in text.AsSpan(first))
        {
            if (Unwanted.Contains(c))
                removed++;
            else
                kept[length++] = c;
        }
        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{removed:N0} control characters (such as NUL bytes) were removed"));
        return new string(kept, 0, length);
    }
}
