namespace Entente.Extraction.Documents;

/// <summary>
/// What the tree-building rules say about a tag name, worked out once per name (see <see cref="NamePool"/>)
/// so a token costs one lookup rather than one per rule.
/// </summary>
[Flags]
internal enum TagFlags
{
    None = 0,
    Void = 1 << 0,
    Formatting = 1 << 1,
    ImpliedEndRule = 1 << 2,
    ParagraphClosing = 1 << 3,
    Heading = 1 << 4,
    VoidInline = 1 << 5,
    HeadContent = 1 << 6,
    IgnoredInBody = 1 << 7,
    Unsupported = 1 << 8,
    Special = 1 << 9,
    Scope = 1 << 10,
    ImpliedEnd = 1 << 11,
    BlockEnd = 1 << 12,
    TableSection = 1 << 13,
    TableText = 1 << 14,
}

internal static class TagFlagsOf
{
    public static TagFlags Name(string name)
    {
        var flags = TagFlags.None;
        Add(ref flags, OpenTagTracker.IsVoid(name), TagFlags.Void);
        Add(ref flags, HtmlTagSets.Formatting.Contains(name), TagFlags.Formatting);
        Add(ref flags, OpenTagTracker.HasImpliedEndRule(name), TagFlags.ImpliedEndRule);
        Add(ref flags, HtmlTagSets.ParagraphClosing.Contains(name), TagFlags.ParagraphClosing);
        Add(ref flags, HtmlTagSets.Headings.Contains(name), TagFlags.Heading);
        Add(ref flags, HtmlTagSets.VoidInline.Contains(name), TagFlags.VoidInline);
        Add(ref flags, HtmlTagSets.HeadContent.Contains(name), TagFlags.HeadContent);
        Add(ref flags, HtmlTagSets.IgnoredInBody.Contains(name), TagFlags.IgnoredInBody);
        Add(ref flags, HtmlTagSets.Unsupported.Contains(name), TagFlags.Unsupported);
        Add(ref flags, HtmlTagSets.Special.Contains(name), TagFlags.Special);
        Add(ref flags, HtmlTagSets.Scope.Contains(name), TagFlags.Scope);
        Add(ref flags, HtmlTagSets.ImpliedEnd.Contains(name), TagFlags.ImpliedEnd);
        Add(ref flags, HtmlTagSets.BlockEnds.Contains(name), TagFlags.BlockEnd);
        Add(ref flags, HtmlTagSets.TableSections.Contains(name), TagFlags.TableSection);
        Add(ref flags, HtmlTagSets.TableText.Contains(name), TagFlags.TableText);
        return flags;
    }

    private static void Add(ref TagFlags flags, bool condition, TagFlags flag)
    {
        if (condition)
            flags |= flag;
    }
}
