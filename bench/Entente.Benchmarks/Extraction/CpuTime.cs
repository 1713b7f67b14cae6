using System.Runtime.InteropServices;

namespace Entente.Benchmarks.Extraction;

/// <summary>
/// CPU time from getrusage(2): of the calling thread, and of the child processes waited for. On a
/// machine shared with other work, wall-clock time measures the neighbours as much as the code;
/// CPU time measures what the code itself used.
/// </summary>
internal static partial class CpuTime
{
    private const int Children = -1;
    private const int Thread = 1;

    public static TimeSpan OfThisThread() => Read(Thread);

    public static TimeSpan OfChildren() => Read(Children);

    private static TimeSpan Read(int who)
    {
        if (!OperatingSystem.IsLinux() || GetRusage(who, out var usage) != 0)
            return TimeSpan.Zero;
        var micros = (usage.UserSeconds + usage.SystemSeconds) * 1_000_000 + usage.UserMicros + usage.SystemMicros;
        return TimeSpan.FromMicroseconds(micros);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Usage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this code does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Usage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;
        private Rest _rest;

        [System.Runtime.CompilerServices.InlineArray(14)]
        private struct Rest
        {
            private long _first;
        }
    }
}
