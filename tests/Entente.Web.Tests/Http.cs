using System.Net;
using System.Text.Json;

namespace Entente.Web.Tests;

internal static class Http
{
    public static async Task<(HttpStatusCode Status, string Body, string? ContentType)> Get(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<JsonElement> GetJson(this HttpClient client, string path)
    {
        var (status, body, _) = await client.Get(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status}\n{body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts an RFC 7807 problem document with the status, and returns it.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}\n{body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    public static async Task<JsonElement> GetProblem(this HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        return await response.Problem(expected);
    }

    public static IEnumerable<JsonElement> AllMembers(JsonElement answer) =>
        answer.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("members").EnumerateArray())
            .Concat(answer.GetProperty("former").EnumerateArray())
            .Concat(answer.GetProperty("adversaries").EnumerateArray());

    public static List<string> MemberIds(JsonElement answer) =>
        AllMembers(answer).Select(m => m.GetProperty("actor").GetProperty("id").GetString()!).ToList();
}
