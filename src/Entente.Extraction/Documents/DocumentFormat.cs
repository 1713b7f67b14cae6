namespace Entente.Extraction.Documents;

/// <summary>How a file's text is to be cleaned.</summary>
public enum DocumentFormat
{
    /// <summary>Prose in paragraphs; bullets, pipe tables and pasted HTML fragments are still recognised.</summary>
    PlainText,
    Markdown,
    Html,
}
