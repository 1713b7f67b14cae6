using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Entente.Formats.Bundled;

/// <summary>A parsed file with its name, so problems can say where they are.</summary>
internal sealed record ParsedFile(string Name, KnowledgeFile Content);

internal static class KnowledgeFileParser
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<ParsedFile> Parse(IReadOnlyList<BundledFile> files, out List<string> problems)
    {
        problems = [];
        var parsed = new List<ParsedFile>();
        foreach (var file in files)
        {
            try
            {
                parsed.Add(new ParsedFile(file.Name, Deserializer.Deserialize<KnowledgeFile>(file.Text) ?? new KnowledgeFile()));
            }
            catch (YamlException e)
            {
                var cause = e.InnerException?.Message ?? e.Message;
                problems.Add($"{file.Name}:{e.Start.Line}:{e.Start.Column}: {cause}");
            }
        }
        return parsed;
    }
}
