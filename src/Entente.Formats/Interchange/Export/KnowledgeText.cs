using System.Globalization;
using Entente.Formats.Interchange.Own;

namespace Entente.Formats.Interchange.Export;

/// <summary>
/// Each field of actors, sources, claims and relations as the text CSV and JSON exports write:
/// wire names for vocabulary, YYYY[-MM[-DD]] for dates, "true"/"false", invariant numbers.
/// </summary>
internal static class KnowledgeText
{
    public static string?[] Actor(Actor a) =>
    [
        a.Id, a.Kind.ToWire(), a.Name, a.OfficialName, a.Iso2, a.Iso3, a.Capital, a.Demonym, a.Country, a.Parent, a.Governs,
        a.Since?.ToString(), a.Until?.ToString(), Bool(a.GreatPower), a.BlocType, a.Description, NamesCell.Write(a.Names),
    ];

    public static string?[] Source(Source s) =>
        [s.Id, s.Title, s.Publisher, s.Url, s.Published?.ToString(), Day(s.Retrieved), s.Reliability.ToString(), s.ContentHash];

    public static string?[] Claim(Claim c) =>
    [
        ClaimKey.Of(c), c.Subject, c.Object, c.Relation?.ToWire(), Areas(c.Areas), Bool(c.Directed), c.Polarity.ToWire(), Bool(c.Hedged),
        c.Validity.From?.ToString(), c.Validity.Until?.ToString(), c.SourceId, c.Quote, Int(c.QuoteStart), Int(c.QuoteEnd), c.Note,
        c.ProducedBy, c.Status.ToWire(),
    ];

    public static string?[] Relation(AssessedRelation r, DateOnly asOf) =>
    [
        r.SourceId, r.TargetId, Bool(r.Directed), r.Type.ToWire(), Areas(r.Areas), Number(r.Score), Number(r.Confidence),
        Bool(r.Contested), Bool(r.Former), r.Since?.ToString(), r.Until?.ToString(), Day(asOf),
        string.Join(';', r.Claims.Select(ClaimKey.Of)), string.Join(';', r.Sources.Select(s => s.Id)),
    ];

    public static string Areas(IEnumerable<Area> areas) => string.Join(';', areas.Select(a => a.ToWire()));

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
