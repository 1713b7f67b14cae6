namespace Entente.Extraction.Documents;

/// <summary>How a gathered paragraph or list item becomes a block (or a heading, or a pasted fragment's blocks).</summary>
internal sealed partial class TextCleaner
{
    private const int MaxUntitledHeadline = 120;

    // A byline sits under the headline, so only the first few blocks are checked for one.
    private const int BylineBlocks = 3;

    private sealed partial class Run
    {
        /// <summary>
        /// Ends the paragraph or item being gathered. <paramref name="next"/> is the line that ended
        /// it: a one-line paragraph followed by a blank line or a list may be a heading.
        /// </summary>
        private void Flush(int next, int headingLevel = 0)
        {
            if (gatheredLines == 0)
                return;
            var text = Whitespace.Collapse(gathered);
            // Tags and character references both need a '<' or a '&': one scan rules most paragraphs out.
            if (text.AsSpan().IndexOfAny('<', '&') >= 0)
            {
                if (InlineMarkup.HasBlockTags(text))
                {
                    Reset();
                    Blocks.AddRange(cleaner.html.Fragment(text, warnings));
                    return;
                }
                if (InlineMarkup.HasTags(text) || InlineMarkup.HasCharacterReferences(text))
                    text = cleaner.html.Inline(text, warnings);
            }
            text = MarkdownInline.Strip(text);
            var kind = gatheredKind;
            var oneLine = gatheredLines == 1;
            Reset();
            if (text.Length == 0)
                return;
            if (kind == BlockKind.Paragraph && oneLine && Blocks.Count < BylineBlocks && TextMetadata.IsByline(text))
                return;
            if (kind == BlockKind.Paragraph && oneLine && EndsStandalone(next, out var aboveList))
            {
                if (LineShapes.LooksLikeHeading(text, aboveList))
                {
                    kind = BlockKind.Heading;
                    text = text.TrimEnd(':').TrimEnd();
                    headingLevel = explicitHeadingLevel > 0 ? Math.Min(6, explicitHeadingLevel + 1) : Blocks.Count == 0 ? 1 : 2;
                }
                else if (Blocks.Count == 0 && text.Length <= MaxUntitledHeadline && (text[^1] is not ('.' or ':') || CutShort(text) || RepeatedAfter(next, text)))
                    firstBlockIsHeadline = true;
            }
            AddText(kind, text, headingLevel);
        }

        private void Reset()
        {
            gathered.Clear();
            gatheredLines = 0;
            gatheredKind = BlockKind.Paragraph;
        }

        private void AddText(BlockKind kind, string text, int level)
        {
            if (text.Length > 0)
                Blocks.Add(new TextBlock(kind, text) { Level = kind == BlockKind.Heading ? level : 0 });
        }

        /// <summary>Whether the line at <paramref name="next"/> is blank or a bullet, and whether a list follows.</summary>
        private bool EndsStandalone(int next, out bool aboveList)
        {
            aboveList = false;
            var blank = lines.IsBlank(next);
            var following = next;
            while (following < lines.Count && lines.IsBlank(following) && following < next + 2)
                following++;
            if (following < lines.Count)
                aboveList = LineShapes.BulletLength(lines.Trimmed(following)) > 0;
            return blank || aboveList || lines.OneParagraphPerLine;
        }

        // "Latvia asks western allies to help bolster its ...": a headline cut short, not a sentence.
        private static bool CutShort(string text) => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');

        /// <summary>Whether the next line that is not blank says <paramref name="text"/> again: a saved page's headline above the article's own.</summary>
        private bool RepeatedAfter(int next, string text)
        {
            var following = next;
            while (following < lines.Count && lines.IsBlank(following))
                following++;
            return following < lines.Count && lines.Trimmed(following).SequenceEqual(text);
        }

        // "[1]: https://…" lines define reference links; their text is the address, not prose.
        private static bool IsLinkDefinition(ReadOnlySpan<char> line) =>
            line.StartsWith('[') && line.IndexOf("]:", StringComparison.Ordinal) is > 1 and < 60;
    }
}
