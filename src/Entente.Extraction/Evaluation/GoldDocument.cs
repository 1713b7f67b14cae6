using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Entente.Extraction.Evaluation;

/// <summary>A document of the evaluation set and what an analyst says it contains (tests/eval/README.md).</summary>
public sealed record GoldDocument(string Path, string Subject, IReadOnlySet<string> Partners, IReadOnlySet<string> Adversaries, IReadOnlySet<string> NotPartners)
{
    /// <summary>The document's own date: what "former" and "now" mean in it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Actors an analyst could defend either way: neither credited nor held against the extractor.</summary>
    public IReadOnlySet<string> Tolerated { get; init; } = new HashSet<string>();

    /// <summary>Another id that names the same gold entry ("syria" for "assad-government"), to the gold id.</summary>
    public IReadOnlyDictionary<string, string> Alternatives { get; init; } = new Dictionary<string, string>();

    /// <summary>The passages the annotator quotes for each partner and adversary, as evidence of the relation.</summary>
    public IReadOnlyList<GoldEvidence> Evidence { get; init; } = [];

    /// <summary>Every document with a `.gold.yaml` beside it, under <paramref name="folder"/> (recursively).</summary>
    public static IReadOnlyList<GoldDocument> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"No evaluation folder at {folder}.");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var documents = new List<GoldDocument>();
        foreach (var gold in Directory.EnumerateFiles(folder, "*.gold.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = gold[..^".gold.yaml".Length];
            var document = Directory.EnumerateFiles(System.IO.Path.GetDirectoryName(gold)!, System.IO.Path.GetFileName(stem) + ".*")
                .FirstOrDefault(p => !p.EndsWith(".gold.yaml", StringComparison.Ordinal))
                ?? throw new FileNotFoundException($"{gold} has no document beside it ({System.IO.Path.GetFileName(stem)}.txt/.md/.html).");
            var entry = deserializer.Deserialize<GoldEntry>(File.ReadAllText(gold))
                ?? throw new InvalidDataException($"{gold} is empty.");
            documents.Add(new GoldDocument(
                document,
                entry.Subject ?? throw new InvalidDataException($"{gold} has no subject."),
                Ids(entry.Partners),
                Ids(entry.Adversaries),
                Ids(entry.NotPartners))
            {
                Date = DateOnly.TryParse(entry.Date, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null,
                Tolerated = Ids(entry.Tolerated),
                Alternatives = AlternativesOf(entry),
                Evidence = EvidenceOf(entry),
            });
        }
        return documents;
    }

    private static Dictionary<string, string> AlternativesOf(GoldEntry entry)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in (entry.Partners ?? []).Concat(entry.Adversaries ?? []))
        {
            foreach (var alternative in relation.Also ?? [])
            {
                if (relation.Actor is not null)
                    map.TryAdd(alternative, relation.Actor);
            }
        }
        return map;
    }

    private static List<GoldEvidence> EvidenceOf(GoldEntry entry) =>
        (entry.Partners ?? []).Select(r => (r, Hostile: false)).Concat((entry.Adversaries ?? []).Select(r => (r, Hostile: true)))
            .Where(e => e.r.Actor is not null && !string.IsNullOrWhiteSpace(e.r.Evidence))
            .Select(e => new GoldEvidence(e.r.Actor!, e.Hostile, e.r.Evidence!.Trim())).ToList();

    private static HashSet<string> Ids(List<GoldRelation>? relations) =>
        (relations ?? []).Select(r => r.Actor).OfType<string>().ToHashSet(StringComparer.Ordinal);

#pragma warning disable CA1812, CA2227, CA1002 // filled in by the YAML deserializer
    private sealed class GoldEntry
    {
        public string? Subject { get; set; }
        public string? Date { get; set; }
        public List<GoldRelation>? Partners { get; set; }
        public List<GoldRelation>? Adversaries { get; set; }
        public List<GoldRelation>? NotPartners { get; set; }
        public List<GoldRelation>? Tolerated { get; set; }
    }

    private sealed class GoldRelation
    {
        public string? Actor { get; set; }
        public List<string>? Also { get; set; }
        public string? Evidence { get; set; }
    }
#pragma warning restore CA1812, CA2227, CA1002
}

/// <summary>A passage the annotator quotes as evidence that <paramref name="Actor"/> is a partner (or, if hostile, an adversary) of the subject.</summary>
public sealed record GoldEvidence(string Actor, bool Hostile, string Text);
