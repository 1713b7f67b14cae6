using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Storage.Tests;

/// <summary>
/// Fingerprints are stored: a database made by an earlier version must recognise the same claim
/// again, so the values are pinned, not only their equality.
/// </summary>
public sealed class ClaimFingerprintTests
{
    private static readonly Claim Rich = new("usa", "isr", "doc-0123456789abcdef")
    {
        Relation = RelationType.FormalAlliance,
        Areas = [Area.Weapons, Area.Funding],
        Directed = true,
        Polarity = Polarity.Denies,
        Hedged = true,
        Validity = new Validity(PartialDate.Parse("2001-09"), PartialDate.Parse("2024")),
        Quote = "Les États-Unis arment Israël — «reportedly»",
        QuoteStart = 1234,
        QuoteEnd = 1270,
        Note = "a note",
    };

    private static readonly Claim Bare = new("rus", "irn", "bundled");

    [Fact]
    public void A_claim_with_every_field_set_keeps_its_stored_fingerprint() =>
        Assert.Equal("937e3fc39e100c43f0f4691e19de00110d46e1b1dd607a64e9dc6a42fa636d3f", ClaimFingerprint.Of(Rich));

    [Fact]
    public void A_bare_claim_keeps_its_stored_fingerprint() =>
        Assert.Equal("4efed833d86b02e96df3c864f7081104f30a5f832c0f8dce88cdb9a790f3d57e", ClaimFingerprint.Of(Bare));

    [Fact]
    public void A_long_quote_is_fingerprinted_whole()
    {
        var longQuote = Bare with { Quote = new string('é', 5000) };
        var changedAtTheEnd = Bare with { Quote = new string('é', 4999) + "e" };

        Assert.NotEqual(ClaimFingerprint.Of(longQuote), ClaimFingerprint.Of(changedAtTheEnd));
        Assert.Equal(64, ClaimFingerprint.Of(longQuote).Length);
    }

    [Fact]
    public void Status_id_and_producer_do_not_change_the_fingerprint() =>
        Assert.Equal(ClaimFingerprint.Of(Rich), ClaimFingerprint.Of(Rich with { Id = 9, Status = ClaimStatus.Accepted, ProducedBy = "analyst:x", QuoteEnd = 9 }));

    public static TheoryData<Claim> Awkward => new()
    {
        Rich,
        Bare,
        Bare with { Quote = "ends in a lone \uD83D", Note = "\uDE00 starts with one", QuoteStart = -3 },
        Bare with { Subject = "a\0b", Relation = RelationType.Proxy, Validity = new Validity(PartialDate.Parse("1999-02-03"), null) },
        Bare with { Quote = string.Concat(Enumerable.Repeat("Türkiye – 😀 ", 400)), QuoteStart = int.MaxValue, Areas = [Area.Intelligence] },
    };

    /// <summary>The fields are encoded one by one into a kept buffer; the bytes must be those of the joined string.</summary>
    [Theory]
    [MemberData(nameof(Awkward))]
    public void The_fingerprint_hashes_the_fields_joined_by_unit_separators_as_utf8(Claim claim)
    {
        var joined = string.Join('\u001f',
            claim.Subject, claim.Object, claim.Relation?.ToWire() ?? "", ClaimFingerprint.AreasWire(claim.Areas),
            claim.Directed ? "1" : "0", claim.Polarity.ToWire(), claim.Hedged ? "1" : "0",
            claim.Validity.From?.ToString() ?? "", claim.Validity.Until?.ToString() ?? "",
            claim.SourceId, claim.Quote ?? "", claim.QuoteStart?.ToString(CultureInfo.InvariantCulture) ?? "", claim.Note ?? "");
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));

        Assert.Equal(expected, ClaimFingerprint.Of(claim));
        var text = new FingerprintText();
        text.Fill(claim, ClaimFingerprint.AreasWire(claim.Areas), claim.Validity.From?.ToString(), claim.Validity.Until?.ToString());
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Assert.Equal(expected[..16], Convert.ToHexStringLower(ClaimFingerprint.Key(text, sha256)));
        // The kept hash state starts afresh for the next claim.
        Assert.Equal(expected[..16], Convert.ToHexStringLower(ClaimFingerprint.Key(text, sha256)));
        Assert.Equal(Encoding.UTF8.GetBytes(claim.Quote ?? ""), text.Field(FingerprintText.Quote).ToArray());
    }
}
