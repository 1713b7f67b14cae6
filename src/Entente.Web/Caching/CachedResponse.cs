using System.IO.Compression;

namespace Entente.Web.Caching;

/// <summary>A rendered response, kept as the exact bytes sent, so a cache hit costs one copy to the socket.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType)
{
    private byte[]? _gzip;

    /// <summary>A weak validator of the content (the gzip form is the same content): a browser revalidating gets 304.</summary>
    public string ETag { get; } = "W/\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Body), 0, 12) + "\"";

    /// <summary>The body gzip-compressed, made on first use (browsers ask for it; answers shrink about fivefold).</summary>
    public byte[] Gzip
    {
        get
        {
            if (Volatile.Read(ref _gzip) is { } done)
                return done;
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
                gzip.Write(Body);
            // Two threads may both compress; either result is right.
            var compressed = buffer.ToArray();
            Volatile.Write(ref _gzip, compressed);
            return compressed;
        }
    }
}
