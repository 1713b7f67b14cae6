using System.Globalization;
using System.Text;

namespace Entente.Extraction.Documents;

/// <summary>
/// Plain text and Markdown to blocks, one pass over the lines: "#" and underlined headings, short
/// heading-like lines, bullets and numbered items, pipe tables, pasted HTML fragments (read by the
/// HTML path and spliced in place); other lines join into paragraphs up to a blank line. Inline
/// Markdown is reduced to its text. Header lines ("Title:", "Date:") and a leading "# Title" give
/// the metadata; stock and repeated lines are left out.
/// </summary>
internal sealed partial class TextCleaner(CleanerOptions options, HtmlCleaner html)
{
    private readonly CleanerOptions options = options;
    private readonly HtmlCleaner html = html;

    public CleanDocument Clean(string text, List<string> warnings)
    {
        var lines = new TextLines(text);
        var (metadata, bodyStart) = TextMetadata.Read(lines);
        var run = new Run(this, lines, RepeatedLines.Find(lines, bodyStart), warnings);
        run.ReadFrom(bodyStart);
        run.ReturnBuilder();
        if (run.Truncated)
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"the document has more than {options.MaxBlocks:N0} blocks; the rest was dropped"));
        return new CleanDocument(metadata.Title ?? run.Headline(), run.Blocks)
        {
            Date = metadata.Date ?? DateLine.Find(run.Blocks),
            Url = metadata.Url,
            Publisher = metadata.Publisher,
        };
    }

    /// <summary>The state of one pass: the blocks so far and the paragraph or list item being gathered.</summary>
    private sealed partial class Run(TextCleaner cleaner, TextLines lines, HashSet<string> repeated, List<string> warnings)
    {
        private readonly StringBuilder gathered = TakeBuilder();
        private BlockKind gatheredKind = BlockKind.Paragraph;
        private int gatheredLines;
        private int lastLineStart;
        private int explicitHeadingLevel;
        private bool numberedItem;
        private bool firstBlockIsHeadline;

        // A block takes one line or more, so the line count bounds the list without regrowing it.
        // One paragraph builder a thread, handed from document to document: with room for a usual
        // paragraph from the start, as a builder grown chunk by chunk is copied again on every Clear.
        [ThreadStatic]
        private static StringBuilder? spareBuilder;

        private const int MaxSpareCapacity = 1 << 16;

        private static StringBuilder TakeBuilder()
        {
            var builder = spareBuilder ?? new StringBuilder(1024);
            spareBuilder = null;
            return builder;
        }

        /// <summary>Hands the paragraph builder on to the thread's next document; the run is done with it.</summary>
        public void ReturnBuilder()
        {
            gathered.Clear();
            if (gathered.Capacity <= MaxSpareCapacity)
                spareBuilder = gathered;
        }

        public List<TextBlock> Blocks { get; } = new(Math.Min(lines.Count, 4096));

        public bool Truncated { get; private set; }

        /// <summary>The title when no header gave one: a first heading, or a short first line standing alone.</summary>
        public string? Headline() =>
            Blocks.Count > 0 && (Blocks[0].Kind == BlockKind.Heading || firstBlockIsHeadline) ? Blocks[0].Text : null;

        public void ReadFrom(int start)
        {
            var fenced = false;
            for (var i = start; i < lines.Count; i++)
            {
                if (Blocks.Count >= cleaner.options.MaxBlocks)
                {
                    Truncated = true;
                    return;
                }
                var line = lines.Trimmed(i);
                if (line.StartsWith("```") || line.StartsWith("~~~"))
                {
                    fenced = !fenced;
                    Flush(i);
                    continue;
                }
                if (fenced)
                    Gather(line, BlockKind.Paragraph);
                else
                    i = Read(line, i);
            }
            Flush(lines.Count);
        }

        /// <summary>
        /// A saved page prints its headline again above the story and in its header: the first time, before anything
        /// else, a repeated line of a few words is the headline; its copies after it are dropped as furniture.
        /// </summary>
        private bool RepeatedHeadline(ReadOnlySpan<char> line) =>
            Blocks.Count == 0 && gatheredLines == 0 && line.Count(' ') >= 2;

        /// <summary>Reads the line at <paramref name="i"/> and returns the index of the last line it used.</summary>
        private int Read(ReadOnlySpan<char> line, int i)
        {
            while (line.StartsWith('>'))
                line = line[1..].TrimStart();
            if (line.IsEmpty)
            {
                Flush(i);
                return i;
            }
            // Most files repeat no line: their set is empty, and a line is not looked up in it.
            if (Boilerplate.IsStock(line) || (repeated.Count > 0 && line.Length <= Boilerplate.MaxRepeatedLength && repeated.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line) && !RepeatedHeadline(line)))
            {
                Flush(i);
                return i;
            }
            if (line[0] == '<' && FragmentTag(line) is { } tag)
            {
                Flush(i);
                var end = FragmentEnd(lines, i, tag);
                Blocks.AddRange(cleaner.html.Fragment(lines.Join(i, end), warnings));
                return end - 1;
            }
            if (LineShapes.AtxLevel(line, out var heading) is > 0 and var level)
            {
                Flush(i);
                explicitHeadingLevel = level;
                AddText(BlockKind.Heading, heading.ToString(), level);
                return i;
            }
            if (gatheredLines == 1 && gatheredKind == BlockKind.Paragraph && LineShapes.SetextLevel(line) is > 0 and var underlined)
            {
                explicitHeadingLevel = underlined;
                gatheredKind = BlockKind.Heading;
                Flush(i, underlined);
                return i;
            }
            if (LineShapes.IsRule(line) || IsLinkDefinition(line))
            {
                Flush(i);
                return i;
            }
            if (PipeTable.StartsAt(lines, i))
            {
                Flush(i);
                return PipeTable.Read(lines, i, Blocks) - 1;
            }
            if (LineShapes.BulletLength(line) is > 0 and var bullet)
            {
                // "1. Treaty commitments" over "- " bullets: a numbered title heads the bullets, it is not one of them.
                if (!char.IsAsciiDigit(line[0]) && NumberedTitleGathered())
                {
                    gatheredKind = BlockKind.Heading;
                    Flush(i, explicitHeadingLevel > 0 ? Math.Min(6, explicitHeadingLevel + 1) : 2);
                }
                SplitOffListTitle(i);
                Flush(i);
                Gather(line[bullet..], BlockKind.ListItem);
                numberedItem = char.IsAsciiDigit(line[0]);
                return i;
            }
            if (NumberedSectionTitle(line))
            {
                gatheredKind = BlockKind.Heading;
                Flush(i, explicitHeadingLevel > 0 ? Math.Min(6, explicitHeadingLevel + 1) : 2);
            }
            if (gatheredLines > 0 && lines.OneParagraphPerLine && !(gatheredKind == BlockKind.ListItem && lines.IsIndented(i)))
                Flush(i);
            Gather(line, gatheredLines == 0 ? BlockKind.Paragraph : gatheredKind);
            return i;
        }

        /// <summary>
        /// "1. The break with the West" with the section's text on the next line: a numbered title, not a
        /// list item whose text wraps (a title is short, has no closing punctuation, and prose or bullets follow it).
        /// </summary>
        private bool NumberedSectionTitle(ReadOnlySpan<char> line) =>
            line.Length > 40 && char.IsUpper(line[0]) && NumberedTitleGathered();

        private bool NumberedTitleGathered() =>
            numberedItem && gatheredKind == BlockKind.ListItem && gatheredLines == 1
            && gathered.Length <= 60 && char.IsUpper(gathered[0]) && char.IsLetterOrDigit(gathered[^1]) && Words(gathered) <= 8;

        private static int Words(StringBuilder text)
        {
            var words = 1;
            for (var k = 0; k < text.Length; k++)
                words += text[k] == ' ' ? 1 : 0;
            return words;
        }

        /// <summary>
        /// "… even neutral Switzerland." then "Members" then "- Albania", with no blank line between: the
        /// short line after a closed sentence is the list's heading, not the paragraph's last words.
        /// </summary>
        private void SplitOffListTitle(int next)
        {
            if (gatheredKind != BlockKind.Paragraph || gatheredLines < 2 || gathered[lastLineStart - 2] is not ('.' or '!' or '?'))
                return;
            var title = gathered.ToString(lastLineStart, gathered.Length - lastLineStart);
            if (!LineShapes.LooksLikeHeading(title, aboveList: true))
                return;
            gathered.Length = lastLineStart - 1;
            gatheredLines--;
            Flush(next);
            Gather(title, BlockKind.Paragraph);
        }

        private void Gather(ReadOnlySpan<char> line, BlockKind kind)
        {
            if (gatheredLines > 0)
                gathered.Append(' ');
            lastLineStart = gathered.Length;
            gathered.Append(line);
            gatheredKind = kind;
            gatheredLines++;
        }
    }
}
