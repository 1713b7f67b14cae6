using System.Text;

namespace Entente.Benchmarks.Ingest;

/// <summary>
/// A corpus of whole documents made by repeating the evaluation documents in a seeded shuffle until
/// it holds the asked size. Each copy ends with its number, so every copy is a new document to the
/// store (ingesting the same text twice is a no-op, which would measure nothing).
/// </summary>
internal static class DocumentCorpus
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static (List<string> Files, long Bytes) Write(string evalFolder, string outFolder, long bytes)
    {
        var originals = Directory.EnumerateFiles(evalFolder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Extension: Path.GetExtension(f), Text: File.ReadAllText(f)))
            .ToList();
        if (originals.Count == 0)
            throw new InvalidOperationException($"No documents under {evalFolder}.");
        Directory.CreateDirectory(outFolder);
        var random = new Random(20260115);
        var order = Enumerable.Range(0, originals.Count).ToArray();
        var files = new List<string>();
        long written = 0;
        while (written < bytes)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (extension, text) = originals[i];
                var copy = files.Count;
                var marked = extension.StartsWith(".htm", StringComparison.OrdinalIgnoreCase) ? $"{text}\n<!-- copy {copy} -->\n" : $"{text}\n\nCopy {copy}.\n";
                var path = Path.Combine(outFolder, $"{copy:D6}{extension}");
                File.WriteAllText(path, marked, new UTF8Encoding(false));
                files.Add(path);
                written += Encoding.UTF8.GetByteCount(marked);
            }
        }
        return (files, written);
    }
}
