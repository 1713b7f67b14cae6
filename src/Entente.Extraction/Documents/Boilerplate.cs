using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Entente.Extraction.Documents;

/// <summary>
/// Page furniture recognised by its words rather than its markup, so it goes from text files too:
/// stock lines ("Advertisement", "Share this", "Read more: …"), short lines repeated three times or
/// more, and sections under headings such as "Related articles" or "Comments".
/// </summary>
internal static class Boilerplate
{
    public const int MinRepeats = 3;
    public const int MaxRepeatedLength = 80;
    private const int MaxStockLength = 120;
    private const int MaxStockLineLength = 32;
    private const int MaxKeptCounts = 4096;

    [ThreadStatic]
    private static Dictionary<string, int>? paragraphCounts;

    private static readonly FrozenSet<string> StockLines = FrozenSet.ToFrozenSet(
    [
        "advertisement", "advertisements", "ad", "ads", "sponsored", "sponsored content", "share", "share this",
        "share this article", "share this story", "share this page", "share article", "tweet", "print", "email",
        "e-mail", "copy link", "link copied", "read more", "continue reading", "see more", "show more",
        "load more", "skip to content", "skip to main content", "back to top", "top of page", "menu", "search",
        "close", "subscribe", "sign in", "log in", "register", "accept", "accept all", "reject all",
        "manage cookies", "cookie settings", "listen to this article", "save", "saved", "comments", "comment",
        "reply", "report", "flag", "permalink", "like", "edit", "[edit]", "upvote", "downvote",
    ], StringComparer.OrdinalIgnoreCase);

    // Each set's span lookup made once: getting one checks the comparer's type, on every line.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StockLineLookup = StockLines.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One bit for each length a stock line has (all are under 64 characters).</summary>
    private static readonly ulong StockLineLengths = StockLines.Aggregate(0UL, (lengths, line) => lengths | (1UL << line.Length));

