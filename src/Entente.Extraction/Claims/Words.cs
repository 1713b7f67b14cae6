using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Entente.Extraction.Claims;

/// <summary>
/// Splits text into words and punctuation: letters and digits with inner apostrophes form a word;
/// a hyphen, comma, colon and the like are words of their own ("Iranian-backed" is three words),
/// so cues and names can be matched on word sequences.
/// </summary>
public static class Words
{
    public static IReadOnlyList<Word> Of(string text) => Fill(new List<Word>(Room(text)), text);

    /// <summary>
    /// The words of a unit in a list this thread reuses: good until the thread's next call, so callers must not
    /// keep it past the unit. Saves a fresh array for every unit, a tenth of all that extraction allocates.
    /// </summary>
    internal static IReadOnlyList<Word> OfUnit(string text)
    {
        _refills++;
        // A giant unit's list is used once, not kept by the thread for good.
        if (_reused is { Capacity: > MaxReused })
            _reused = null;
        return Fill(_reused ??= new List<Word>(256), text);
    }

    private const int MaxReused = 1 << 14;

    /// <summary>How many times this thread's reused list was filled: a cache keyed by that list must also match this.</summary>
    internal static int Refills => _refills;

    [ThreadStatic]
    private static List<Word>? _reused;

    [ThreadStatic]
    private static char[]? _tail;

    [ThreadStatic]
    private static int _refills;

    private static int Room(string text) => text.Length / 5 + 4;

