using Entente.Questions;

namespace Entente.Tests.Questions;

public sealed class QuestionParserTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    [Theory]
    [InlineData("what countries are allies with iran", "iran")]
    [InlineData("who are Russia's allies?", "Russia")]
    [InlineData("Who are Iran’s allies", "Iran")]
    [InlineData("who backs the Houthis?", "Houthis")]
    [InlineData("allies of Hezbollah", "Hezbollah")]
    [InlineData("who supports Hamas", "Hamas")]
    [InlineData("North Korea's partners", "North Korea")]
    [InlineData("who is allied with the United States?", "United States")]
    [InlineData("Iran", "Iran")]
    public void Reads_who_are_the_allies_of(string text, string subject)
    {
        var question = Assert.IsType<Question.AlliesOf>(QuestionParser.Parse(text, Today));
        Assert.Equal(subject, question.Subject);
        Assert.Null(question.AsOf);
    }

    [Theory]
    [InlineData("is Oman an ally of Iran?", "Iran", "Oman")]
    [InlineData("Is Russia allied with Iran", "Iran", "Russia")]
    [InlineData("does China back Iran?", "Iran", "China")]
    [InlineData("are Iran and Russia allies?", "Iran", "Russia")]
    [InlineData("is Saudi Arabia an enemy of Iran", "Iran", "Saudi Arabia")]
    public void Reads_pair_questions(string text, string subject, string other)
    {
        var question = Assert.IsType<Question.Pair>(QuestionParser.Parse(text, Today));
        Assert.Equal((subject, other), (question.Subject, question.Other));
    }

    [Theory]
    [InlineData("Iran's allies in 2019", "Iran", "2019-07-01")]
    [InlineData("who were Iran's allies in June 2019?", "Iran", "2019-06-15")]
    [InlineData("allies of Russia as of 2024-06-01", "Russia", "2024-06-01")]
    [InlineData("Iran allies in 2026", "Iran", "2026-01-15")]
    public void Reads_dates(string text, string subject, string date)
    {
        var question = Assert.IsType<Question.AlliesOf>(QuestionParser.Parse(text, Today));
        Assert.Equal(subject, question.Subject);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), question.AsOf);
    }

    [Theory]
    [InlineData("who are the allies?")]
    [InlineData("what is the meaning of life and why do we have to ask such long questions about nothing at all, really, tell me")]
    [InlineData("")]
    [InlineData("?")]
    public void Returns_nothing_for_what_it_cannot_read(string text) => Assert.Null(QuestionParser.Parse(text, Today));
}
