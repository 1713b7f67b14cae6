using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage;

/// <summary>
/// Identifies a claim by what it says and who says it, so that storing the same claim twice
/// (re-running init, ingesting a document again) changes nothing.
/// </summary>
public static class ClaimFingerprint
{
    public static string Of(Claim claim)
    {
        var text = string.Join('\u001f',
            claim.Subject, claim.Object, claim.Relation?.ToWire() ?? "", string.Join(',', claim.Areas.Select(a => a.ToWire())),
            claim.Directed ? "1" : "0", claim.Polarity.ToWire(), claim.Hedged ? "1" : "0",
            claim.Validity.From?.ToString() ?? "", claim.Validity.Until?.ToString() ?? "",
            claim.SourceId, claim.Quote ?? "", claim.QuoteStart?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", claim.Note ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
