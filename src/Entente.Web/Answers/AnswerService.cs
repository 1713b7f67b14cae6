using Entente.Answers;
using Entente.Assessing;
using Entente.Questions;
using Entente.Resolution;
using Entente.Storage;
using Entente.Web.Problems;

namespace Entente.Web.Answers;

/// <summary>
/// From a name or a question to an answer, as the command line does it: resolve, load the slice,
/// assess, group. Problems come out as 400/404 with the closest matches.
/// </summary>
public sealed class AnswerService(Func<DateOnly> today)
{
    private readonly AnswerBuilder _builder = new(new AssessmentEngine(ScoringModel.Default));

    public DateOnly Today => today();

    public static Actor Resolve(IKnowledgeStore store, string name)
    {
        var resolution = new ActorResolver(store.Names).Resolve(name);
        if (resolution is ActorResolution.Found found)
            return store.GetActor(found.ActorId) ?? throw ApiProblem.NotFound($"'{name}' resolved to {found.ActorId}, which is not in the database.");
        var problem = resolution switch
        {
            ActorResolution.Ambiguous => new ApiProblem(StatusCodes.Status400BadRequest, "Ambiguous actor", resolution.Problem),
            _ => new ApiProblem(StatusCodes.Status404NotFound, "Unknown actor", resolution.Problem),
        };
        problem.Extensions["candidates"] = Candidates(resolution);
        throw problem;
    }

    public Answer AlliesOf(IKnowledgeStore store, string name, DateOnly? asOf)
    {
        var subject = Resolve(store, name);
        var date = CheckDate(asOf ?? today());
        var slice = store.LoadSlice(subject.Id) ?? throw ApiProblem.NotFound($"No data about {subject.Name}.");
        return _builder.Build(slice, date);
    }

    /// <summary>The answer about an actor known by id, or null when the store has nothing about it.</summary>
    public Answer? AnswerFor(IKnowledgeStore store, string actorId, DateOnly date) =>
        store.LoadSlice(actorId) is { } slice ? _builder.Build(slice, date) : null;

    public Answer Ask(IKnowledgeStore store, string question)
    {
        var parsed = QuestionParser.Parse(question, today()) ?? throw ApiProblem.BadRequest(
            $"I could not read the question \"{question.Trim()}\". Questions I can answer look like: "
            + string.Join("; ", QuestionParser.Examples));
        return parsed switch
        {
            Question.Pair pair => PairAnswer.Narrow(AlliesOf(store, pair.Subject, pair.AsOf), Resolve(store, pair.Other).ToRef(), question.Trim()),
            Question.AlliesOf allies => AlliesOf(store, allies.Subject, allies.AsOf),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    /// <summary>The date an answer is for: the one asked (checked) or today.</summary>
    public DateOnly DateFor(DateOnly? asOf) => CheckDate(asOf ?? today());

    private DateOnly CheckDate(DateOnly date)
    {
        var now = today();
        return date > now
            ? throw ApiProblem.BadRequest($"The date {date:yyyy-MM-dd} is in the future (today is {now:yyyy-MM-dd}); Entente reports what is known, it does not forecast.")
            : date;
    }

    private static IReadOnlyList<object> Candidates(ActorResolution resolution) =>
        (resolution switch
        {
            ActorResolution.Ambiguous a => a.Candidates,
            ActorResolution.Unknown u => u.Closest,
            _ => [],
        }).Select(c => (object)new { id = c.ActorId, name = c.ActorName, matched = c.MatchedName }).ToList();
}