    // "12 comments", "3 replies", "1.2k shares": counters of a comment or share widget.
    private static readonly FrozenSet<string> CountedThings = FrozenSet.ToFrozenSet(
    [
        "comment", "comments", "reply", "replies", "share", "shares", "like", "likes", "view", "views",
        "answer", "answers", "vote", "votes", "points", "min read", "minute read", "minutes read",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedThingLookup = CountedThings.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly string[] StockPrefixes =
    [
        "follow us", "share this", "share on ", "share via ", "sign up for", "subscribe to", "subscribe for",
        "click here", "read more:", "read more about", "read also:", "also read:", "related:", "recommended:",
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use",
        "get our newsletter", "join our newsletter", "download our app", "watch:", "listen:",
    ];

    /// <summary>
    /// <see cref="StockPrefixes"/> by their first letter (all are ASCII letters), so a line is compared
    /// with the two or three that start like it, not with all of them.
    /// </summary>
    private static readonly string[][] StockPrefixesByLetter = [.. Enumerable.Range('a', 26)
        .Select(letter => StockPrefixes.Where(p => p[0] == letter).ToArray())];

    /// <summary><see cref="StockPrefixes"/> by their first two letters (all are ASCII letters), most lines' pair starting none.</summary>
    private static readonly string[][] StockPrefixesByTwoLetters = [.. Enumerable.Range(0, 26 * 26)
        .Select(pair => StockPrefixes.Where(p => p[0] - 'a' == pair / 26 && p[1] - 'a' == pair % 26).ToArray())];

    private static readonly FrozenSet<string> NoiseHeadings = FrozenSet.ToFrozenSet(
    [
        "related", "related articles", "related stories", "related content", "related coverage", "related news",
        "related posts", "related reading", "read more", "read next", "what to read next", "more stories",
        "more on this story", "more news", "you may also like", "you might also like", "recommended",
        "recommended for you", "most read", "most popular", "most viewed", "popular", "trending", "latest news",
        "latest stories", "editor's picks", "editors' picks", "comments", "leave a comment", "leave a reply",
        "join the conversation", "about the author", "about the authors", "share this article", "share this",
        "newsletter", "sign up for our newsletter", "follow us", "tags", "topics", "advertisement", "see also",
        "references", "notes", "footnotes", "external links", "further reading", "bibliography", "sources",
        "citations", "works cited",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoiseHeadingLookup = NoiseHeadings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A line that is never article text, whatever the page.</summary>
    internal static readonly string[] CommentPrefixes = ["reader comment", "readers' comment", "top comment"];

    /// <summary>"Reader comment (Ali_from_Basra): Everyone knows …": a comment pasted with the article, however long.</summary>
    private static bool IsReaderComment(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        // Only 'r' and 't' (either case) equal the prefixes' first letters ignoring case: most lines stop here.
        if (trimmed.IsEmpty || (trimmed[0] | 0x20) is not ('r' or 't'))
            return false;
        // The 'r' prefixes go on with 'e', the 't' one with 'o', and no other character equals either
        // ignoring case: "The …" lines stop here.
        if (trimmed.Length < 2 || (trimmed[1] | 0x20) != ((trimmed[0] | 0x20) == 'r' ? 'e' : 'o'))
            return false;
        foreach (var prefix in CommentPrefixes)
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    public static bool IsStock(ReadOnlySpan<char> line)
    {
        if (IsReaderComment(line))
            return true;
        if (line.Length > MaxStockLength)
            return false;
        var bare = line.Trim().TrimEnd(":.»›>→|").TrimEnd();
        if (bare.IsEmpty)
            return false;
        // Equal ignoring case means equal in length, so a length no stock line has needs no lookup.
        if (bare.Length <= MaxStockLineLength && (StockLineLengths & (1UL << bare.Length)) != 0
            && StockLineLookup.Contains(bare))
            return true;
        if (IsCounter(bare))
            return true;
        if (!char.IsAsciiLetter(line[0]) || line.Length < 2)
            return false;
        // A second ASCII letter narrows the prefixes to those that start with both letters, and a
        // second ASCII character of any other kind starts none of them. A character past ASCII may
        // still equal a letter ignoring case ('ı' is 'i'): then all the first letter's are compared.
        var first = (line[0] | 0x20) - 'a';
        string[] prefixes;
        if (char.IsAsciiLetter(line[1]))
            prefixes = StockPrefixesByTwoLetters[(first * 26) + (line[1] | 0x20) - 'a'];
        else if (char.IsAscii(line[1]))
            return false;
        else
            prefixes = StockPrefixesByLetter[first];
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static bool IsCounter(ReadOnlySpan<char> line)
    {
        if (!char.IsAsciiDigit(line[0]))
            return false; // the cheap test first: most lines start with a letter
        var space = line.IndexOf(' ');
        if (space <= 0 || line[..space].IndexOfAnyExcept("0123456789.,kKmM") >= 0)
            return false;
        return CountedThingLookup.Contains(line[(space + 1)..].Trim());
    }

    /// <summary>A heading whose section is page furniture: "Related articles", "Comments (12)", "More from …".</summary>
    public static bool IsNoiseHeading(string heading)
    {
        var bare = heading.AsSpan().Trim().TrimEnd(":.»›>→").TrimEnd();
        var count = bare.IndexOf('(');
        if (count > 0 && bare.EndsWith(")"))
            bare = bare[..count].TrimEnd();
        if (bare.Length > 0 && char.IsAsciiDigit(bare[0]) && bare.EndsWith(" comments", StringComparison.OrdinalIgnoreCase))
            return true;
        return NoiseHeadingLookup.Contains(bare)
            || bare.StartsWith("more from ", StringComparison.OrdinalIgnoreCase)
            || bare.StartsWith("more on ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The blocks without stock lines, without short paragraphs that occur three times or more, and
    /// without furniture sections (a noise heading and everything under it, up to the next heading of
    /// its level or above). List items and table rows are only dropped as stock lines: the same short
    /// item ("Weapons") legitimately recurs under different headings.
    /// </summary>
    public static List<TextBlock> Filter(IReadOnlyList<TextBlock> blocks)
    {
        // One counting dictionary a thread, emptied after each document rather than built anew.
        var counts = paragraphCounts ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var anyRepeated = false;
        // Indexed: a foreach over the read-only list would box its enumerator, twice a document.
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxRepeatedLength)
                anyRepeated |= ++CollectionsMarshal.GetValueRefOrAddDefault(counts, block.Text, out _) >= MinRepeats; // one hash, not two
        }
        var kept = new List<TextBlock>(blocks.Count);
        var skippingBelow = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.Heading)
            {
                if (skippingBelow > 0 && block.Level > skippingBelow)
                    continue;
                // A document titled "Notes" is not a notes section: furniture follows some text.
                skippingBelow = kept.Count > 0 && IsNoiseHeading(block.Text) ? Math.Max(1, block.Level) : 0;
                if (skippingBelow > 0)
                    continue;
            }
            else if (skippingBelow > 0)
                continue;
            if (block.Kind != BlockKind.TableRow && IsStock(block.Text))
                continue;
            if (anyRepeated && block.Kind == BlockKind.Paragraph && block.Text.Length <= MaxRepeatedLength && counts.GetValueOrDefault(block.Text) >= MinRepeats)
                continue;
            kept.Add(block);
        }
        // A very long document's table is not kept for the thread's next (short) one.
        if (counts.Count > MaxKeptCounts)
            paragraphCounts = null;
        else
            counts.Clear();
        return kept;
    }
}
