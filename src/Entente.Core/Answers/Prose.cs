namespace Entente.Answers;

/// <summary>Small helpers for generated sentences.</summary>
public static class Prose
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string Article(string word) => word.Length > 0 && "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static readonly string[] DefiniteEndings =
        [" Republic", " Islands", " Forces", " Organization", " Organisation", " Movement", " Group", " government",
         " Emirates", " States", " Kingdom", " Front", " Council", " Union", " Authority", " Force", " Corps", " Guard"];

    private static readonly string[] DefiniteNames = ["Houthis", "Philippines", "Netherlands", "Bahamas", "Gambia", "Maldives", "Comoros", "Vatican", "Taliban"];

    /// <summary>A name as it stands in running text: "the United States", "the Houthis", but "Iran", "Hezbollah".</summary>
    public static string Name(string name)
    {
        var definite = name.StartsWith("United ", StringComparison.Ordinal)
            || DefiniteNames.Contains(name, StringComparer.Ordinal)
            || DefiniteEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase) || name.Contains(e + " ", StringComparison.OrdinalIgnoreCase));
        return definite && !name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? "the " + name : name;
    }

    /// <summary>Starts a sentence: "The United States", "Iran".</summary>
    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"Iran's", "the Houthis'", "United States'".</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    public static string Date(DateOnly date) => PartialDate.FromDate(date).ToProse();
}
