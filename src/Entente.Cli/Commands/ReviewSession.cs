using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>One review walk through the candidate claims, reading single-letter answers.</summary>
internal sealed class ReviewSession(IKnowledgeStore store, CliEnvironment environment, Source analyst)
{
    private int _accepted, _rejected, _edited, _skipped;

    public int Run(string? actorId)
    {
        var candidates = store.GetClaims(new ClaimQuery(actorId, ClaimStatus.Candidate, 10_000));
        if (candidates.Count == 0)
        {
            environment.Output.WriteLine("No candidate claims to review.");
            return 0;
        }
        environment.Output.WriteLine($"{candidates.Count} candidate claim{(candidates.Count == 1 ? "" : "s")}. Answer a (accept), r (reject), e (edit type), s (skip), q (quit).");
        for (var i = 0; i < candidates.Count; i++)
        {
            Show(candidates[i], i + 1, candidates.Count);
            if (!Decide(candidates[i]))
                break;
        }
        environment.Output.WriteLine($"Accepted {_accepted}, rejected {_rejected}, edited {_edited}, skipped {_skipped}.");
        return 0;
    }

    private void Show(Claim claim, int number, int total)
    {
        var source = store.GetSource(claim.SourceId);
        var polarity = claim.Polarity == Polarity.Denies ? "NOT " : "";
        var areas = claim.Areas.Count > 0 ? $" [{string.Join(", ", claim.Areas.Select(a => a.ToWire()))}]" : "";
        environment.Output.WriteLine();
        environment.Output.WriteLine($"({number}/{total}) #{claim.Id}: {claim.Subject} {polarity}{claim.Predicate} {claim.Object}{areas} ({claim.Validity}){(claim.Hedged ? ", hedged" : "")}");
        environment.Output.WriteLine($"  source: {Terminal.Clean(source?.Title)} — {Terminal.Clean(source?.Publisher)}");
        if (claim.Quote is not null)
            environment.Output.WriteLine($"  \"{Terminal.Clean(claim.Quote)}\"");
    }

    /// <summary>False when the analyst quits (or input ends).</summary>
    private bool Decide(Claim claim)
    {
        while (true)
        {
            environment.Output.Write("  [a/r/e/s/q] > ");
            var answer = environment.Input.ReadLine()?.Trim().ToLowerInvariant();
            switch (answer)
            {
                case null or "q":
                    return false;
                case "a":
                    store.SetClaimStatus(claim.Id, ClaimStatus.Accepted);
                    _accepted++;
                    return true;
                case "r":
                    store.SetClaimStatus(claim.Id, ClaimStatus.Rejected);
                    _rejected++;
                    return true;
                case "s" or "":
                    _skipped++;
                    return true;
                case "e":
                    if (Edit(claim))
                        return true;
                    break;
                default:
                    environment.Output.WriteLine("  a = accept, r = reject, e = edit the relation type, s = skip, q = quit");
                    break;
            }
        }
    }

    private bool Edit(Claim claim)
    {
        environment.Output.Write($"  relation type ({string.Join(", ", RelationTypes.All)}) > ");
        var text = environment.Input.ReadLine()?.Trim();
        if (!RelationTypes.TryParse(text, out var type))
        {
            environment.Output.WriteLine($"  '{text}' is not a relation type; nothing changed.");
            return false;
        }
        var edited = claim with
        {
            Id = 0,
            Relation = type,
            Directed = type.IsDirectedByDefault(),
            SourceId = analyst.Id,
            Note = $"Analyst's reading of claim #{claim.Id}",
            ProducedBy = $"analyst:{analyst.Publisher}",
            Status = ClaimStatus.Accepted,
        };
        store.Write(new KnowledgeBatch([], [analyst], [edited]));
        store.SetClaimStatus(claim.Id, ClaimStatus.Rejected);
        _edited++;
        return true;
    }
}
