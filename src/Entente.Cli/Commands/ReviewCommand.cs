using System.CommandLine;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente review [--db PATH] [--about ACTOR] [--analyst NAME]`: walks the candidate claims one by one —
/// accept, reject, edit the relation type, skip, quit. An edit is the analyst's own claim (accepted,
/// with the analyst as source) and rejects the extractor's.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var about = new Option<string?>("--about") { Description = "Only candidates that involve this actor" };
        var analyst = new Option<string?>("--analyst") { Description = "Your name, recorded as the source of edits (default: $USER)" };
        var command = new Command("review", "Accept, reject or edit the candidate claims that ingest found") { db, about, analyst };
        command.SetAction(result => EntenteCommand.Guard(environment, () =>
        {
            using var store = environment.OpenStore(result.GetValue(db));
            var actorId = result.GetValue(about) is { } name ? new Answering(store, environment.Today).Resolve(name).Id : null;
            var who = result.GetValue(analyst) ?? Environment.GetEnvironmentVariable("USER") ?? "analyst";
            return new ReviewSession(store, environment, AnalystSource.For(who, environment.Today)).Run(actorId);
        }));
        return command;
    }
}

/// <summary>The source that stands for an analyst's own judgements.</summary>
internal static class AnalystSource
{
    public static Source For(string analyst, DateOnly today)
    {
        var slug = new string(analyst.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return new Source($"analyst-{(slug.Length == 0 ? "anonymous" : slug)}", $"Review by {analyst}", analyst, Reliability.Parse("B2"))
        {
            Published = PartialDate.FromDate(today),
        };
    }
}
