namespace Entente.Extraction.Claims;

// Which words the coreference scans look for a unit holds: read once per unit, by lexicon number, so that
// a scan that cannot find its word is not run over every word.
internal sealed partial class Coreference
{
    [Flags]
    private enum Saying
    {
        None = 0,
        Possessive = 1,
        LatterOrFormer = 2,
        Title = 4,
        It = 8,
        Its = 16,
    }

    private static readonly WordSet ScannedFor = new("'s", "latter", "former", "regime", "kingdom", "junta", "army", "government", "forces", "troops", "it", "its");

    private static Saying Said(IReadOnlyList<Word> words)
    {
        var all = words is List<Word> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : words.ToArray();
        var said = Saying.None;
        foreach (ref readonly var w in all)
        {
            if (!ScannedFor.Contains(w))
                continue;
            said |= w.Lower switch
            {
                "'s" => Saying.Possessive,
                "latter" or "former" => Saying.LatterOrFormer,
                "it" => Saying.It,
                "its" => Saying.Its,
                _ => Saying.Title,
            };
        }
        return said;
    }
}
