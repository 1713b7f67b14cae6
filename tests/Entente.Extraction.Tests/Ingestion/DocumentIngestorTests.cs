using Entente.Extraction.Documents;
using Entente.Extraction.Ingestion;
using Entente.Extraction.Tests.Claims;
using Entente.Storage;

namespace Entente.Extraction.Tests.Ingestion;

public sealed class DocumentIngestorTests
{
    private const string Text = "Iran supplies weapons to Hezbollah, officials said.";
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly ReadResult.Read Read = new(Text, "utf-8", DocumentFormat.PlainText);

    [Fact]
    public void A_new_document_is_stored_once_with_its_claims_under_its_hash()
    {
        var store = new RecordingStore();

        var result = new DocumentIngestor(store, BundledPipeline.Instance, Today).Ingest(Read, new DocumentOrigin("a.txt") { Path = "/in/a.txt" });

        var stored = Assert.IsType<DocumentIngestion.Stored>(result);
        var added = Assert.Single(store.Added);
        Assert.Equal(DocumentRecords.Hash(Text), added.Document.ContentHash);
        Assert.Equal("/in/a.txt", added.Document.Path);
        Assert.Contains(added.Claims, c => c.Subject == "iran" && c.Object == "hezbollah" && c.Status == ClaimStatus.Candidate);
        Assert.Equal(added.Claims.Count, stored.Written.ClaimsAdded);
    }

    [Fact]
    public void A_document_the_store_knows_is_not_extracted_or_stored_again()
    {
        var store = new RecordingStore { Known = DocumentRecords.Hash(Text) };

        var result = new DocumentIngestor(store, BundledPipeline.Instance, Today).Ingest(Read, new DocumentOrigin("a.txt"));

        Assert.IsType<DocumentIngestion.AlreadyStored>(result);
        Assert.Empty(store.Added);
    }

    [Fact]
    public void A_document_stored_meanwhile_by_another_writer_counts_as_already_stored()
    {
        var store = new RecordingStore { RefuseAll = true };

        var result = new DocumentIngestor(store, BundledPipeline.Instance, Today).Ingest(Read, new DocumentOrigin("a.txt"));

        Assert.IsType<DocumentIngestion.AlreadyStored>(result);
    }

    [Fact]
    public void An_accepted_origin_stores_accepted_claims() =>
        Assert.All(
            ((DocumentIngestion.Stored)new DocumentIngestor(new RecordingStore(), BundledPipeline.Instance, Today)
                .Ingest(Read, new DocumentOrigin("a.txt") { Accept = true })).Record.Claims,
            c => Assert.Equal(ClaimStatus.Accepted, c.Status));

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_text_as_read() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentRecords.Hash("abc"));

    [Fact]
    public void A_long_non_ascii_text_hashes_all_of_its_bytes() =>
        Assert.NotEqual(DocumentRecords.Hash(new string('é', 100_000)), DocumentRecords.Hash(new string('é', 99_999) + "e"));

    private sealed class RecordingStore : IDocumentStore
    {
        public string? Known { get; init; }
        public bool RefuseAll { get; init; }
        public List<(Document Document, IReadOnlyList<Claim> Claims)> Added { get; } = [];

        public bool HasDocument(string contentHash) => contentHash == Known;

        public DocumentWriteResult AddDocument(Document document, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<ActorCandidate> candidates)
        {
            if (RefuseAll)
                return new DocumentWriteResult(false, 0, 0);
            Added.Add((document, claims));
            return new DocumentWriteResult(true, claims.Count, candidates.Count);
        }
    }
}
