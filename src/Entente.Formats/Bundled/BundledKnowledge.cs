namespace Entente.Formats.Bundled;

/// <summary>The bundled knowledge, ready to store, and what is wrong with it (empty when all is well).</summary>
public sealed record BundledKnowledge(KnowledgeBatch Batch, IReadOnlyList<string> Problems)
{
    /// <summary>Reads, checks and maps the knowledge embedded in this assembly.</summary>
    public static BundledKnowledge Load() => Read(BundledFiles.Embedded());

    public static BundledKnowledge Read(IReadOnlyList<BundledFile> files)
    {
        var parsed = KnowledgeFileParser.Parse(files, out var parseProblems);
        var problems = parseProblems.Concat(new BundledKnowledgeValidator(parsed).Validate()).ToList();
        return new BundledKnowledge(BundledKnowledgeMapper.Map(parsed), problems);
    }

    /// <summary>Actors only: the gazetteer, for a database created with --empty.</summary>
    public KnowledgeBatch ActorsOnly => Batch with { Sources = [], Claims = [] };
}
