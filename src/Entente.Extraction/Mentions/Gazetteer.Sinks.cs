using System.Collections.Frozen;

namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>Where the scan puts what it finds; a struct, so the scan is specialised and inlined per use.</summary>
    private interface IMatchSink
    {
        void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate);

        /// <summary>A name several actors share ("Korea"): most sinks let it name no one.</summary>
        void AddShared(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate);
    }

    private readonly struct MentionSink(ICollection<Mention> into, int offset, bool shared) : IMatchSink
    {
        public void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate)
        {
            if ((candidate.Kind != NameKind.Capital || !(TailOfPlaceName(text, start) || NamesAnAccord(text, end))) && (candidate.Kind != NameKind.Demonym || !NamesALanguage(text, end)))
                into.Add(new Mention(offset + start, offset + end, candidate.ActorId, candidate.Kind, Surface(text[start..end], candidate)));
        }

        public void AddShared(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate)
        {
            if (shared && candidate.ActorId.Length > 0)
                into.Add(new Mention(offset + start, offset + end, candidate.ActorId, NameKind.Ambiguous, Surface(text[start..end], candidate)));
        }

        /// <summary>The words as written; the form's own string when they are written as the data writes it, as most are ("Iran").</summary>
        private static string Surface(ReadOnlySpan<char> written, NameCandidate candidate) =>
            written.SequenceEqual(candidate.Form) ? candidate.Form : written.ToString();
    }

    private struct CountingSink : IMatchSink
    {
        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate) => Count++;

        public void AddShared(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate)
        {
        }
    }

    /// <summary>
    /// "Portuguese-speaking Africa", "Russian-language media", "French speakers": the adjective names a language, and its
    /// speakers are no state's.
    /// </summary>
    private static bool NamesALanguage(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('-' or ' '))
            return false;
        var rest = text[(end + 1)..];
        return rest.StartsWith("speaking", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("speakers", StringComparison.OrdinalIgnoreCase)
            || (text[end] == '-' && rest.StartsWith("language", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "The Montevideo Mechanism", "the Minsk Group", "the Astana Process": a capital's name before a capitalised word for
    /// a meeting, a process or a text names that, not the state, which takes no part by being its namesake.
    /// </summary>
    private static bool NamesAnAccord(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
            return false;
        var rest = text[(end + 1)..];
        var wordEnd = 0;
        while (wordEnd < rest.Length && char.IsLetter(rest[wordEnd]))
            wordEnd++;
        return AccordWords.Contains(rest[..wordEnd]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccordWords = new[]
    {
        "Mechanism", "Process", "Format", "Group", "Club", "Agreement", "Agreements", "Accord", "Accords", "Declaration",
        "Protocol", "Protocols", "Summit", "Conference", "Communiqué", "Communique", "Dialogue", "Initiative", "Pact", "Treaty",
        "Convention", "Charter", "Consensus", "Framework", "Roadmap",
    }.ToFrozenSet().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Mocimboa da Praia", "Rio de Janeiro": a capital's name after a particle that follows a capitalised
    /// word ends another place's name, and stands for no state.
    /// </summary>
    private static bool TailOfPlaceName(ReadOnlySpan<char> text, int start)
    {
        var before = text[..start].TrimEnd(' ');
        if (before.Length == start)
            return false;
        var particleStart = before.LastIndexOf(' ') + 1;
        var particle = before[particleStart..];
        if (particle is not ("da" or "de" or "do" or "dos" or "das" or "del" or "di" or "du" or "des"))
            return false;
        var rest = before[..particleStart].TrimEnd(' ');
        return rest.Length > 0 && rest.Length < particleStart && TextChars.IsWord(rest[^1]) && char.IsUpper(rest[rest.LastIndexOf(' ') + 1]);
    }
}
