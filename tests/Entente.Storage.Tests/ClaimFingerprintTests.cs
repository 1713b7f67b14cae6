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
}
