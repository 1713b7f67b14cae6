namespace Entente.Benchmarks.Ingest;

/// <summary>The "--name value" options of the ingest benchmarks.</summary>
internal static class BenchArgs
{
    public static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
