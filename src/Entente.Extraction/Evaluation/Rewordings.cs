using System.Text.RegularExpressions;

namespace Entente.Extraction.Evaluation;

/// <summary>A passage to reword: its text, and where the first names of the other actor and of the subject end in it (-1 if not found).</summary>
public readonly record struct Passage(string Text, int OtherNameEnd, int SubjectNameEnd = -1);

/// <summary>A change to a sentence that keeps what it says of who stands with whom; a reader of claims should read both alike.</summary>
public sealed record Rewording(string Name, string Example, Func<Passage, string?> Apply);

/// <summary>
/// The rewordings the robustness check applies to each quoted passage: openers, attributions and clauses added at either end,
/// adverbs after the first auxiliary, an aside after the other actor's name or the subject's. A rule that holds only for the exact words it was
/// written from loses claims here; that is what the check measures, on any gold folder, without new annotations.
/// </summary>
public static partial class Rewordings
{
    public static IReadOnlyList<Rewording> All { get; } =
    [
        new("opener-date", "In 2019, …", p => "In 2019, " + Lowered(p.Text)),
        new("opener-however", "However, …", p => "However, " + Lowered(p.Text)),
        new("opener-according", "According to analysts, …", p => "According to analysts, " + Lowered(p.Text)),
        new("opener-while", "While talks continue, …", p => "While talks continue, " + Lowered(p.Text)),
        new("opener-analysts-say", "Analysts say that …", p => "Analysts say that " + Lowered(p.Text)),
        new("end-officials-said", "…, officials said.", p => Unstopped(p.Text) + ", officials said."),
        new("end-statement", "…, the ministry said in a statement on Monday.", p => Unstopped(p.Text) + ", the ministry said in a statement on Monday."),
        new("end-clause", "…, and talks continue.", p => Unstopped(p.Text) + ", and talks continue."),
        new("end-since", "… since 2015.", p => Unstopped(p.Text) + " since 2015."),
        new("adverb-also", "has also …", p => AfterAuxiliary(p.Text, "also")),
        new("adverb-now", "is now …", p => AfterAuxiliary(p.Text, "now")),
        new("adverb-still", "is still …", p => AfterAuxiliary(p.Text, "still")),
        new("adverb-long", "has long …", p => AfterAuxiliary(p.Text, "long")),
        new("adverb-reportedly", "has reportedly …", p => AfterAuxiliary(p.Text, "reportedly")),
        new("hedge-before-verb", "reportedly signed …", p => BeforeFirstVerb(p.Text, "reportedly")),
        new("context", "A sentence before and after", p => "The region remains tense. " + p.Text + " Talks continue."),
        new("aside-after-other", "Name, a key player in the region, …", p =>
            BeforeItsVerb(p.Text, p.OtherNameEnd) ? p.Text[..p.OtherNameEnd] + ", a key player in the region," + p.Text[p.OtherNameEnd..] : null),
        new("aside-after-subject", "Subject, a key player in the region, …", p =>
            BeforeItsVerb(p.Text, p.SubjectNameEnd) ? p.Text[..p.SubjectNameEnd] + ", a key player in the region," + p.Text[p.SubjectNameEnd..] : null),
    ];

    /// <summary>Whether a quoted passage is a sentence the rewordings fit: not a label ("Russia: a strategic partner"), a bullet or a table row.</summary>
    public static bool Fits(string text) =>
        text.Length >= 20 && !text.Contains('\n') && !LabelOrBullet().IsMatch(text);

    // Words that open a sentence in capitals only because they open it.
    private static readonly HashSet<string> Lowerable = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "This", "These", "That", "Its", "Their", "In", "On", "Since", "After", "Before", "Both", "Some", "Many",
        "Most", "During", "While", "As", "When", "With", "By", "For", "Over", "Under", "At", "From", "Last", "Earlier", "Later", "But", "And",
        "Relations", "Ties", "Talks", "Officials", "Strategic", "Military", "Security", "Diplomatic", "Economic", "Trade", "Defence",
        "Defense",
    };

    private static string Lowered(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lowerable.Contains(text[..space]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private static string Unstopped(string text) => text.TrimEnd().TrimEnd('.').TrimEnd();

    // Verbs after which a name is the doer, so an aside may follow it ("Iran, a key player in the region, has armed …"); not
    // "U.S. troops" or "Omani channels", where the name qualifies a noun.
    private static readonly string[] DoerVerbs = [" is ", " are ", " was ", " were ", " has ", " have ", " had ", " remains ", " will ", " signed ", " sent ", " backs ", " backed ", " supports ", " supported "];

    private static bool BeforeItsVerb(string text, int nameEnd) =>
        nameEnd > 0 && nameEnd < text.Length && DoerVerbs.Any(v => string.CompareOrdinal(text, nameEnd, v, 0, v.Length) == 0);

    // Verbs in the simple present or past that carry a tie themselves, with no auxiliary before them.
    private static readonly string[] TieVerbs =
    [
        " backs ", " backed ", " supports ", " supported ", " funds ", " funded ", " arms ", " armed ", " trains ", " trained ",
        " signed ", " sent ", " sends ", " supplies ", " supplied ", " provides ", " provided ", " fights ", " fought ", " opposes ",
        " opposed ", " condemned ", " accused ", " accuses ", " helped ", " helps ", " hosts ", " hosted ", " sponsors ", " sponsored ",
    ];

    private static string? BeforeFirstVerb(string text, string adverb)
    {
        var first = TieVerbs.Select(v => text.IndexOf(v, StringComparison.Ordinal)).Where(at => at > 0).DefaultIfEmpty(-1).Min();
        return first < 0 ? null : text[..(first + 1)] + adverb + text[first..];
    }

    private static string? AfterAuxiliary(string text, string adverb)
    {
        foreach (var auxiliary in (string[])[" has ", " have ", " is ", " are ", " was ", " were ", " had "])
        {
            var at = text.IndexOf(auxiliary, StringComparison.Ordinal);
            if (at >= 0)
                return text[..(at + auxiliary.Length)] + adverb + " " + text[(at + auxiliary.Length)..];
        }
        return null;
    }

    [GeneratedRegex(@"^(\*\*|- |\||[A-Z][\w\s\-.'’]{0,40}\*?\*?:)")]
    private static partial Regex LabelOrBullet();
}
