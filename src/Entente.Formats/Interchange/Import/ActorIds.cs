using System.Text;
using Entente.Resolution;

namespace Entente.Formats.Interchange.Import;

/// <summary>Stable ids for actors that imports create: the name as a slug ("Papal States" → papal-states).</summary>
public static class ActorIds
{
    public static string Slug(string name)
    {
        var key = NameKey.Of(name);
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > 0 ? slug : "actor-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
    }
}
