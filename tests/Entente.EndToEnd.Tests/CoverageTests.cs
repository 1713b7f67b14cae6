namespace Entente.EndToEnd.Tests;

/// <summary>Every actor the foundation issue names gets a sensible answer of its own.</summary>
[Collection(BundledDatabaseCollection.Name)]
public sealed class CoverageTests(BundledDatabase db)
{
    [Theory]
    [InlineData("iran")]
    [InlineData("russia")]
    [InlineData("china")]
    [InlineData("north-korea")]
    [InlineData("united-states")]
    [InlineData("israel")]
    [InlineData("saudi-arabia")]
    [InlineData("turkey")]
    [InlineData("india")]
    [InlineData("pakistan")]
    [InlineData("iraq")]
    [InlineData("venezuela")]
    [InlineData("hezbollah")]
    [InlineData("hamas")]
    [InlineData("houthis")]
    [InlineData("palestinian-islamic-jihad")]
    [InlineData("kataib-hezbollah")]
    [InlineData("popular-mobilization-forces")]
    public void Has_five_partners_and_an_adversary_on_record(string actor)
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", actor, "--format", "json"));
        var partners = answer.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("members").GetArrayLength());
        Assert.True(partners >= 5, $"{actor} has {partners} partners");
        Assert.True(answer.GetProperty("adversaries").GetArrayLength() >= 1, $"{actor} has no adversary");
    }

    [Theory]
    [InlineData("qatar")]
    [InlineData("oman")]
    public void Mediating_states_without_an_adversary_still_have_five_partners(string actor)
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", actor, "--format", "json"));
        var partners = answer.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("members").GetArrayLength());
        Assert.True(partners >= 5, $"{actor} has {partners} partners");
    }

    [Theory]
    [InlineData("russia", "belarus")]
    [InlineData("russia", "north-korea")]
    [InlineData("china", "pakistan")]
    [InlineData("china", "cambodia")]
    [InlineData("united-states", "japan")]
    [InlineData("united-states", "south-korea")]
    [InlineData("united-states", "australia")]
    [InlineData("hezbollah", "iran")]
    public void Well_known_partners_are_listed(string actor, string partner)
    {
        var answer = Json.Parse(Cli.Run(db.Path, "allies", actor, "--format", "json"));
        Assert.Contains(partner, Json.Ids(answer.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("members").EnumerateArray())));
    }
}
