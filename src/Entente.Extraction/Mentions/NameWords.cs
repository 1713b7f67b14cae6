namespace Entente.Extraction.Mentions;

/// <summary>One word of a name as the data writes it, with the key the tokeniser gives it.</summary>
internal sealed record NameWord(string Key, string Raw, int Start)
{
    /// <summary>Can anchor the name: starts with a capital, or with a letter of a caseless script.</summary>
    public bool Capitalised => Raw.Length > 0 && char.IsLetter(Raw[0]) && !char.IsLower(Raw[0]);
}

internal static class NameWords
{
    /// <summary>A name cut into words by the same tokeniser that reads documents; an empty key marks a word too long to be one.</summary>
    public static List<NameWord> Of(string name)
    {
        var words = new List<NameWord>();
        Span<char> key = stackalloc char[Tokenizer.MaxKeyLength];
        var i = 0;
        while (i < name.Length)
        {
            var c = name[i];
            if (!TextChars.IsWord(c) && !TextChars.IsSymbol(c))
            {
                i++;
                continue;
            }
            var end = Tokenizer.Read(name, i, key, out var keyLength);
            if (end <= i)
            {
                i++;
                continue;
            }
            words.Add(new NameWord(keyLength > 0 ? key[..keyLength].ToString() : "", name[i..end], i));
            i = end;
        }
        return words;
    }
}
