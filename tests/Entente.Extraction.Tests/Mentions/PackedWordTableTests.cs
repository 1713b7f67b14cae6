using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>The scan's tables: packed word keys, the word table and the trie's edges.</summary>
public sealed class PackedWordTableTests
{
    [Theory]
    [InlineData("iran", true)]
    [InlineData("g20", true)]
    [InlineData("abcdefghijklmno", true)]
    [InlineData("abcdefghijklmnop", false)]
    [InlineData("", false)]
    [InlineData("turkiye", true)]
    [InlineData("t\u00FCrkiye", false)]
    [InlineData("&", false)]
    public void Only_short_keys_of_ascii_letters_and_digits_pack(string key, bool packs) =>
        Assert.Equal(packs, PackedKey.TryPack(key, out _));

    [Fact]
    public void Every_word_is_found_and_words_sharing_their_first_eight_letters_are_told_apart()
    {
        var random = new Random(7);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < 3000)
            keys.Add(RandomKey(random));
        foreach (var suffix in new[] { "a", "b", "ab", "ba", "zzzzzzz" })
            keys.Add("internat" + suffix); // the probe compares the first eight characters; the rest must still count
        var ids = keys.Select((key, id) => (key, id)).ToList();
        var table = new PackedWordTable(ids.Select(w => (Pack(w.key), new PackedWordTable.Entry(Pack(w.key).High, 0, w.id, w.id), (NameCandidate?)null)).ToList());

        foreach (var (key, id) in ids)
            Assert.Equal(id, table[table.Find(Pack(key))].WordId);
        for (var i = 0; i < 3000; i++)
        {
            var other = RandomKey(random);
            if (!keys.Contains(other))
                Assert.Equal(-1, table[table.Find(Pack(other))].Root);
        }
        Assert.Equal(-1, table[table.Find(Pack("internat"))].WordId);
        Assert.Equal(-1, table[table.Find(Pack("internatc"))].WordId);
    }

    [Fact]
    public void Edges_lead_to_their_child_and_absent_edges_to_none()
    {
        var children = new Dictionary<long, int>();
        for (var node = 0; node < 200; node++)
        {
            for (var word = 0; word < 5; word++)
                children[((long)node << 32) | (uint)(word * 7)] = node * 10 + word;
        }
        var table = new EdgeTable(children);
        foreach (var (edge, child) in children)
            Assert.Equal(child, table.Child(edge));
        Assert.Equal(0, table.Child(0)); // node 0, word 0: an edge whose number is zero
        Assert.Equal(-1, table.Child((5L << 32) | 1));
        Assert.Equal(-1, table.Child(1000L << 32));
    }

    private static PackedKey Pack(string key) => PackedKey.TryPack(key, out var packed) ? packed : throw new ArgumentException(key);

    private static string RandomKey(Random random)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var chars = new char[random.Next(1, PackedKey.MaxLength + 1)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
