namespace Entente.Extraction.Tests.Claims;

/// <summary>Real prose: a name that is only another's home, a denied clause, a doer the piece names but does not know as an actor.</summary>
public sealed class DeniedAndUnnamedDoersTests
{
    [Fact]
    public void A_name_read_as_anothers_home_does_not_stop_the_reading()
    {
        // "Tripoli from the GNA" reads the GNA as Tripoli's home, which left no list around it: the reader failed on it.
        var text = "# Libya's war\n\nHaftar's army tried to seize Tripoli from the GNA supported by Turkey and Qatar.";

        Assert.Contains("turkey", BundledPipeline.PartnersOf("libya", text));
    }
}
