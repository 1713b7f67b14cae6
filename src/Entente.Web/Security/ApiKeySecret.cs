using System.Security.Cryptography;
using System.Text;
using Entente.Storage;

namespace Entente.Web.Security;

/// <summary>
/// API keys: "ent_" and 32 random bytes in base64url. The key is shown once; the store keeps its
/// SHA-256 (a slow password hash buys nothing against 256 random bits).
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "ent_";

    /// <summary>How many leading characters are kept in clear, so `keys list` can tell keys apart.</summary>
    private const int ShownLength = 8;

    public static (string Secret, ApiKey Key) Create(string name, DateTimeOffset now)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (secret, new ApiKey(name, Hash(secret), secret[..ShownLength], now));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Names are for people reading `keys list` and logs: letters, digits, dot, dash, underscore.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
