using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// One node of a page as the cleaner reads it: an element (its tag name, the attributes the cleaner
/// reads, its children) or a run of text. Built from AngleSharp's tokens by <see cref="PageTreeBuilder"/>
/// or copied from its DOM by <see cref="DomPageTree"/>; much lighter than a DOM node, which keeps
/// the state of a live document (observers, events, the whole attribute list).
/// </summary>
internal sealed class PageNode
{
    // The children in an array of their own rather than a list: a page has thousands of parents, and
    // a list was one more object each. It grows as a list would (four, then doubling).
    private PageNode[]? children;
    private int childCount;
    private List<KeyValuePair<string, string>>? attributes;
    private bool textEnded;

    private PageNode(string name, string? data)
    {
        Name = name;
        Data = data ?? "";
    }

    /// <summary>The tag name, lower case for HTML elements; <see cref="TextName"/> for text.</summary>
    public string Name { get; }

    /// <summary>The characters of a text node; empty for an element.</summary>
    public string Data { get; private set; }

    public bool IsText => ReferenceEquals(Name, TextName);

    /// <summary>The parent element; null for the root (and for a node not yet placed).</summary>
    public PageNode? Parent { get; private set; }

    public ReadOnlySpan<PageNode> ChildNodes => children.AsSpan(0, childCount);

    public int AttributeCount => attributes?.Count ?? 0;

    public const string TextName = "#text";

    public static PageNode Element(string name) => new(name, null);

    public static PageNode Element(string name, TagFlags flags) => new(name, null) { Flags = flags };

    /// <summary>What the tree-building rules say about the element's name; set by the streaming reader only.</summary>
    public TagFlags Flags { get; private init; }

    public static PageNode Text(string data) => new(TextName, data);

    public string? GetAttribute(string name)
    {
        if (attributes is null)
            return null;
        foreach (var (key, value) in attributes)
        {
            if (key == name)
                return value;
        }
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>Adds an attribute unless one of that name is there: the first of a name wins, as in the DOM.</summary>
    public void AddAttribute(string name, string value)
    {
        if (HasAttribute(name))
            return;
        (attributes ??= new List<KeyValuePair<string, string>>(2)).Add(new(name, value));
    }

    public void Append(PageNode child)
    {
        textEnded = false;
        child.Parent = this;
        if (children is null)
            children = new PageNode[4];
        else if (childCount == children.Length)
            Array.Resize(ref children, childCount * 2);
        children[childCount++] = child;
    }

    /// <summary>Text appended next starts a node of its own (a comment lay between, which the DOM keeps and this tree does not).</summary>
    public void EndText() => textEnded = true;

    /// <summary>Appends text, joined to a text node that is already the last child (adjacent text is one node in the DOM).</summary>
    public void AppendText(string text)
    {
        if (text.Length == 0)
            return;
        var ended = textEnded;
        textEnded = false;
        if (!ended && childCount > 0 && children![childCount - 1] is { IsText: true } last)
            last.Data = string.Concat(last.Data, text);
        else
            Append(Text(text));
    }

    /// <summary>The text of every text node under this one, in document order (the DOM's TextContent).</summary>
    public string TextContent
    {
        get
        {
            if (IsText)
                return Data;
            if (childCount == 1 && children![0] is { IsText: true } only)
                return only.Data;
            var text = new StringBuilder();
            var stack = new Stack<PageNode>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.IsText)
                {
                    text.Append(node.Data);
                    continue;
                }
                var nodes = node.ChildNodes;
                for (var i = nodes.Length - 1; i >= 0; i--)
                    stack.Push(nodes[i]);
            }
            return text.ToString();
        }
    }

    /// <summary>The elements named <paramref name="name"/> under this one (not itself), in document order.</summary>
    public List<PageNode> Descendants(string name)
    {
        var found = new List<PageNode>();
        var stack = new Stack<PageNode>();
        for (var i = childCount - 1; i >= 0; i--)
            stack.Push(children![i]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.IsText)
                continue;
            if (node.Name == name)
                found.Add(node);
            var nodes = node.ChildNodes;
            for (var i = nodes.Length - 1; i >= 0; i--)
                stack.Push(nodes[i]);
        }
        return found;
    }
}
