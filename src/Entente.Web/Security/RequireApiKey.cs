using Entente.Storage;
using Entente.Web.Problems;
using Entente.Web.Stores;

namespace Entente.Web.Security;

/// <summary>
/// Guards a write: the caller shows a key (Authorization: Bearer KEY, or X-Api-Key: KEY);
/// none or an unknown one is 401, a revoked one 403. The key's name goes into the request's items
/// for the log and the rate limiter.
/// </summary>
internal sealed class RequireApiKey(StorePool stores, ILogger<RequireApiKey> logger) : IEndpointFilter
{
    public const string KeyNameItem = "entente.apiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var secret = PresentedKey(http.Request);
        if (secret is null)
            throw Unauthorized("This request changes data and needs an API key: send `Authorization: Bearer <key>` or `X-Api-Key: <key>`. Create one with `entente keys create NAME`.");
        var key = stores.Use(store => store.FindApiKey(ApiKeySecret.Hash(secret)));
        if (key is null)
            throw Unauthorized("The API key is not known to this server. Check it was copied whole, or create one with `entente keys create NAME`.");
        if (key.IsRevoked)
        {
            logger.LogWarning("Refused a write with the revoked key {KeyName}", key.Name);
            throw new ApiProblem(StatusCodes.Status403Forbidden, "API key revoked",
                $"The API key '{key.Name}' was revoked on {key.Revoked:yyyy-MM-dd}. Ask for a new one (`entente keys create NAME`).");
        }
        http.Items[KeyNameItem] = key.Name;
        return await next(context);
    }

    /// <summary>The key the request carries, from either header; null when there is none.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return NullIfEmpty(authorization["Bearer ".Length..].Trim());
        return NullIfEmpty(request.Headers["X-Api-Key"].ToString().Trim());
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static ApiProblem Unauthorized(string detail) => new(StatusCodes.Status401Unauthorized, "API key required", detail);
}
