using System.Diagnostics;

namespace Entente.Benchmarks.Extraction;

internal static class Timing
{
    /// <summary>The fastest of <paramref name="runs"/> runs: on a shared machine the others measure the neighbours.</summary>
    public static TimeSpan Best(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed < best)
                best = elapsed;
        }
        return best;
    }
}
