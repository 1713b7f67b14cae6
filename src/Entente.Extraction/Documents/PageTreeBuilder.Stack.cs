using AngleSharp.Html;

namespace Entente.Extraction.Documents;

// The stack of open elements and what the tree-building rules do with it: insert, pop, scope, formatting, text.
internal sealed partial class PageTreeBuilder
{
    private void Fail() => failed = true;

    private void Doctype(string name, bool forcedQuirks, bool noPublicId, bool noSystemId)
    {
        if (mode != Mode.Initial)
            return;
        // A doctype other than <!DOCTYPE html> may set quirks or limited quirks, worked out by rules
        // the streaming reader does not repeat.
        if (name != "html" || forcedQuirks || !noPublicId || !noSystemId)
            Fail();
        mode = Mode.BeforeHtml;
    }

    private void CreateRoot(bool withAttributes)
    {
        root = PageNode.Element("html", TagFlags.Special | TagFlags.Scope);
        if (withAttributes)
            AddAttributes(root);
        open.Add(root);
    }

    private PageNode Insert(string name, bool withAttributes = true)
    {
        var element = PageNode.Element(name, withAttributes ? tagFlags : NamePool.Lookup(name).Flags);
        if (withAttributes)
            AddAttributes(element);
        Current.Append(element);
        open.Add(element);
        if (name == "title" && title is null)
            title = element;
        return element;
    }

    private void InsertVoid(string name)
    {
        Insert(name);
        Pop();
    }

    private void AddAttributes(PageNode element)
    {
        foreach (var (name, value) in attributes)
            element.AddAttribute(name, value);
    }

    private void InsertText(string text)
    {
        if (!IsBlank(text))
            Current.AppendText(text);
    }

    private void Pop() => open.RemoveAt(open.Count - 1);

    /// <summary>Pops elements up to and including the nearest <paramref name="name"/> (or up to the root).</summary>
    private void PopThrough(string name)
    {
        while (Current.Name != name && Current != root)
            Pop();
        Pop();
    }

    private void PopThroughAny(IReadOnlySet<string> names)
    {
        while (!names.Contains(Current.Name) && Current != root)
            Pop();
        Pop();
    }

    /// <summary>Pops elements until the current one is named <paramref name="name"/> (or one of <paramref name="others"/>, or the root).</summary>
    private void ClearBackTo(string name, IReadOnlySet<string>? others = null)
    {
        while (Current.Name != name && Current != root && (others is null || !others.Contains(Current.Name)))
            Pop();
    }

    private void GenerateImpliedEnds(string? except = null)
    {
        while ((Current.Flags & TagFlags.ImpliedEnd) != 0 && Current.Name != except)
            Pop();
    }

    private bool InScope(string name, Scope scope = Scope.Default) => InScope(name, null, scope);

    private bool InScope(string? name, IReadOnlySet<string>? names, Scope scope = Scope.Default)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            var node = open[i].Name;
            if (node == name || (names is not null && names.Contains(node)))
                return true;
            var bounds = (open[i].Flags & TagFlags.Scope) != 0;
            var bound = scope switch
            {
                Scope.Table => node is "html" or "table" or "template",
                Scope.ListItem => bounds || node is "ol" or "ul",
                Scope.Button => bounds || node == "button",
                _ => bounds,
            };
            if (bound)
                return false;
        }
        return false;
    }

    private enum Scope
    {
        Default, ListItem, Button, Table,
    }

    /// <summary>
    /// The parser reopens a formatting element that a block closed ("&lt;p&gt;&lt;b&gt;a&lt;p&gt;b" makes
    /// "b" bold too), copying it into the tree: the streaming reader does not, so it gives up.
    /// </summary>
    private void ReconstructFormatting()
    {
        if (formatting.Count > 0 && formatting[^1] is { } last && !open.Contains(last))
            Fail();
    }

    private void ClearFormattingToMarker()
    {
        while (formatting.Count > 0)
        {
            var entry = formatting[^1];
            formatting.RemoveAt(formatting.Count - 1);
            if (entry is null)
                return;
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
                return false;
        }
        return true;
    }

    /// <summary>document.title: runs of HTML whitespace as one space, none at the ends.</summary>
    private static string CollapseSpaces(string text)
    {
        var collapsed = new System.Text.StringBuilder(text.Length);
        var pending = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
                pending = collapsed.Length > 0;
            else
            {
                if (pending)
                    collapsed.Append(' ');
                collapsed.Append(c);
                pending = false;
            }
        }
        return collapsed.ToString();
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static int LeadingSpace(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
            i++;
        return i;
    }
}
