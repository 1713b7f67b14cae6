using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Benchmarks.Extraction;

/// <summary>
/// A large text made of the evaluation documents' paragraphs, repeated and shuffled (seeded, so
/// every run reads the same text). HTML is stripped crudely: a benchmark corpus, not a cleaner.
/// </summary>
internal static partial class EvaluationCorpus
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    /// <summary>The paragraphs of every evaluation document under <paramref name="folder"/>.</summary>
    public static List<string> Paragraphs(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new InvalidOperationException($"No .txt, .md, .html or .htm files under {folder}.");
        var paragraphs = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (Path.GetExtension(file).StartsWith(".htm", StringComparison.OrdinalIgnoreCase))
                text = StripTags(text);
            foreach (var paragraph in BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
            {
                var trimmed = paragraph.Trim();
                if (trimmed.Length > 0)
                    paragraphs.Add(trimmed);
            }
        }
        return paragraphs;
    }

    /// <summary>Writes shuffled rounds of the paragraphs, one blank line between them, until the file holds at least <paramref name="bytes"/> bytes.</summary>
    public static long Write(IReadOnlyList<string> paragraphs, string path, long bytes)
    {
        var random = new Random(20260115);
        var order = Enumerable.Range(0, paragraphs.Count).ToArray();
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        long written = 0;
        while (written < bytes)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                file.Write(paragraphs[i]);
                file.Write("\n\n");
                written += Encoding.UTF8.GetByteCount(paragraphs[i]) + 2;
            }
        }
        return written;
    }

    private static string StripTags(string html)
    {
        var text = ScriptsAndStyles().Replace(html, " ");
        text = BlockEnds().Replace(text, "\n\n");
        text = Tags().Replace(text, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ");
    }

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptsAndStyles();

    [GeneratedRegex(@"</(p|div|li|h[1-6]|tr|table|ul|ol|section|article|header|footer|nav)\s*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
