using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>The vectorised skip to the next character that can start a name, against a plain loop.</summary>
public sealed class CapitalCursorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(200)]
    [InlineData(1000)]
    public void Finds_every_capital_and_non_ascii_character_in_order(int length)
    {
        var random = new Random(length);
        const string alphabet = "abcdefghij klmnop,.'-ABCXYZ0189éÜ’\n";
        var text = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var expected = Enumerable.Range(0, length).Where(i => text[i] is >= 'A' and <= 'Z' || text[i] > 0x7F).ToList();

        var cursor = new CapitalCursor(text);
        var found = new List<int>();
        for (var at = cursor.Next(0); at >= 0; at = cursor.Next(at + 1))
            found.Add(at);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Can_jump_back_and_forth()
    {
        var text = new string('a', 150) + "B" + new string('c', 10) + "D" + new string('e', 100);
        var cursor = new CapitalCursor(text);
        Assert.Equal(150, cursor.Next(0));
        Assert.Equal(161, cursor.Next(151));
        Assert.Equal(150, cursor.Next(3));
        Assert.Equal(-1, cursor.Next(162));
        Assert.Equal(-1, cursor.Next(text.Length));
    }
}
