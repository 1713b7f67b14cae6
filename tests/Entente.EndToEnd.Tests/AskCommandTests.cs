namespace Entente.EndToEnd.Tests;

[Collection(BundledDatabaseCollection.Name)]
public sealed class AskCommandTests(BundledDatabase db)
{
    [Theory]
    [InlineData("what countries are allies with iran", "iran")]
    [InlineData("who are Russia's allies?", "russia")]
    [InlineData("who backs the Houthis?", "houthis")]
    public void Answers_who_are_the_allies_of(string question, string subject)
    {
        var answer = Json.Parse(Cli.Run(db.Path, "ask", question, "--format", "json"));
        Assert.Equal(subject, answer.GetProperty("subject").GetProperty("id").GetString());
        Assert.NotEmpty(Json.Members(answer, "core"));
    }

    [Fact]
    public void Who_backs_the_houthis_names_iran()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "ask", "who backs the Houthis?", "--format", "json"));
        var iran = Json.Members(answer, "core").Single(m => Json.Id(m) == "iran");
        Assert.Equal("State sponsor", iran.GetProperty("label").GetString());
    }

    [Fact]
    public void Is_oman_an_ally_of_iran_gets_a_verdict()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "ask", "is Oman an ally of Iran?", "--format", "json"));

        var verdict = answer.GetProperty("verdict");
        Assert.Equal("partly", verdict.GetProperty("answer").GetString());
        Assert.Contains("Oman", verdict.GetProperty("text").GetString());
        Assert.Equal(["oman"], Json.Ids(Json.AllMembers(answer)).Distinct());
    }

    [Fact]
    public void A_year_in_the_question_sets_the_date()
    {
        var answer = Json.Parse(Cli.Run(db.Path, "ask", "Iran's allies in 2019", "--format", "json"));
        Assert.Equal("2019-07-01", answer.GetProperty("asOf").GetString());
        Assert.Contains("assad-government", Json.Ids(Json.Members(answer, "core")));
    }

    [Fact]
    public void A_question_it_cannot_read_gets_examples()
    {
        var result = Cli.Run(db.Path, "ask", "who are the allies?");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("who are Iran's allies?", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
