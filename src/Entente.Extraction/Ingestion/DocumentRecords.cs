using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Entente.Extraction.Claims;

namespace Entente.Extraction.Ingestion;

/// <summary>Turns what the pipeline read from a document into the records the store keeps.</summary>
public static class DocumentRecords
{
    /// <summary>SHA-256 of the document's text as read (before cleaning): the same text is the same document.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The bytes are needed only while hashing: a pooled buffer, not a new array per document.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string SourceId(string contentHash) => "doc-" + contentHash[..16];

    public static DocumentRecord From(ExtractedDocument extracted, string contentHash, DocumentOrigin origin, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(origin);
        var clean = extracted.Document;
        var text = extracted.Text;
        var sourceId = SourceId(contentHash);
        var url = clean.Url ?? origin.Url;
        var source = new Source(sourceId, Title(clean.Title, origin.Name), clean.Publisher ?? Publisher(url, origin.Name), origin.Reliability)
        {
            Url = url,
            Published = clean.Date,
            Retrieved = today,
            ContentHash = contentHash,
        };
        var document = new Document(contentHash, sourceId, text)
        {
            Path = origin.Path,
            Title = clean.Title,
            Published = clean.Date,
            Url = url,
            Extractor = ClaimExtractor.Version,
        };
        var status = origin.Accept ? ClaimStatus.Accepted : ClaimStatus.Candidate;
        var claims = extracted.Found.Claims.Select(c => ToClaim(c, sourceId, text, status)).ToList();
        var candidates = extracted.Found.Candidates
            .Select(c => new ActorCandidate(c.Id, c.Name) { Quote = Slice(text, c.QuoteStart, c.QuoteEnd) })
            .ToList();
        return new DocumentRecord(document, source, claims, candidates)
        {
            Subject = extracted.Found.Subject,
            Warnings = clean.Warnings,
        };
    }

    private static Claim ToClaim(ExtractedClaim found, string sourceId, string text, ClaimStatus status) =>
        new(found.Subject, found.Object, sourceId)
        {
            Relation = found.Relation,
            Areas = found.Areas,
            Directed = found.Directed,
            Polarity = found.Polarity,
            Hedged = found.Hedged,
            Validity = found.Validity,
            Quote = Slice(text, found.QuoteStart, found.QuoteEnd),
            QuoteStart = found.QuoteStart,
            QuoteEnd = found.QuoteEnd,
            ProducedBy = $"{ClaimExtractor.Version} ({found.Rule})",
            Status = status,
        };

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    private static string Title(string? title, string name) =>
        string.IsNullOrWhiteSpace(title) ? System.IO.Path.GetFileName(name) is { Length: > 0 } file ? file : name : title;

    /// <summary>Without a named publisher, the site (from the URL) or, failing that, the file stands in.</summary>
    private static string Publisher(string? url, string name) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : $"Ingested file {System.IO.Path.GetFileName(name)}";
}
