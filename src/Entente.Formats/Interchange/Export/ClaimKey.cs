using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Formats.Interchange.Export;

/// <summary>
/// A claim's id in exports: derived from what the claim says and who says it (the fields the store
/// deduplicates on), not from the database's row number, so the same claim has the same id in every
/// database it is exported from or imported into.
/// </summary>
public static class ClaimKey
{
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = string.Join('\u001f',
            claim.Subject, claim.Object, claim.Relation?.ToWire() ?? "", string.Join(',', claim.Areas.Select(a => a.ToWire())),
            claim.Directed ? "1" : "0", claim.Polarity.ToWire(), claim.Hedged ? "1" : "0",
            claim.Validity.From?.ToString() ?? "", claim.Validity.Until?.ToString() ?? "",
            claim.SourceId, claim.Quote ?? "", claim.QuoteStart?.ToString(CultureInfo.InvariantCulture) ?? "", claim.Note ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "c-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
