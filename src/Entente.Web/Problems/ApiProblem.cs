namespace Entente.Web.Problems;

/// <summary>
/// A request the server cannot answer, for a reason the caller can fix; becomes an RFC 7807
/// problem-details response with <see cref="Status"/>, never a stack trace.
/// </summary>
public sealed class ApiProblem(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Extra members of the problem document, e.g. the closest matches for an unknown actor.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();

    public static ApiProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}
