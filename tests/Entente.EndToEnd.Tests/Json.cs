using System.Text.Json;

namespace Entente.EndToEnd.Tests;

/// <summary>Reads the DESIGN answer shape from the CLI's JSON output.</summary>
internal static class Json
{
    public static JsonElement Parse(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    public static IEnumerable<JsonElement> Members(JsonElement answer, string tier) =>
        answer.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("tier").GetString() == tier).GetProperty("members").EnumerateArray();

    public static IEnumerable<JsonElement> AllMembers(JsonElement answer) =>
        answer.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("members").EnumerateArray())
            .Concat(answer.GetProperty("former").EnumerateArray())
            .Concat(answer.GetProperty("adversaries").EnumerateArray());

    public static string Id(JsonElement member) => member.GetProperty("actor").GetProperty("id").GetString()!;

    public static List<string> Ids(IEnumerable<JsonElement> members) => members.Select(Id).ToList();
}
