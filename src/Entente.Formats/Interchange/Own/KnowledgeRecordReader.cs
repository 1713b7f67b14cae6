using System.Globalization;

namespace Entente.Formats.Interchange.Own;

/// <summary>
/// Turns records of our own CSV or JSON export back into actors, sources and claims. Every field
/// that fails to parse becomes a problem naming where it is; a record with a problem yields nothing.
/// </summary>
internal sealed class KnowledgeRecordReader(List<ReadProblem> problems)
{
    public Actor? Actor(IKnowledgeRecord r) => Guard(() => new Actor(Required(r, "id"), Field(r, "kind", () => ActorKinds.Parse(Required(r, "kind"))), Required(r, "name"))
    {
        OfficialName = r.Text("official_name"),
        Iso2 = r.Text("iso2"),
        Iso3 = r.Text("iso3"),
        Capital = r.Text("capital"),
        Demonym = r.Text("demonym"),
        Country = r.Text("country"),
        Parent = r.Text("parent"),
        Governs = r.Text("governs"),
        Since = Date(r, "since"),
        Until = Date(r, "until"),
        GreatPower = Bool(r, "great_power"),
        BlocType = r.Text("bloc_type"),
        Description = r.Text("description"),
        Names = Field(r, "names", r.Names),
    });

    public Source? Source(IKnowledgeRecord r) => Guard(() => new Source(
        Required(r, "id"), Required(r, "title", allowEmpty: true), Required(r, "publisher", allowEmpty: true),
        Field(r, "reliability", () => Reliability.Parse(Required(r, "reliability"))))
    {
        Url = r.Text("url"),
        Published = Date(r, "published"),
        Retrieved = r.Text("retrieved") is { } day
            ? Field(r, "retrieved", () => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            : null,
        ContentHash = r.Text("content_hash"),
    });

    public Claim? Claim(IKnowledgeRecord r) => Guard(() => new Claim(Required(r, "subject"), Required(r, "object"), Required(r, "source"))
    {
        Relation = r.Text("relation") is { } relation ? Field(r, "relation", () => RelationTypes.Parse(relation)) : null,
        Areas = Field(r, "areas", () => r.List("areas").Select(Areas.Parse).ToList()),
        Directed = Bool(r, "directed"),
        Polarity = r.Text("polarity") is { } polarity ? Field(r, "polarity", () => ClaimVocabulary.ParsePolarity(polarity)) : Polarity.Asserts,
        Hedged = Bool(r, "hedged"),
        Validity = Field(r, "until", () => new Validity(Date(r, "from"), Date(r, "until"))),
        Quote = r.Text("quote"),
        QuoteStart = Int(r, "quote_start"),
        QuoteEnd = Int(r, "quote_end"),
        Note = r.Text("note"),
        ProducedBy = r.Text("produced_by") ?? "unknown",
        Status = r.Text("status") is { } status ? Field(r, "status", () => ClaimVocabulary.ParseStatus(status)) : ClaimStatus.Candidate,
    });

    /// <summary>A document with its text; null (and no problem) when the export did not carry the text.</summary>
    public Document? Document(IKnowledgeRecord r) => r.Text("text") is not { } text ? null : Guard(() =>
        new Document(Required(r, "content_hash"), Required(r, "source"), text)
        {
            Path = r.Text("path"),
            Title = r.Text("title"),
            Published = Date(r, "published"),
            Url = r.Text("url"),
            Extractor = r.Text("extractor") ?? "unknown",
        });

    /// <summary>Thrown inside a record's parse after its problem is recorded, to skip the rest of it.</summary>
    private sealed class FieldFailed : Exception;

    private static T? Guard<T>(Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (FieldFailed)
        {
            return null;
        }
    }

    private T Field<T>(IKnowledgeRecord r, string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            problems.Add(r.Problem(field, e.Message));
            throw new FieldFailed();
        }
    }

    private string Required(IKnowledgeRecord r, string field, bool allowEmpty = false)
    {
        if (r.Text(field) is { } text)
            return text;
        if (allowEmpty)
            return "";
        problems.Add(r.Problem(field, $"{field} is required and is empty"));
        throw new FieldFailed();
    }

    private PartialDate? Date(IKnowledgeRecord r, string field) =>
        r.Text(field) is { } text ? Field(r, field, () => PartialDate.Parse(text)) : null;

    private bool Bool(IKnowledgeRecord r, string field) => r.Text(field) switch
    {
        null => false,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var t => Field<bool>(r, field, () => throw new FormatException($"'{t}' is not true or false.")),
    };

    private int? Int(IKnowledgeRecord r, string field) =>
        r.Text(field) is { } text
            ? Field(r, field, () => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new FormatException($"'{text}' is not a whole number ≥ 0."))
            : null;
}
