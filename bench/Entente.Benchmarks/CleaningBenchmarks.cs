using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Entente.Extraction.Documents;

namespace Entente.Benchmarks;

/// <summary>
/// Document cleaning on one core: a corpus of generated articles (about 6 MB each) as plain
/// text, as Markdown and as web pages with navigation, share bars, comments and a table; and the
/// evaluation documents (tests/eval) of each format as read from disk, which is what the ingest
/// benchmark cleans. The same web pages with one misnested bold tag each show what a page costs
/// when the streaming reader leaves it to AngleSharp's full parser. MB/s is the corpus size printed
/// at setup divided by the mean time of one pass.
/// </summary>
[MemoryDiagnoser]
public class CleaningBenchmarks
{
    private const int Documents = 200;
    private const int ParagraphsPerDocument = 80;

    private static readonly string[] Sentences =
    [
        "Iran has supplied Hezbollah with rockets, funding and training since 1982, according to U.S. officials.",
        "The Houthis, backed by Tehran, struck shipping in the Red Sea on 2024-01-12 and again in March.",
        "Russia and China deepened economic ties with Iran under a 25-year agreement worth $400 billion.",
        "Oman has long acted as a mediator between Washington and Tehran, hosting talks in Muscat.",
        "Syria was Iran's closest state ally until the fall of Assad in December 2024.",
        "Resolution 1701 (2006) called for the disarmament of armed groups in southern Lebanon.",
        "Analysts describe the Axis of Resistance as a network of partners rather than a formal alliance.",
        "Kata'ib Hezbollah and Harakat al-Nujaba are reportedly armed and funded by the IRGC's Quds Force.",
    ];

    private readonly DocumentCleaner cleaner = new();
    private string[] text = [];
    private string[] markdown = [];
    private string[] html = [];
    private string[] misnestedHtml = [];
    private readonly Dictionary<DocumentFormat, string[]> evaluation = [];

    [GlobalSetup]
    public void Setup()
    {
        text = [.. Enumerable.Range(0, Documents).Select(i => Article(i, markdown: false))];
        markdown = [.. Enumerable.Range(0, Documents).Select(i => Article(i, markdown: true))];
        html = [.. Enumerable.Range(0, Documents).Select(Page)];
        // "<b>" left open across paragraphs is reopened by the parser in each: not a tree the streaming reader builds.
        misnestedHtml = [.. html.Select(page => page.Replace("<div class=\"share-bar\">", "<p><b>Bold<p>across</b></p><div class=\"share-bar\">", StringComparison.Ordinal))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// corpus: text {Megabytes(text):0.00} MB, markdown {Megabytes(markdown):0.00} MB, html {Megabytes(html):0.00} MB, {Documents} documents each"));
        var reader = new DocumentReader();
        var read = Directory.EnumerateFiles(Path.Combine(RepositoryFolder.Root(), "tests", "eval"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".html" or ".htm")
            .Order(StringComparer.Ordinal)
            .Select(f => reader.Read(f)).OfType<ReadResult.Read>().ToList();
        foreach (var format in Enum.GetValues<DocumentFormat>())
        {
            evaluation[format] = [.. read.Where(d => d.Format == format).Select(d => d.Text)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// evaluation {format}: {evaluation[format].Length} documents, {Megabytes(evaluation[format]):0.000} MB"));
        }
    }

    [Benchmark(Description = "clean evaluation text documents")]
    public int CleanEvaluationText() => CleanAll(evaluation[DocumentFormat.PlainText], DocumentFormat.PlainText);

    [Benchmark(Description = "clean evaluation Markdown documents")]
    public int CleanEvaluationMarkdown() => CleanAll(evaluation[DocumentFormat.Markdown], DocumentFormat.Markdown);

    [Benchmark(Description = "clean evaluation HTML documents")]
    public int CleanEvaluationHtml() => CleanAll(evaluation[DocumentFormat.Html], DocumentFormat.Html);

    [Benchmark(Description = "clean plain text corpus")]
    public int CleanText() => CleanAll(text, DocumentFormat.PlainText);

    [Benchmark(Description = "clean Markdown corpus")]
    public int CleanMarkdown() => CleanAll(markdown, DocumentFormat.Markdown);

    [Benchmark(Description = "clean HTML corpus")]
    public int CleanHtml() => CleanAll(html, DocumentFormat.Html);

    [Benchmark(Description = "clean HTML corpus, every page left to the full parser")]
    public int CleanMisnestedHtml() => CleanAll(misnestedHtml, DocumentFormat.Html);

    private int CleanAll(string[] documents, DocumentFormat format)
    {
        var blocks = 0;
        foreach (var document in documents)
            blocks += cleaner.Clean(document, format).Blocks.Count;
        return blocks;
    }

    private static double Megabytes(string[] documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d)) / (1024.0 * 1024.0);

    private static IEnumerable<string> Paragraphs(int seed)
    {
        var random = new Random(seed);
        for (var p = 0; p < ParagraphsPerDocument; p++)
            yield return string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentences[random.Next(Sentences.Length)]));
    }

    private static string Article(int seed, bool markdown)
    {
        var article = new StringBuilder();
        article.Append(markdown ? "# " : "").Append("Iran's partners, part ").Append(seed).Append("\n\nBy Jane Doe\n\n");
        var index = 0;
        foreach (var paragraph in Paragraphs(seed))
        {
            if (index++ % 10 == 0)
            {
                article.Append(markdown ? "## " : "").Append("Core Regional Allies ").Append(index).Append("\n\n");
                article.Append("- Hezbollah (Lebanon)\n- The Houthis (Yemen)\n- Hamas\n\n");
                article.Append("| Actor | Type | Areas |\n|---|---|---|\n| Hezbollah | proxy | weapons, funding |\n\nAdvertisement\n\n");
            }
            article.Append(markdown ? paragraph.Replace("Hezbollah", "**Hezbollah**", StringComparison.Ordinal) : paragraph).Append("\n\n");
        }
        return article.ToString();
    }

    private static string Page(int seed)
    {
        var page = new StringBuilder("<!DOCTYPE html><html><head><title>Iran's partners | Example News</title>");
        page.Append("<meta property=\"article:published_time\" content=\"2025-01-15\"><script>var x = 1;</script></head><body>");
        page.Append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav></header>");
        page.Append("<main><article><h1>Iran's partners, part ").Append(seed).Append("</h1><div class=\"share-bar\">Share on X</div>");
        var index = 0;
        foreach (var paragraph in Paragraphs(seed))
        {
            if (index++ % 10 == 0)
                page.Append("<h2>Core regional allies</h2><table><tr><th>Actor</th><th>Type</th></tr><tr><td>Hezbollah</td><td>proxy</td></tr></table>");
            page.Append("<p>").Append(paragraph.Replace("Hezbollah", "<a href=\"/h\">Hezbollah</a>", StringComparison.Ordinal)).Append("</p>");
        }
        page.Append("<div class=\"author-box\"><p>Jane Doe writes about the region.</p></div></article>");
        page.Append("<section id=\"comments\"><div class=\"comment\"><p>Nice.</p></div></section></main><footer>(c) Example</footer></body></html>");
        return page.ToString();
    }
}
