namespace Entente.Formats.Interchange.Own;

/// <summary>The header of each CSV file of a knowledge export; the reader finds columns by these names.</summary>
public static class KnowledgeColumns
{
    public const string ActorsFile = "actors.csv";
    public const string SourcesFile = "sources.csv";
    public const string ClaimsFile = "claims.csv";
    public const string RelationsFile = "relations.csv";

    public static readonly IReadOnlyList<string> Actors =
    [
        "id", "kind", "name", "official_name", "iso2", "iso3", "capital", "demonym", "country", "parent", "governs",
        "since", "until", "great_power", "bloc_type", "description", "names",
    ];

    public static readonly IReadOnlyList<string> Sources = ["id", "title", "publisher", "url", "published", "retrieved", "reliability", "content_hash"];

    public static readonly IReadOnlyList<string> Claims =
    [
        "id", "subject", "object", "relation", "areas", "directed", "polarity", "hedged", "from", "until", "source",
        "quote", "quote_start", "quote_end", "note", "produced_by", "status",
    ];

    /// <summary>Derived from the claims as of a date; written for other tools, never read back.</summary>
    public static readonly IReadOnlyList<string> Relations =
    [
        "source", "target", "directed", "relation", "areas", "score", "confidence", "contested", "former", "since", "until",
        "as_of", "claims", "sources",
    ];
}
