namespace Entente.Extraction.Mentions;

/// <summary>
/// FNV-1a over the characters of a key, one step per character so the tokeniser can hash a key
/// while it writes it; <see cref="Mix"/> spreads the high bits into the low ones a table indexes by.
/// </summary>
internal static class WordHash
{
    public const uint Seed = 2166136261u;

    public static uint Add(uint hash, char c) => (hash ^ c) * 16777619u;

    public static uint Of(ReadOnlySpan<char> key)
    {
        var hash = Seed;
        foreach (var c in key)
            hash = Add(hash, c);
        return hash;
    }

    public static uint Mix(uint hash) => hash ^ (hash >> 15);
}
