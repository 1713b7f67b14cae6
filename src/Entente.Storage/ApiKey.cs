namespace Entente.Storage;

/// <summary>
/// A named key that may write through the server. The store keeps only <see cref="Hash"/> (SHA-256
/// of the key) and the first characters (<see cref="Prefix"/>) so a person can tell keys apart.
/// </summary>
public sealed record ApiKey(string Name, string Hash, string Prefix, DateTimeOffset Created)
{
    public DateTimeOffset? Revoked { get; init; }

    public bool IsRevoked => Revoked is not null;
}
