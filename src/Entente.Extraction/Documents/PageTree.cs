namespace Entente.Extraction.Documents;

/// <summary>A page read into <see cref="PageNode"/>s: its root element, its body, and its title as the DOM's document.title gives it.</summary>
internal sealed record PageTree(PageNode Root, PageNode Body, string Title);
