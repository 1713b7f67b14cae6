using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage;

/// <summary>
/// Identifies a claim by what it says and who says it, so that storing the same claim twice
/// (re-running init, ingesting a document again) changes nothing. The value is stored: any change
/// to what goes in breaks recognising claims stored before (tests pin it).
/// </summary>
public static class ClaimFingerprint
{
    private const int StackBytes = 1024;

    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Of(claim, AreasWire(claim.Areas));
    }

    /// <summary>The same, with the claim's areas already in their stored form ("weapons,funding").</summary>
    internal static string Of(Claim claim, string areas)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(claim, areas, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The fingerprint's first 8 bytes: what the claims table's unique key holds (schema 6; schema 7
    /// keeps nothing else of it), taken from the hash without going through its hex digits.
    /// </summary>
    internal static byte[] Key(Claim claim, string areas)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(claim, areas, hash);
        return hash[..8].ToArray();
    }

    private static void Hash(Claim claim, string areas, Span<byte> hash)
    {
        var text = string.Join('\u001f',
            claim.Subject, claim.Object, claim.Relation?.ToWire() ?? "", areas,
            claim.Directed ? "1" : "0", claim.Polarity.ToWire(), claim.Hedged ? "1" : "0",
            claim.Validity.From?.ToString() ?? "", claim.Validity.Until?.ToString() ?? "",
            claim.SourceId, claim.Quote ?? "", claim.QuoteStart?.ToString(CultureInfo.InvariantCulture) ?? "", claim.Note ?? "");
        // Hashed from a stack (or pooled) buffer: one claim's bytes are garbage the moment they are hashed.
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = most > StackBytes ? ArrayPool<byte>.Shared.Rent(most) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(text, bytes);
            SHA256.HashData(bytes[..length], hash);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Areas as the claims table stores them: wire names joined by commas.</summary>
    internal static string AreasWire(IReadOnlyList<Area> areas) => areas.Count switch
    {
        0 => "",
        1 => areas[0].ToWire(),
        _ => string.Join(',', areas.Select(a => a.ToWire())),
    };
}
