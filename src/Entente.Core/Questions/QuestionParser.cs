using System.Globalization;
using System.Text.RegularExpressions;

namespace Entente.Questions;

/// <summary>
/// Reads the questions people ask about alignments in plain English. It finds the kind of question,
/// the actor names and a date; it does not resolve the names.
/// </summary>
public static partial class QuestionParser
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "who are Iran's allies?",
        "what countries are allies with Iran",
        "is Oman an ally of Iran?",
        "who backs the Houthis?",
        "Iran's allies in 2019",
        "allies of Russia as of 2024-06-01",
    ];

    private const string Relations = "allies|ally|partners|partner|friends|friend|backers|sponsors|supporters|patrons|proxies|enemies|enemy|adversaries|adversary|rivals|rival|foes";

    public static Question? Parse(string text, DateOnly today)
    {
        var (rest, asOf) = TakeDate(Clean(text), today);
        foreach (var (pattern, build) in Patterns)
        {
            var match = pattern.Match(rest);
            if (match.Success && build(match, asOf) is { } question)
                return question;
        }
        return null;
    }

    private static readonly (Regex Pattern, Func<Match, DateOnly?, Question?> Build)[] Patterns =
    [
        (PairOfRegex(), (m, d) => Pair(m.Groups["b"].Value, m.Groups["a"].Value, d)),
        (PairWithRegex(), (m, d) => Pair(m.Groups["b"].Value, m.Groups["a"].Value, d)),
        (PairDoesRegex(), (m, d) => Pair(m.Groups["b"].Value, m.Groups["a"].Value, d)),
        (PairAndRegex(), (m, d) => Pair(m.Groups["a"].Value, m.Groups["b"].Value, d)),
        (PossessiveRegex(), (m, d) => Allies(m.Groups["a"].Value, d)),
        (RelationOfRegex(), (m, d) => Allies(m.Groups["a"].Value, d)),
        (WhoBacksRegex(), (m, d) => Allies(m.Groups["a"].Value, d)),
        (TrailingRelationRegex(), (m, d) => Allies(m.Groups["a"].Value, d)),
        (BareRegex(), (m, d) => Allies(m.Groups["a"].Value, d)),
    ];

    private static Question? Allies(string subject, DateOnly? asOf) =>
        Actor(subject) is { } s ? new Question.AlliesOf(s, asOf) : null;

    private static Question? Pair(string subject, string other, DateOnly? asOf) =>
        Actor(subject) is { } s && Actor(other) is { } o ? new Question.Pair(s, o, asOf) : null;

    /// <summary>Trims what surrounds a name in a question: "the", possessives, quotes, trailing words.</summary>
    private static string? Actor(string phrase)
    {
        var name = LeadingNoiseRegex().Replace(phrase.Trim(), "");
        name = PossessiveSuffixRegex().Replace(name, "");
        name = TrailingNoiseRegex().Replace(name, "").Trim(' ', '"', '\'', ',', '.');
        return name.Length == 0 || StopWordRegex().IsMatch(name) ? null : name;
    }

    private static string Clean(string text) =>
        SpaceRegex().Replace(text.Replace('’', '\'').Replace('‘', '\'').Trim().TrimEnd('?', '!', '.', ' '), " ");

    /// <summary>Finds "in 2019", "as of 2024-06-01", "in June 2019"; a year stands for its middle.</summary>
    private static (string Remainder, DateOnly? AsOf) TakeDate(string text, DateOnly today)
    {
        var match = DateRegex().Match(text);
        if (!match.Success)
            return (text, null);
        var value = match.Groups["date"].Value;
        DateOnly? date = null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            date = day;
        else if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            date = month.AddDays(14);
        else if (DateOnly.TryParseExact(value, ["MMMM yyyy", "MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var named))
            date = named.AddDays(14);
        else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
            date = new DateOnly(year, 7, 1);
        if (date is { } d && d > today && value.Length == 4 && d.Year == today.Year)
            date = today;
        var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();
        return (SpaceRegex().Replace(rest, " "), date);
    }

    [GeneratedRegex(@"\b(?:as of|as at|in|on|by|during|at the end of)\s+(?<date>\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^(?:is|are|was|were)\s+(?<a>.+?)\s+(?:still\s+|really\s+)?(?:an?\s+|the\s+)?(?:close\s+|main\s+|formal\s+|treaty\s+)?(?:" + Relations + @")\s+(?:of|with|to|for)\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PairOfRegex();

    [GeneratedRegex(@"^(?:is|are|was|were)\s+(?<a>.+?)\s+(?:still\s+)?(?:allied|aligned|friendly|close|partnered|at war)\s+(?:with|to)\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PairWithRegex();

    [GeneratedRegex(@"^(?:does|do|did)\s+(?<a>.+?)\s+(?:still\s+)?(?:back|support|arm|fund|help|sponsor|ally with|side with|oppose)\s+(?<b>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PairDoesRegex();

    [GeneratedRegex(@"^(?:are|were)\s+(?<a>.+?)\s+and\s+(?<b>.+?)\s+(?:still\s+)?(?:" + Relations + @"|allied|aligned|at war)$", RegexOptions.IgnoreCase)]
    private static partial Regex PairAndRegex();

    [GeneratedRegex(@"^(?:(?:who|what|which)\s+(?:\w+\s+)?(?:is|are|were|was)\s+)?(?:the\s+)?(?<a>.+?)(?:'s|')\s+(?:main\s+|closest\s+|key\s+|current\s+)?(?:" + Relations + @")\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveRegex();

    [GeneratedRegex(@"^(?:.*?\b)?(?:" + Relations + @")\s+(?:of|with|to|for)\s+(?<a>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelationOfRegex();

    [GeneratedRegex(@"^(?:who|which\s+\w+|what\s+\w+)\s+(?:backs|back|supports|support|funds|fund|arms|arm|sponsors|sponsor|helps|help|sides with|side with|is allied with|are allied with|is aligned with|are aligned with|opposes|oppose)\s+(?<a>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoBacksRegex();

    [GeneratedRegex(@"^(?:(?:who|what|which)\s+(?:\w+\s+)?(?:is|are|were|was)\s+)?(?<a>.+?)\s+(?:main\s+|closest\s+|key\s+)?(?:" + Relations + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRelationRegex();

    [GeneratedRegex(@"^(?<a>[^?]{1,80})$")]
    private static partial Regex BareRegex();

    [GeneratedRegex(@"^(?:the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNoiseRegex();

    [GeneratedRegex(@"(?:'s|')$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveSuffixRegex();

    [GeneratedRegex(@"\s+(?:now|today|currently|these days|right now)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNoiseRegex();

    [GeneratedRegex(@"^(?:who|what|which|is|are|the|a|an|of|with|allies|ally|partners|friends|enemies)(?:\s+(?:who|what|which|is|are|the|a|an|of|with|allies|ally|partners|friends|enemies|countries|states|groups))*$", RegexOptions.IgnoreCase)]
    private static partial Regex StopWordRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}