    private static List<Word> Fill(List<Word> words, string text)
    {
        words.Clear();
        var room = Room(text);
        if (words.Capacity < room)
            words.Capacity = room;
        // Written straight into the list's array (one bounds check per word instead of Add's bookkeeping).
        CollectionsMarshal.SetCount(words, room);
        var into = CollectionsMarshal.AsSpan(words);
        var count = 0;
        var hedgeLeftOut = false;
        var spellings = WordSpellings.ForThisThread;
        var chars = text.AsSpan();
        // The text's last characters, zero-padded, so that the block reader also reads the words that end the text (a zero ends a word as the text's end does).
        // In an array this thread keeps, not on the stack: a method that allocates on the stack is compiled once, fully but
        // without the profile the runtime gathers, where this loop is otherwise recompiled with it.
        Span<char> tail = _tail ??= new char[2 * WordSpellings.Block];
        tail.Clear();
        var tailFrom = Math.Max(0, chars.Length - WordSpellings.Block);
        chars[tailFrom..].CopyTo(tail);
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            // One space between words is the usual case: told without the table.
            if (c == ' ')
            {
                i++;
                continue;
            }
            var kind = Kind(c);
            if (kind == Space)
            {
                i++;
                continue;
            }
            // A word is at most two entries ("Iran" + "'s"), so room for two is room enough.
            if (count + 2 > into.Length)
                into = Grow(words, count);
            if (kind == Mark)
            {
                into[count++] = spellings.Single(i, GluedDash(chars, i) ? '-' : c);
                i++;
                continue;
            }
            var inTail = i + WordSpellings.Block >= chars.Length;
            ReadOnlySpan<char> source = inTail ? tail : chars;
            var at = inTail ? i - tailFrom : i;
            if (c < 128 && ReadAscii(source, at) is var length and > 0)
            {
                into[count] = spellings.Ascii(i, chars.Slice(i, length), Block(source, at, length), length);
                if (!LeftOut(chars.Slice(i, length), into[..count], i + length < chars.Length ? chars[i + length] : ' '))
                    count++;
                else
                    hedgeLeftOut |= IsHedge(chars.Slice(i, length));
                i += length;
                continue;
            }
            (i, count) = ReadSlowly(chars, i, into, count, spellings);
        }
        CollectionsMarshal.SetCount(words, count);
        if (hedgeLeftOut)
            _hedgeLeftOut = words;
        else if (ReferenceEquals(_hedgeLeftOut, words))
            _hedgeLeftOut = null;
        return words;
    }

    // The list whose last filling left out a hedge ("has reportedly armed"), so that the claims read from it are still hedged.
    [ThreadStatic]
    private static List<Word>? _hedgeLeftOut;

    /// <summary>Whether a hedge was left out of these words when this thread last filled them: "reportedly" still qualifies the claim.</summary>
    internal static bool LeftOutAHedge(IReadOnlyList<Word> words) => ReferenceEquals(words, _hedgeLeftOut);

    private static bool IsHedge(ReadOnlySpan<char> text) =>
        text.Equals("reportedly", StringComparison.OrdinalIgnoreCase) || text.Equals("allegedly", StringComparison.OrdinalIgnoreCase)
        || text.Equals("purportedly", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "China has also financed the corridor", "Washington has long backed Kyiv", "ties are now cordial": "also", and a word of
    /// time right after an auxiliary, say nothing of who stands with whom, and every reader would otherwise have to step over
    /// them; they are left out of the words, and so are "reportedly" and "allegedly" there, which hedge the claim all the same
    /// (<see cref="LeftOutAHedge"/>), as they are anywhere else ("Egypt reportedly signed"). Not "the now-defunct" (a hyphen follows).
    /// </summary>
    /// <remarks>Read from the characters, not the word's spelling: this runs for every word, and most are told apart by their length.</remarks>
    private static bool LeftOut(ReadOnlySpan<char> text, ReadOnlySpan<Word> before, char next)
    {
        // "not just Russia but also Serbia": kept after "but", where it turns the contrast into a list's next entry.
        if (text.Length == 4 && text.Equals("also", StringComparison.OrdinalIgnoreCase))
            return before.Length == 0 || before[^1].Lower != "but";
        if (text.Length is not (3 or 4 or 5 or 7 or 9 or 10 or 11 or 12 or 13) || next == '-')
            return false;
        if (IsHedge(text))
            return true;
        if (before.Length == 0)
            return false;
        if (!(text.Equals("now", StringComparison.OrdinalIgnoreCase) || text.Equals("still", StringComparison.OrdinalIgnoreCase)
            || text.Equals("long", StringComparison.OrdinalIgnoreCase) || text.Equals("already", StringComparison.OrdinalIgnoreCase)
            || text.Equals("increasingly", StringComparison.OrdinalIgnoreCase) || text.Equals("traditionally", StringComparison.OrdinalIgnoreCase)
            || text.Equals("historically", StringComparison.OrdinalIgnoreCase)))
            return false;
        return before[^1].Lower is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "been" or "be";
    }

    /// <summary>Reads the word at <paramref name="start"/> letter by letter; gives where it ends and the words' count after it.</summary>
    /// <remarks>Kept out of <see cref="Fill"/>, whose loop then keeps its variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int End, int Count) ReadSlowly(ReadOnlySpan<char> chars, int start, Span<Word> into, int count, WordSpellings spellings)
    {
        var i = start + 1;
        while (i < chars.Length)
        {
            if (Kind(chars[i]) != Letter && !IsInnerApostrophe(chars, i) && !IsInnerDot(chars, i))
                break;
            i++;
        }
        // "Iran's" → "Iran" + "'s": possessives are their own word so names match.
        if (i - start > 2 && chars[i - 1] is 's' or 'S' && IsApostrophe(chars[i - 2]))
        {
            var name = chars.Slice(start, i - 2 - start);
            var possessive = chars.Slice(i - 2, 2);
            into[count++] = spellings.Word(start, name, WordSpellings.Hash(name));
            into[count++] = spellings.Word(i - 2, possessive, WordSpellings.Hash(possessive));
            return (i, count);
        }
        var spelling = chars.Slice(start, i - start);
        into[count++] = spellings.Word(start, spelling, WordSpellings.Hash(spelling));
        return (i, count);
    }

    /// <summary>
    /// The length of the word of ASCII letters and digits at <paramref name="start"/> when it is under sixteen
    /// characters and plainly ends there (a space, an ASCII mark, an apostrophe or a dot that no letter or digit
    /// follows), else 0: then the loop above reads it letter by letter. Sixteen characters are tested at once, so
    /// the usual word costs no branch per letter; at least seventeen must follow <paramref name="start"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadAscii(ReadOnlySpan<char> chars, int start)
    {
        var block = Load(chars, start);
        var letters = Vector256.LessThan((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        var digits = Vector256.LessThan(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10));
        var length = BitOperations.TrailingZeroCount(~(letters | digits).ExtractMostSignificantBits());
        if (length >= WordSpellings.Block)
            return 0;
        var stop = chars[start + length];
        if (stop is '\'' or '.')
        {
            // Ends the word unless a letter or digit follows ("U.S.", "3.5", "Kata'ib"); that, or anything past ASCII, the loop decides.
            var after = chars[start + length + 1];
            return after < 128 && !char.IsAsciiLetterOrDigit(after) ? length : 0;
        }
        return stop < 128 ? length : 0;
    }

    /// <summary>The <paramref name="length"/> characters at <paramref name="start"/>, zero-padded to a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Block(ReadOnlySpan<char> chars, int start, int length) =>
        Load(chars, start) & Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(KeptChars), (nuint)(WordSpellings.Block - length));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Load(ReadOnlySpan<char> chars, int start) =>
        Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)start);

    /// <summary>Sixteen from offset 16 - n keep a block's first n characters and clear the rest.</summary>
    private static ReadOnlySpan<ushort> KeptChars =>
    [
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static Span<Word> Grow(List<Word> words, int count)
    {
        CollectionsMarshal.SetCount(words, count);
        // Grown, never shrunk: setting a smaller capacity gave the list this thread reuses a new, smaller array, and the
        // next unit a larger one again (a twentieth of all that extraction allocated). The count goes no further than
        // wanted, since what lies past the words is cleared when the count is set back.
        var wanted = Math.Max(count * 2, count + 8);
        if (words.Capacity < wanted)
            words.Capacity = wanted;
        CollectionsMarshal.SetCount(words, wanted);
        return CollectionsMarshal.AsSpan(words);
    }

    private const byte Space = 0, Letter = 1, Mark = 2;

    // What each ASCII character is to the splitter: space, part of a word, or a word of its own.
    private static readonly byte[] AsciiKinds = Enumerable.Range(0, 128)
        .Select(c => char.IsWhiteSpace((char)c) ? Space : char.IsAsciiLetterOrDigit((char)c) ? Letter : Mark).ToArray();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Kind(char c) => c < 128 ? AsciiKinds[c] : KindPastAscii(c);

    // Apart, so that the ASCII test inlines into the splitting loops.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte KindPastAscii(char c) => char.IsWhiteSpace(c) ? Space : char.IsLetterOrDigit(c) ? Letter : Mark;

    /// <summary>Whether the words from <paramref name="at"/> on are the lowercase <paramref name="phrase"/>.</summary>
    public static bool Spell(IReadOnlyList<Word> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (words[at + k].Lower != phrase[k])
                return false;
        }
        return true;
    }

    /// <summary>The lowercase words of a phrase, for lexicon entries; callers must not change the array.</summary>
    /// <remarks>
    /// The last few answers are kept on each thread, by string instance: every row of a table asks again about
    /// the same header strings. (A weak table would cost the garbage collector a handle for every header.)
    /// </remarks>
    public static string[] Split(string phrase)
    {
        var recent = _recentSplits ??= new (string?, string[])[RecentSplits];
        foreach (var (text, split) in recent)
        {
            if (ReferenceEquals(text, phrase))
                return split;
        }
        var words = Of(phrase).Select(w => w.Lower).ToArray();
        recent[_nextSplit] = (phrase, words);
        _nextSplit = (_nextSplit + 1) % RecentSplits;
        return words;
    }

    private const int RecentSplits = 16;

    [ThreadStatic]
    private static (string? Text, string[] Split)[]? _recentSplits;

    [ThreadStatic]
    private static int _nextSplit;

    private static bool IsInnerApostrophe(ReadOnlySpan<char> text, int i) =>
        IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    /// <summary>
    /// The apostrophes typed in words and possessives ("Iran’s", "Kataʼib", "Iran′s" from converted text); each is
    /// spelt as the straight one (<see cref="WordSpellings"/>), so the readers need to know only "'s".
    /// </summary>
    internal static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '′';

    /// <summary>
    /// A dash between two letters or digits with no space is a hyphen however it is typed ("Iran–backed", "Saudi‑led"
    /// with an en dash or a non-breaking hyphen), and is spelt as one, so compounds read alike. Not the em dash,
    /// which English sets close up around an aside ("the deal—backed by Qatar—").
    /// </summary>
    private static bool GluedDash(ReadOnlySpan<char> text, int i) =>
        text[i] is '‐' or '‑' or '‒' or '–' && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    // "U.S." and "3.5" stay one word; a sentence's final dot does not.
    private static bool IsInnerDot(ReadOnlySpan<char> text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
}
