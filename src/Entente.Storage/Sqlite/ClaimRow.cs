using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Binds a claim to the claims INSERT (<see cref="SqliteKnowledgeStore.InsertClaimSql"/>), parameter by parameter in order.</summary>
internal static class ClaimRow
{
    public static void Bind(SqliteCommand insert, Claim c, long? documentId)
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
        p[10].Value = Nullable(c.Quote);
        p[11].Value = c.QuoteStart is { } start ? start : DBNull.Value;
        p[12].Value = c.QuoteEnd is { } end ? end : DBNull.Value;
        p[13].Value = Nullable(c.Note);
        p[14].Value = c.ProducedBy;
        p[15].Value = c.Status.ToWire();
        var fingerprint = ClaimFingerprint.Of(c, areas);
        p[16].Value = fingerprint;
        p[17].Value = documentId is { } id ? id : DBNull.Value;
        // A document's claims go in unlisted (see UnlistedClaims); a batch's are listed at once.
        p[18].Value = documentId is null ? 1 : DBNull.Value;
        p[19].Value = ClaimFingerprint.Key(fingerprint);
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
