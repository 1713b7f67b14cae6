using System.Security.Cryptography;

namespace Entente.Storage;

/// <summary>
/// Identifies a claim by what it says and who says it, so that storing the same claim twice
/// (re-running init, ingesting a document again) changes nothing. The value is stored: any change
/// to what goes in breaks recognising claims stored before (tests pin it).
/// </summary>
public static class ClaimFingerprint
{
    public static string Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return Of(claim, AreasWire(claim.Areas));
    }

    /// <summary>The same, with the claim's areas already in their stored form ("weapons,funding").</summary>
    internal static string Of(Claim claim, string areas)
    {
        var text = new FingerprintText();
        text.Fill(claim, areas, claim.Validity.From?.ToString(), claim.Validity.Until?.ToString());
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text.All, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The fingerprint's first 8 bytes: what the claims table's unique key holds (schema 6; schema 7
    /// keeps nothing else of it), taken from the hash without going through its hex digits.
    /// </summary>
    /// <param name="text">the claim's fingerprint text, filled</param>
    /// <param name="sha256">a SHA-256 kept by the caller: one hash state reused, where a one-shot hash set one up for every claim</param>
    internal static byte[] Key(FingerprintText text, IncrementalHash sha256)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sha256.AppendData(text.All);
        sha256.GetHashAndReset(hash);
        return hash[..8].ToArray();
    }

    /// <summary>Areas as the claims table stores them: wire names joined by commas.</summary>
    internal static string AreasWire(IReadOnlyList<Area> areas) => areas.Count switch
    {
        0 => "",
        1 => areas[0].ToWire(),
        _ => string.Join(',', areas.Select(a => a.ToWire())),
    };
}
