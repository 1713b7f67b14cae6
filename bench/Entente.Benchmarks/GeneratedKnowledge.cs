using Entente.Storage.Sqlite;

namespace Entente.Benchmarks;

/// <summary>
/// A synthetic knowledge base of the size the foundation issue names (100,000 actors, 1,000,000
/// relation claims), seeded so every run builds the same graph.
/// </summary>
internal static class GeneratedKnowledge
{
    public const int Actors = 100_000;
    public const int Claims = 1_000_000;
    private const int Sources = 1_000;

    private static readonly RelationType[] Types = Enum.GetValues<RelationType>().Where(t => t != RelationType.MemberOf).ToArray();
    private static readonly Area[] AllAreas = Enum.GetValues<Area>();

    public static string ActorId(int index) => $"actor-{index:D6}";

    /// <summary>Creates the database once per path; later runs reuse it.</summary>
    public static string Ensure(string path)
    {
        if (File.Exists(path))
            return path;
        var random = new Random(20260115);
        using var store = SqliteKnowledgeStore.Open(path + ".tmp");
        var actors = Enumerable.Range(0, Actors).Select(i => new Actor(ActorId(i), i < 2_000 ? ActorKind.State : ActorKind.NonStateArmedGroup, $"Actor {i:D6}")
        {
            Iso3 = i < 2_000 ? $"X{i:D4}" : null,
            Country = i < 2_000 ? null : $"X{i % 2_000:D4}",
            GreatPower = i < 5,
            Names = [new ActorName($"Alias {i:D6}", NameKind.Alias)],
        }).ToList();
        var sources = Enumerable.Range(0, Sources).Select(i => new Source($"source-{i:D4}", $"Report {i}", $"Publisher {i % 97}", new Reliability("ABCDEF"[i % 6], 1 + (i % 6)))
        {
            Url = $"https://example.org/report/{i}",
            Published = new PartialDate(1990 + (i % 36)),
        }).ToList();
        store.Write(new KnowledgeBatch(actors, sources, []));

        const int batch = 100_000;
        for (var start = 0; start < Claims; start += batch)
            store.Write(new KnowledgeBatch([], [], Enumerable.Range(start, batch).Select(_ => RandomClaim(random)).ToList()));
        store.Dispose();
        File.Move(path + ".tmp", path);
        return path;
    }

    private static Claim RandomClaim(Random random)
    {
        var a = random.Next(Actors);
        var b = (a + 1 + random.Next(Actors - 1)) % Actors;
        var type = Types[random.Next(Types.Length)];
        var since = 1950 + random.Next(75);
        return new Claim(ActorId(a), ActorId(b), $"source-{random.Next(Sources):D4}")
        {
            Relation = type,
            Areas = [AllAreas[random.Next(AllAreas.Length)], AllAreas[random.Next(AllAreas.Length)]],
            Directed = type.IsDirectedByDefault(),
            Validity = new Validity(new PartialDate(since), random.Next(4) == 0 ? new PartialDate(since + 1 + random.Next(20)) : null),
            Note = "generated",
            ProducedBy = "benchmark",
            Status = ClaimStatus.Accepted,
        };
    }
}
