using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Entente.Extraction.Evaluation;

/// <summary>A document of the evaluation set and what an analyst says it contains (tests/eval/README.md).</summary>
public sealed record GoldDocument(string Path, string Subject, IReadOnlySet<string> Partners, IReadOnlySet<string> Adversaries, IReadOnlySet<string> NotPartners)
{
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
                Ids(entry.NotPartners)));
        }
        return documents;
    }

    private static HashSet<string> Ids(List<GoldRelation>? relations) =>
        (relations ?? []).Select(r => r.Actor).OfType<string>().ToHashSet(StringComparer.Ordinal);

#pragma warning disable CA1812, CA2227, CA1002 // filled in by the YAML deserializer
    private sealed class GoldEntry
    {
        public string? Subject { get; set; }
        public List<GoldRelation>? Partners { get; set; }
        public List<GoldRelation>? Adversaries { get; set; }
        public List<GoldRelation>? NotPartners { get; set; }
    }

    private sealed class GoldRelation
    {
        public string? Actor { get; set; }
    }
#pragma warning restore CA1812, CA2227, CA1002
}
