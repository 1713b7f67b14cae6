namespace Entente.Storage.Sqlite;

/// <summary>
/// A stored document and which of its claims' quotes its text gives back, so that the claim keeps only
/// the offsets (schema 7). Reads take the quote back with SQLite's substr, which counts characters where
/// the offsets count UTF-16 units: the two agree up to the first surrogate, and substr stops at a NUL.
/// So a quote is left out only when it is exactly the text between its offsets and ends before either.
/// </summary>
internal sealed class DocumentQuotes(long id, string text)
{
    /// <summary>Where the offsets stop agreeing with substr: the first surrogate or NUL, else the end.</summary>
    private readonly int _safeEnd = SafeEnd(text);

    public long Id { get; } = id;

    public bool Holds(Claim claim) =>
        claim is { Quote: { } quote, QuoteStart: { } start, QuoteEnd: { } end }
        && start >= 0 && end >= start && end <= _safeEnd
        && text.AsSpan(start, end - start).SequenceEqual(quote);

    private static int SafeEnd(string text)
    {
        var surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        var end = surrogate < 0 ? text.Length : surrogate;
        var nul = text.AsSpan(0, end).IndexOf('\0');
        return nul < 0 ? end : nul;
    }
}
