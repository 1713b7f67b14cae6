using System.Diagnostics;

namespace Entente.Benchmarks.Extraction;

/// <summary>Wall-clock and CPU time of the fastest run.</summary>
internal readonly record struct Timed(TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>
    /// The fastest of <paramref name="runs"/> runs by each measure: on a shared machine the slower
    /// runs measure the neighbours. <paramref name="cpu"/> reads the CPU time that counts (this
    /// thread's, or the children's).
    /// </summary>
    public static Timed Best(int runs, Func<TimeSpan> cpu, Action action)
    {
        var wall = TimeSpan.MaxValue;
        var used = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = cpu();
            var started = Stopwatch.GetTimestamp();
            action();
            var elapsed = Stopwatch.GetElapsedTime(started);
            var cpuUsed = cpu() - cpuBefore;
            wall = elapsed < wall ? elapsed : wall;
            used = cpuUsed < used ? cpuUsed : used;
        }
        return new Timed(wall, used);
    }
}
