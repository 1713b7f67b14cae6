namespace Entente.Extraction.Documents;

/// <summary>
/// The table modes, for tables built the ordinary way: rows in sections (a bare &lt;tr&gt; gets its
/// implied &lt;tbody&gt;), cells in rows, unclosed cells and rows closed by the next. Anything the parser
/// would move out of the table (text, a &lt;div&gt; between rows) makes the reader give up.
/// </summary>
internal sealed partial class PageTreeBuilder
{
    private static readonly IReadOnlySet<string> Cells = new HashSet<string> { "td", "th" };

    /// <returns>True when the tag was taken; false when the mode changed and the tag is read again.</returns>
    private bool TableStartTag(string name, out bool skipNewline)
    {
        skipNewline = false;
        switch (mode)
        {
            case Mode.InCaption:
                if (!HtmlTagSets.TableStructure.Contains(name))
                {
                    skipNewline = BodyStartTag(name);
                    return true;
                }
                return !CloseCaption();
            case Mode.InColumnGroup:
                if (name == "col")
                {
                    InsertVoid(name);
                    return true;
                }
                if (name == "html")
                {
                    AddAttributes(root!);
                    return true;
                }
                if (Current.Name != "colgroup")
                    return true;
                Pop();
                mode = Mode.InTable;
                return false;
            case Mode.InCell:
                if (!HtmlTagSets.TableStructure.Contains(name))
                {
                    skipNewline = BodyStartTag(name);
                    return true;
                }
                return !CloseCell();
            case Mode.InRow when name is "td" or "th":
                ClearBackTo("tr");
                Insert(name);
                mode = Mode.InCell;
                formatting.Add(null);
                return true;
            case Mode.InRow when name == "tr" || HtmlTagSets.TableStructure.Contains(name):
                return !CloseRow();
            case Mode.InTableBody when name == "tr":
                ClearBackTo("html", HtmlTagSets.TableSections);
                Insert(name);
                mode = Mode.InRow;
                return true;
            case Mode.InTableBody when name is "td" or "th":
                ClearBackTo("html", HtmlTagSets.TableSections);
                Insert("tr", withAttributes: false);
                mode = Mode.InRow;
                return false;
            case Mode.InTableBody when name is "caption" or "col" or "colgroup" || HtmlTagSets.TableSections.Contains(name):
                return !CloseSection();
        }
        // In a table, in a section or in a row: the "in table" rules.
        switch (name)
        {
            case "caption":
                ClearBackTo("table");
                formatting.Add(null);
                Insert(name);
                mode = Mode.InCaption;
                return true;
            case "colgroup" or "col":
                ClearBackTo("table");
                Insert("colgroup", withAttributes: name == "colgroup");
                mode = Mode.InColumnGroup;
                return name == "colgroup";
            case "tbody" or "tfoot" or "thead":
                ClearBackTo("table");
                Insert(name);
                mode = Mode.InTableBody;
                return true;
            case "td" or "th" or "tr":
                ClearBackTo("table");
                Insert("tbody", withAttributes: false);
                mode = Mode.InTableBody;
                return false;
            case "script" or "style":
                HeadStartTag(name);
                return true;
            case "input" when attributes.Exists(a => a.Key == "type" && a.Value.Equals("hidden", StringComparison.OrdinalIgnoreCase)):
                InsertVoid(name);
                return true;
            default: // a nested <table> closes this one; anything else is moved before the table
                Fail();
                return true;
        }
    }

    /// <returns>True when the tag was taken; false when the mode changed and the tag is read again.</returns>
    private bool TableEndTag(string name)
    {
        switch (mode)
        {
            case Mode.InCaption:
                if (name == "caption")
                {
                    CloseCaption();
                    return true;
                }
                if (name == "table")
                    return !CloseCaption();
                if (name is "body" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
                    return true;
                BodyEndTag(name, tagFlags);
                return true;
            case Mode.InColumnGroup:
                if (name == "col" || (Current.Name != "colgroup" && name == "colgroup"))
                    return true;
                if (name == "template" || Current.Name != "colgroup")
                {
                    Fail();
                    return true;
                }
                Pop();
                mode = Mode.InTable;
                return name == "colgroup";
            case Mode.InCell:
                if (name is "td" or "th")
                {
                    CloseCell();
                    return true;
                }
                if (name is "table" or "tbody" or "tfoot" or "thead" or "tr")
                    return !InScope(name, Scope.Table) || !CloseCell();
                if (name is not ("body" or "caption" or "col" or "colgroup" or "html"))
                    BodyEndTag(name, tagFlags);
                return true;
            case Mode.InRow:
                if (name == "tr")
                {
                    CloseRow();
                    return true;
                }
                if (name == "table")
                    return !CloseRow();
                if (HtmlTagSets.TableSections.Contains(name))
                    return !InScope(name, Scope.Table) || !CloseRow();
                if (name is "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th")
                    return true;
                break;
            case Mode.InTableBody:
                if (HtmlTagSets.TableSections.Contains(name))
                {
                    if (InScope(name, Scope.Table))
                    {
                        ClearBackTo("html", HtmlTagSets.TableSections);
                        Pop();
                        mode = Mode.InTable;
                    }
                    return true;
                }
                if (name == "table")
                    return !CloseSection();
                if (name is "body" or "caption" or "col" or "colgroup" or "html" or "td" or "th" or "tr")
                    return true;
                break;
        }
        // In a table: the "in table" rules.
        if (name == "table")
        {
            if (InScope("table", Scope.Table))
            {
                PopThrough("table");
                ResetMode();
            }
            return true;
        }
        if (name is "body" or "caption" or "col" or "colgroup" or "html" or "tbody" or "td" or "tfoot" or "th" or "thead" or "tr")
            return true;
        Fail(); // any other end tag in a table is handled as if moved out of it
        return true;
    }

    /// <returns>Whether a cell was closed.</returns>
    private bool CloseCell()
    {
        if (!InScope(null, Cells, Scope.Table))
            return false;
        GenerateImpliedEnds();
        PopThroughAny(Cells);
        ClearFormattingToMarker();
        mode = Mode.InRow;
        return true;
    }

    private bool CloseRow()
    {
        if (!InScope("tr", Scope.Table))
            return false;
        ClearBackTo("tr");
        Pop();
        mode = Mode.InTableBody;
        return true;
    }

    private bool CloseSection()
    {
        if (!InScope(null, HtmlTagSets.TableSections, Scope.Table))
            return false;
        ClearBackTo("html", HtmlTagSets.TableSections);
        Pop();
        mode = Mode.InTable;
        return true;
    }

    private bool CloseCaption()
    {
        if (!InScope("caption", Scope.Table))
            return false;
        GenerateImpliedEnds();
        PopThrough("caption");
        ClearFormattingToMarker();
        mode = Mode.InTable;
        return true;
    }

    /// <summary>After a table closes, the mode its innermost open container calls for.</summary>
    private void ResetMode()
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            switch (open[i].Name)
            {
                case "td" or "th" when i > 0:
                    mode = Mode.InCell;
                    return;
                case "tr":
                    mode = Mode.InRow;
                    return;
                case "tbody" or "thead" or "tfoot":
                    mode = Mode.InTableBody;
                    return;
                case "caption":
                    mode = Mode.InCaption;
                    return;
                case "colgroup":
                    mode = Mode.InColumnGroup;
                    return;
                case "table":
                    mode = Mode.InTable;
                    return;
                case "body":
                    mode = Mode.InBody;
                    return;
                case "html" or "head" or "template" or "select" or "frameset":
                    Fail();
                    return;
            }
        }
        mode = Mode.InBody;
    }
}
