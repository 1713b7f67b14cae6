using System.Reflection;

namespace Entente.Formats.Bundled;

/// <summary>The YAML files of data/: embedded in this assembly, or read from a folder (for validating edits).</summary>
public sealed record BundledFile(string Name, string Text);

public static class BundledFiles
{
    public static IReadOnlyList<BundledFile> Embedded()
    {
        var assembly = typeof(BundledFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("data/", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new BundledFile(n, Read(assembly, n)))
            .ToList();
    }

    public static IReadOnlyList<BundledFile> FromFolder(string dataFolder) =>
        Directory.EnumerateFiles(dataFolder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => new BundledFile("data/" + Path.GetRelativePath(dataFolder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
