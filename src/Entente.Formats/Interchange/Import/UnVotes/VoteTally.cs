namespace Entente.Formats.Interchange.Import.UnVotes;

/// <summary>
/// Counts, per year and pair of voters, the roll calls both voted in and those where they voted
/// alike. Votes arrive in any order, so they are kept compactly (three small numbers a vote), sorted
/// by roll call, then tallied year by year on one dense pair matrix: no object per vote or per pair.
/// </summary>
public sealed class VoteTally
{
    private int[] _rollCall = new int[1 << 16];
    private short[] _voter = new short[1 << 16];
    private byte[] _choice = new byte[1 << 16];
    private readonly List<int> _yearOfRollCall = [];
    private readonly Dictionary<int, int> _rollCallIndex = [];

    public int Votes { get; private set; }

    public int Voters { get; private set; }

    /// <summary>Adds one vote: <paramref name="choice"/> is 1 yes, 2 no, 3 abstain; <paramref name="voter"/> an index below 32,768.</summary>
    public void Add(int rcid, int year, int voter, byte choice)
    {
        if (!_rollCallIndex.TryGetValue(rcid, out var index))
        {
            _rollCallIndex[rcid] = index = _yearOfRollCall.Count;
            _yearOfRollCall.Add(year);
        }
        if (Votes == _rollCall.Length)
        {
            Array.Resize(ref _rollCall, Votes * 2);
            Array.Resize(ref _voter, Votes * 2);
            Array.Resize(ref _choice, Votes * 2);
        }
        _rollCall[Votes] = index;
        _voter[Votes] = (short)voter;
        _choice[Votes] = choice;
        Voters = Math.Max(Voters, voter + 1);
        Votes++;
    }

    /// <summary>Every (year, voter, voter, identical, both voted) with the first voter's index below the second's.</summary>
    public IEnumerable<PairYear> PairYears()
    {
        var order = VotesByRollCall(out var rollCallStart);
        var rollCallsByYear = Enumerable.Range(0, _yearOfRollCall.Count).GroupBy(i => _yearOfRollCall[i]).OrderBy(g => g.Key);
        var n = Voters;
        var same = new int[n * n];
        var both = new int[n * n];
        var voters = new int[n];
        var choices = new byte[n];
        foreach (var year in rollCallsByYear)
        {
            Array.Clear(same);
            Array.Clear(both);
            foreach (var rollCall in year)
            {
                var count = 0;
                for (var k = rollCallStart[rollCall]; k < rollCallStart[rollCall + 1]; k++)
                {
                    voters[count] = _voter[order[k]];
                    choices[count++] = _choice[order[k]];
                }
                Tally(voters, choices, count, n, same, both);
            }
            for (var a = 0; a < n; a++)
            {
                for (var b = a + 1; b < n; b++)
                {
                    if (both[(a * n) + b] > 0)
                        yield return new PairYear(year.Key, a, b, same[(a * n) + b], both[(a * n) + b]);
                }
            }
        }
    }

    private static void Tally(int[] voters, byte[] choices, int count, int n, int[] same, int[] both)
    {
        for (var i = 0; i < count; i++)
        {
            var vi = voters[i];
            var ci = choices[i];
            for (var j = i + 1; j < count; j++)
            {
                var vj = voters[j];
                if (vi == vj)
                    continue; // one voter listed twice on a roll call: its votes are not a pair
                var cell = vi < vj ? (vi * n) + vj : (vj * n) + vi;
                both[cell]++;
                if (ci == choices[j])
                    same[cell]++;
            }
        }
    }

    /// <summary>A counting sort of the votes by roll call: order[k] is the k-th vote, roll call r's votes at [start[r], start[r+1]).</summary>
    private int[] VotesByRollCall(out int[] start)
    {
        start = new int[_yearOfRollCall.Count + 1];
        for (var k = 0; k < Votes; k++)
            start[_rollCall[k] + 1]++;
        for (var r = 0; r < _yearOfRollCall.Count; r++)
            start[r + 1] += start[r];
        var next = (int[])start.Clone();
        var order = new int[Votes];
        for (var k = 0; k < Votes; k++)
            order[next[_rollCall[k]]++] = k;
        return order;
    }
}

/// <summary>In <see cref="Year"/>, voters <see cref="A"/> and <see cref="B"/> both voted <see cref="Votes"/> times, alike <see cref="Identical"/> times.</summary>
public readonly record struct PairYear(int Year, int A, int B, int Identical, int Votes);
