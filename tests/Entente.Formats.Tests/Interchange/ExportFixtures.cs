using Entente.Formats.Bundled;
using Entente.Formats.Interchange.Export;

namespace Entente.Formats.Tests.Interchange;

/// <summary>The knowledge the export tests write: the bundled data, and a small base with an ingested document.</summary>
internal static class ExportFixtures
{
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    private static readonly Lazy<KnowledgeBatch> BundledBatch = new(() => BundledKnowledge.Load().Batch);

    public static KnowledgeBatch Bundled => BundledBatch.Value;

    public static ExportSet BundledSet(ExportScope? scope = null) => ExportSet.Build(Bundled, AsOf, scope);

    public static byte[] Export(ExportFormat format, ExportSet set)
    {
        using var buffer = new MemoryStream();
        KnowledgeExport.Write(format, set, buffer);
        return buffer.ToArray();
    }

    /// <summary>Two actors, an article read into two claims (one accepted), and a hostile third party.</summary>
    public static KnowledgeBatch WithDocument()
    {
        var article = new Source("doc-article", "Tehran \"deepens\" ties, report says", "Example Wire", Reliability.Parse("B2"))
        {
            Url = "https://example.org/news/1",
            Published = PartialDate.Parse("2025-03-04"),
            Retrieved = new DateOnly(2025, 3, 5),
            ContentHash = "3f2a9c0e5b7d4e1f8a6c2b9d0e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f",
        };
        var think = new Source("think", "Annual survey", "Institute, Inc.", Reliability.Parse("A1")) { Published = PartialDate.Parse("2024") };
        Actor[] actors =
        [
            new("iran", ActorKind.State, "Iran") { Iso2 = "IR", Iso3 = "IRN", Names = [new ActorName("ایران", NameKind.Native, "fa")] },
            new("hezbollah", ActorKind.NonStateArmedGroup, "Hezbollah") { Country = "LBN", Names = [new ActorName("Hizb Allah, \"Party of God\"", NameKind.Alias)] },
            new("israel", ActorKind.State, "Israel") { Iso2 = "IL", Iso3 = "ISR" },
        ];
        Claim[] claims =
        [
            new("iran", "hezbollah", "doc-article")
            {
                Relation = RelationType.Proxy, Directed = true, Areas = [Area.Weapons, Area.Funding], Status = ClaimStatus.Accepted,
                Validity = new Validity(PartialDate.Parse("1982"), null), Quote = "Iran arms, funds, and trains\nHezbollah", QuoteStart = 10, QuoteEnd = 48,
                ProducedBy = "extractor 0.3",
            },
            new("hezbollah", "israel", "doc-article") { Relation = RelationType.Adversary, Status = ClaimStatus.Candidate, ProducedBy = "extractor 0.3" },
            new("iran", "israel", "think")
            {
                Relation = RelationType.Adversary, Status = ClaimStatus.Accepted, Note = "Open hostility; strikes in 2024.", ProducedBy = "bundled-data",
                Validity = new Validity(PartialDate.Parse("1979-02"), null),
            },
        ];
        return new KnowledgeBatch(actors, [article, think], claims);
    }
}
