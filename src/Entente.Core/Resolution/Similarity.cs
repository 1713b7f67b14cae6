namespace Entente.Resolution;

/// <summary>How alike two name keys are, in [0, 1]: edit distance, with credit for a shared prefix or a whole word.</summary>
internal static class Similarity
{
    public static double Of(string query, string name)
    {
        if (query.Length == 0 || name.Length == 0)
            return 0;
        var distance = Levenshtein(query, name);
        var score = 1.0 - ((double)distance / Math.Max(query.Length, name.Length));
        if (name.StartsWith(query, StringComparison.Ordinal) || query.StartsWith(name, StringComparison.Ordinal))
            score = Math.Max(score, 0.6);
        if (query.Length >= 4 && name.Split(' ').Contains(query))
            score = Math.Max(score, 0.75);
        return score;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
