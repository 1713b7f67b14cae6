using Entente.Extraction.Claims;
using Entente.Extraction.Documents;
using Entente.Extraction.Mentions;
using Entente.Extraction.Segmentation;

namespace Entente.Extraction;

/// <summary>A document after the whole pipeline: its cleaned text and what it says.</summary>
public sealed record ExtractedDocument(CleanDocument Document, string Text, DocumentClaims Found);

/// <summary>
/// Document text to claims: clean → segment → mentions → claims. Built once from the actors the
/// database knows (they make the gazetteer); immutable afterwards, so one pipeline serves every
/// document on every thread. Storage is not its business: callers store what it returns.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly DocumentCleaner _cleaner;
    private readonly Segmenter _segmenter;
    private readonly ClaimExtractor _claims;

    public ExtractionPipeline(IReadOnlyCollection<Actor> actors, CleanerOptions? cleaning = null, SegmenterOptions? segmenting = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        Gazetteer = Gazetteer.Build(actors);
        _cleaner = new DocumentCleaner(cleaning);
        _segmenter = new Segmenter(segmenting);
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _claims = new ClaimExtractor(CueLexicon.Embedded(), byId, Gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    public ExtractedDocument Extract(string text, DocumentFormat format, DateOnly today, string? givenSubject = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Clean(text, format);
        return new ExtractedDocument(document, document.Text, _claims.Extract(document, Segment(document), today, givenSubject));
    }

    // The stages one by one, for callers that time or inspect them.
    public CleanDocument Clean(string text, DocumentFormat format) => _cleaner.Clean(text, format);

    public IReadOnlyList<Unit> Segment(CleanDocument document) => _segmenter.Split(document);

    /// <summary>Mentions and claims of a segmented document.</summary>
    public DocumentClaims ReadClaims(CleanDocument document, IReadOnlyList<Unit> units, DateOnly today) => _claims.Extract(document, units, today);
}
