using Entente.Extraction.Documents;

namespace Entente.Extraction.Tests.Documents;

/// <summary>Shortcuts for the cleaner tests: one shared cleaner, as the pipeline uses it.</summary>
internal static class Cleaning
{
    public static DocumentCleaner Cleaner { get; } = new();

    public static CleanDocument Html(string html) => Cleaner.Clean(html, DocumentFormat.Html);

    public static CleanDocument Text(string text) => Cleaner.Clean(text, DocumentFormat.PlainText);

    public static CleanDocument Markdown(string text) => Cleaner.Clean(text, DocumentFormat.Markdown);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Documents", name));

    /// <summary>The blocks as "Kind: text" lines, headings with their level: easy to compare and to read in a failure.</summary>
    public static string[] Shape(CleanDocument document) =>
        [.. document.Blocks.Select(b => b.Kind == BlockKind.Heading ? $"Heading{b.Level}: {b.Text}" : $"{b.Kind}: {b.Text}")];
}
