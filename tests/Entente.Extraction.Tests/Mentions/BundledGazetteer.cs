using Entente.Extraction.Mentions;
using Entente.Formats.Bundled;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>One gazetteer over the real bundled actors, built once for all tests (it is immutable).</summary>
internal static class BundledGazetteer
{
    private static readonly Lazy<Gazetteer> Built = new(() => Gazetteer.Build(BundledKnowledge.Load().Batch.Actors));

    public static Gazetteer Instance => Built.Value;

    /// <summary>The mentions as "actor:surface", the form the tests read best in.</summary>
    public static string[] Names(string text) =>
        Instance.Find(text).Select(m => $"{m.ActorId}:{m.Surface}").ToArray();
}
