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

    public static string Date(DateOnly date) => PartialDate.FromDate(date).ToProse();
}
