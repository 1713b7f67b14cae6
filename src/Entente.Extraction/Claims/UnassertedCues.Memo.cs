namespace Entente.Extraction.Claims;

internal static partial class UnassertedCues
{
    /// <summary>Whether the cue of <paramref name="length"/> words at <paramref name="index"/> asserts no tie (see the tests in UnassertedCues.cs).</summary>
    /// <remarks>
    /// The cue reader, then the subject reader, ask this of the same cues of a unit, and the tests read only the words:
    /// the unit's answers are kept, so the second asking costs a lookup (it cost a twentieth of reading claims).
    /// </remarks>
    public static bool Unasserted(IReadOnlyList<Word> words, int index, int length) =>
        (_answers ??= new UnitAnswers()).Of(words, index, length);

    [ThreadStatic]
    private static UnitAnswers? _answers;

    /// <summary>
    /// The answers for the last words list asked about on this thread, keyed like CueLexicon's cues of a unit: by the list
    /// instance, its length and the thread's refill count (the list Words.OfUnit reuses is another unit's after a refill).
    /// </summary>
    private sealed class UnitAnswers
    {
        // A unit holds few cues; past this many, the rest are simply tested again.
        private const int Kept = 16;

        private readonly (int Index, int Length, bool Unasserted)[] _kept = new (int, int, bool)[Kept];
        private IReadOnlyList<Word>? _words;
        private int _count;
        private int _refills;
        private int _used;

        public bool Of(IReadOnlyList<Word> words, int index, int length)
        {
            if (!ReferenceEquals(_words, words) || _count != words.Count || _refills != Claims.Words.Refills)
                (_words, _count, _refills, _used) = (words, words.Count, Claims.Words.Refills, 0);
            for (var k = 0; k < _used; k++)
            {
                if (_kept[k].Index == index && _kept[k].Length == length)
                    return _kept[k].Unasserted;
            }
            var unasserted = Test(words, index, length);
            if (_used < Kept)
                _kept[_used++] = (index, length, unasserted);
            return unasserted;
        }
    }
}
