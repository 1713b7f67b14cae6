using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Binds a claim to the claims INSERT (<see cref="SqliteKnowledgeStore.InsertClaimSql"/>), parameter by parameter in order.</summary>
internal static class ClaimRow
{
    /// <param name="insert">the prepared INSERT</param>
    /// <param name="c">the claim</param>
    /// <param name="document">the stored document the claim was read from, with its text; null for a batch's claim</param>
    /// <returns>the claim's key (<see cref="ClaimFingerprint.Key"/>)</returns>
    public static byte[] Bind(SqliteCommand insert, Claim c, DocumentQuotes? document)
    {
        var areas = ClaimFingerprint.AreasWire(c.Areas);
        var p = insert.Parameters;
        p[0].Value = c.Subject;
        p[1].Value = c.Object;
        p[2].Value = Nullable(c.Relation?.ToWire());
        p[3].Value = areas;
        p[4].Value = c.Directed ? 1 : 0;
        p[5].Value = c.Polarity.ToWire();
        p[6].Value = c.Hedged ? 1 : 0;
        p[7].Value = Nullable(c.Validity.From?.ToString());
        p[8].Value = Nullable(c.Validity.Until?.ToString());
        p[9].Value = c.SourceId;
        // A quote the document's text gives back is not stored twice (see DocumentQuotes).
        p[10].Value = document is not null && document.Holds(c) ? DBNull.Value : Nullable(c.Quote);
        p[11].Value = c.QuoteStart is { } start ? start : DBNull.Value;
        p[12].Value = c.QuoteEnd is { } end ? end : DBNull.Value;
        p[13].Value = Nullable(c.Note);
        p[14].Value = c.ProducedBy;
        p[15].Value = c.Status.ToWire();
        p[16].Value = document is null ? DBNull.Value : document.Id;
        // A document's claims go in unlisted (see UnlistedClaims); a batch's are listed at once.
        p[17].Value = document is null ? 1 : DBNull.Value;
        var key = ClaimFingerprint.Key(c, areas);
        p[18].Value = key;
        return key;
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
