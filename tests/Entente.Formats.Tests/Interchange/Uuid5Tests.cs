using Entente.Formats.Interchange.Export;

namespace Entente.Formats.Tests.Interchange;

public sealed class Uuid5Tests
{
    [Fact]
    public void It_matches_the_published_value_for_a_DNS_name()
    {
        // RFC 9562's DNS namespace; the value other UUIDv5 implementations give for this name.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), Uuid5.Create(dns, "www.example.com"));
    }

    [Fact]
    public void It_sets_version_5_and_the_RFC_variant_and_depends_on_the_name()
    {
        var id = Uuid5.Create(Guid.Empty, "iran").ToString();
        Assert.Equal('5', id[14]);
        Assert.Contains(id[19], "89ab");
        Assert.NotEqual(Uuid5.Create(Guid.Empty, "iran"), Uuid5.Create(Guid.Empty, "iraq"));
    }
}
