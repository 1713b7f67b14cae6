namespace Entente.Extraction.Claims;

/// <summary>A list of word beginnings ("accus", "destabili"): a word matches when it starts with one of them.</summary>
internal sealed class WordBeginnings(params string[] beginnings)
{
    public bool Starts(string lower)
    {
        foreach (var start in beginnings)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    public bool AnyIn(IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            if (Starts(word.Lower))
                return true;
        }
        return false;
    }
}
