namespace Entente.Cli.Ingest;

/// <summary>
/// The files an ingest reads: files named on the command line as they are (the reader judges them),
/// and, inside directories, recursively, the files whose extension names a document format.
/// </summary>
internal static class DocumentFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inside = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in inside)
                    Add(file);
            }
            else
            {
                Add(path); // a missing or odd file is reported by the reader, with the reason
            }
        }
        return files;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
                files.Add(file);
        }
    }
}
