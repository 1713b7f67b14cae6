using Entente.Answers;
using Entente.Assessing;
using Entente.Questions;
using Entente.Resolution;
using Entente.Storage;

namespace Entente.Cli;

/// <summary>From a name or a question to an answer: resolve, load the slice, assess, group.</summary>
public sealed class Answering(IKnowledgeStore store, DateOnly today)
{
    private readonly AnswerBuilder _builder = new(new AssessmentEngine(ScoringModel.Default));

    public Actor Resolve(string name)
    {
        var resolution = new ActorResolver(store.Names).Resolve(name);
        if (resolution is not ActorResolution.Found found)
            throw new UserError(resolution.Problem);
        return store.GetActor(found.ActorId) ?? throw new UserError($"'{name}' resolved to {found.ActorId}, which is not in the database.");
    }

    public Answer AlliesOf(string name, DateOnly? asOf)
    {
        var subject = Resolve(name);
        var date = CheckDate(asOf ?? today);
        var slice = store.LoadSlice(subject.Id) ?? throw new UserError($"No data about {subject.Name}.");
        return _builder.Build(slice, date);
    }

    public Answer Ask(string question)
    {
        var parsed = QuestionParser.Parse(question, today) ?? throw new UserError(
            $"I could not read the question \"{question.Trim()}\". Questions I can answer look like:\n  "
            + string.Join("\n  ", QuestionParser.Examples));
        return parsed switch
        {
            Question.Pair pair => PairOf(pair, question),
            Question.AlliesOf allies => AlliesOf(allies.Subject, allies.AsOf),
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    private Answer PairOf(Question.Pair pair, string question)
    {
        var other = Resolve(pair.Other);
        var answer = AlliesOf(pair.Subject, pair.AsOf);
        return PairAnswer.Narrow(answer, other.ToRef(), question.Trim());
    }

    private DateOnly CheckDate(DateOnly date) =>
        date > today
            ? throw new UserError($"The date {date:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}); Entente reports what is known, it does not forecast.")
            : date;

    /// <summary>Reads --as-of: YYYY-MM-DD, or YYYY-MM (the 15th), or YYYY (1 July), as questions do.</summary>
    public static DateOnly ParseAsOf(string text)
    {
        if (!PartialDate.TryParse(text, out var date))
            throw new UserError($"--as-of '{text}' is not a date; use YYYY-MM-DD (e.g. 2024-06-01), YYYY-MM or YYYY.");
        return date.Precision switch
        {
            DatePrecision.Day => date.Start,
            DatePrecision.Month => date.Start.AddDays(14),
            _ => new DateOnly(date.Year, 7, 1),
        };
    }
}
