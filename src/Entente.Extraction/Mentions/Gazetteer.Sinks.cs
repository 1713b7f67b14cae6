namespace Entente.Extraction.Mentions;

public sealed partial class Gazetteer
{
    /// <summary>Where the scan puts what it finds; a struct, so the scan is specialised and inlined per use.</summary>
    private interface IMatchSink
    {
        void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate);
    }

    private readonly struct MentionSink(ICollection<Mention> into, int offset) : IMatchSink
    {
        public void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate) =>
            into.Add(new Mention(offset + start, offset + end, candidate.ActorId, candidate.Kind, text[start..end].ToString()));
    }

    private struct CountingSink : IMatchSink
    {
        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> text, int start, int end, NameCandidate candidate) => Count++;
    }
}
