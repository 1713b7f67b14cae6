using System.Security.Cryptography;
using System.Text;

namespace Entente.Formats.Interchange.Export;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562 §5.5): SHA-1 over the namespace's 16 bytes then the name's
/// UTF-8 bytes, the first 16 bytes of the hash kept, with the version and variant bits set. The same
/// namespace and name always give the same UUID, which is what makes re-exports keep their ids.
/// </summary>
public static class Uuid5
{
    public static Guid Create(Guid @namespace, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> namespaceBytes = stackalloc byte[16];
        if (!@namespace.TryWriteBytes(namespaceBytes, bigEndian: true, out _))
            throw new InvalidOperationException("A UUID is 16 bytes.");
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
