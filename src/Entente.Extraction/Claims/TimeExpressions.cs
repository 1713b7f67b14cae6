using System.Globalization;
using System.Runtime.InteropServices;

namespace Entente.Extraction.Claims;

/// <summary>
/// Reads the time qualifiers of a unit: "since 1982", "until the fall of Assad in December 2024",
/// "from 2012 to 2017", "between 2012 and 2017", and dates written as "8 December 2024",
/// "December 8, 2024", "December 2024", "2024-12-08" or a year.
/// </summary>
internal static class TimeExpressions
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    internal static bool IsMonth(Word word) => Array.IndexOf(Months, word.Lower) >= 0;

    /// <summary>The words the cases below open with: a unit without one has no time qualifier (see <see cref="WordClasses"/>).</summary>
    internal static readonly string[] OpenerWords = ["since", "from", "between", "until", "till", "through", "-", "–"];

    private static readonly WordSet Openers = new(OpenerWords);

    public static (PartialDate? Since, PartialDate? Until) Read(IReadOnlyList<Word> words) => Read(words, []);

    /// <summary>The qualifiers outside the word ranges <paramref name="skipped"/> (start inclusive, end exclusive).</summary>
    public static (PartialDate? Since, PartialDate? Until) Read(IReadOnlyList<Word> words, IReadOnlyList<(int Start, int End)> skipped)
    {
        PartialDate? since = null, until = null;
        // Read in place, and the skipped ranges asked about only when there are some: this runs over every word of each unit that yields a claim.
        var all = words is List<Word> list ? CollectionsMarshal.AsSpan(list) : words.ToArray();
        var anySkipped = skipped.Count > 0;
        for (var i = 0; i < all.Length; i++)
        {
            // Told by the word's number, not its text: most words open no qualifier, and a word that opens none reads the same skipped or not.
            if (!Openers.Contains(all[i]))
                continue;
            if (anySkipped && Skipped(skipped, i) is var past and > 0)
            {
                i = past - 1;
                continue;
            }
            switch (all[i].Lower)
            {
                case "since" or "from" when since is null:
                    since = DateNear(words, i + 1, 3);
                    if (words[i].Lower == "from" && since is not null && Index(words, i + 1, 6, RangeEnds) is var to and >= 0)
                        until = DateNear(words, to + 1, 3);
                    break;
                case "between" when since is null:
                    since = DateNear(words, i + 1, 2);
                    if (since is not null && Index(words, i + 1, 5, Conjunction) is var conjunction and >= 0)
                        until = DateNear(words, conjunction + 1, 3);
                    break;
                case "until" or "till" when until is null:
                    until = DateNear(words, i + 1, 10);
                    break;
                // "through 2017" ends a span; "armed them through the Quds Force since 2014" names a channel.
                case "through" when until is null:
                    until = DateNear(words, i + 1, 5) is { } end && NoNameBefore(words, i + 1, end) ? end : null;
                    break;
                // "fought alongside the federal army in 2020-2022": a span of years.
                case "-" or "–" when since is null && until is null && i + 1 < words.Count && Year(words, i - 1) is { } first && Year(words, i + 1) is { } last && last > first:
                    (since, until) = (new PartialDate(first), new PartialDate(last));
                    break;
            }
        }
        return (since, until is { } u && since is { } s && u.Start < s.Start ? null : until);
    }

    /// <summary>
    /// Whether a word that opens a time qualifier stands in the ranges: if none does, reading around them finds
    /// what reading the whole unit does, since only those words change what is read.
    /// </summary>
    public static bool AnyIn(IReadOnlyList<Word> words, IReadOnlyList<(int Start, int End)> ranges)
    {
        foreach (var (start, end) in ranges)
        {
            for (var i = Math.Max(0, start); i < Math.Min(words.Count, end); i++)
            {
                if (Openers.Contains(words[i]))
                    return true;
            }
        }
        return false;
    }

    private static int Skipped(IReadOnlyList<(int Start, int End)> skipped, int i)
    {
        foreach (var (start, end) in skipped)
        {
            if (start <= i && i < end)
                return end;
        }
        return 0;
    }

    /// <summary>The first date within <paramref name="reach"/> words of <paramref name="from"/>.</summary>
    public static PartialDate? DateNear(IReadOnlyList<Word> words, int from, int reach)
    {
        for (var i = from; i < Math.Min(words.Count, from + reach); i++)
        {
            if (DateAt(words, i) is { } date)
                return date;
        }
        return null;
    }

    private static PartialDate? DateAt(IReadOnlyList<Word> words, int i)
    {
        var w = words[i].Lower;
        if (PartialDate.TryParse(w, out var iso) && w.Length == 10)
            return iso;
        var month = Array.IndexOf(Months, w) + 1;
        if (month > 0)
        {
            // "December 8, 2024" or "December 2024"
            if (Year(words, i + 1) is { } y1)
                return new PartialDate(y1, month);
            if (i + 3 < words.Count && Day(words[i + 1].Lower) is { } d && words[i + 2].Lower == "," && Year(words, i + 3) is { } y2)
                return Safe(y2, month, d);
            return null;
        }
        if (Day(w) is { } day && i + 2 < words.Count && Array.IndexOf(Months, words[i + 1].Lower) + 1 is var m and > 0 && Year(words, i + 2) is { } y3)
            return Safe(y3, m, day);
        return Year(words, i) is { } year ? new PartialDate(year) : null;
    }

    private static bool NoNameBefore(IReadOnlyList<Word> words, int from, PartialDate date)
    {
        for (var i = from; i < words.Count && DateAt(words, i) != date; i++)
        {
            if (words[i].IsCapitalized && Array.IndexOf(Months, words[i].Lower) < 0)
                return false;
        }
        return true;
    }

    private static int? Year(IReadOnlyList<Word> words, int i) =>
        i >= 0 && i < words.Count && words[i].Lower.Length == 4 && int.TryParse(words[i].Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2099 ? y : null;

    private static int? Day(string text) =>
        text.Length <= 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;

    private static PartialDate Safe(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : new PartialDate(year, month);

    private static readonly string[] RangeEnds = ["to", "until", "till", "through"];
    private static readonly string[] Conjunction = ["and"];

    private static int Index(IReadOnlyList<Word> words, int from, int reach, string[] targets)
    {
        for (var i = from; i < Math.Min(words.Count, from + reach); i++)
        {
            if (targets.Contains(words[i].Lower))
                return i;
        }
        return -1;
    }
}
