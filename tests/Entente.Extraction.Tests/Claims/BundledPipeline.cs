using Entente.Extraction.Claims;
using Entente.Extraction.Documents;
using Entente.Formats.Bundled;

namespace Entente.Extraction.Tests.Claims;

/// <summary>The whole pipeline over the bundled actors, and short ways to read what it finds.</summary>
internal static class BundledPipeline
{
    private static readonly Lazy<ExtractionPipeline> Built = new(() => new ExtractionPipeline(BundledKnowledge.Load().Batch.Actors.ToList()));

    public static ExtractionPipeline Instance => Built.Value;

    public static DocumentClaims Read(string text, DocumentFormat format = DocumentFormat.Markdown) =>
        Instance.Extract(text, format, new DateOnly(2025, 6, 1)).Found;

    /// <summary>Asserted claims as "subject relation object", the form the tests read best in.</summary>
    public static string[] Asserted(string text, DocumentFormat format = DocumentFormat.Markdown) =>
        Read(text, format).Claims.Where(c => c.Polarity == Polarity.Asserts).Select(Line).Order(StringComparer.Ordinal).ToArray();

    public static string Line(ExtractedClaim c) => $"{c.Subject} {c.Relation.ToWire()} {c.Object}";

    /// <summary>The actors an asserted claim ties to <paramref name="subject"/> as partners (not hostile).</summary>
    public static string[] PartnersOf(string subject, string text) =>
        Read(text).Claims.Where(c => c.Polarity == Polarity.Asserts && !c.Relation.IsHostile() && (c.Subject == subject || c.Object == subject))
            .Select(c => c.Subject == subject ? c.Object : c.Subject).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static string[] AdversariesOf(string subject, string text) =>
        Read(text).Claims.Where(c => c.Polarity == Polarity.Asserts && c.Relation.IsHostile() && (c.Subject == subject || c.Object == subject))
            .Select(c => c.Subject == subject ? c.Object : c.Subject).Distinct().Order(StringComparer.Ordinal).ToArray();
}
