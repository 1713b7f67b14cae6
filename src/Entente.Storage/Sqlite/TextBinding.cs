using System.Text;
using SQLitePCL;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Binds a string as UTF-8 from a buffer the thread keeps. raw.sqlite3_bind_text(string) encodes every
/// value into a new array, which SQLite then copies anyway: a dozen arrays a claim, and the document's
/// whole text once a document, all garbage at once. The bytes are the same (the same encoder).
/// </summary>
internal static class TextBinding
{
    // A document's text fits; a larger one gets a buffer of its own that the thread does not keep.
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static byte[]? _buffer;

    public static void Bind(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
            return;
        }
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        var buffer = _buffer is { } kept && kept.Length >= most ? kept : new byte[Math.Max(most, 256)];
        if (buffer.Length <= MaxKept)
            _buffer = buffer;
        var length = Encoding.UTF8.GetBytes(value, buffer);
        raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, length));
    }
}
