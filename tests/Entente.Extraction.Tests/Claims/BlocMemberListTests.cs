namespace Entente.Extraction.Tests.Claims;

/// <summary>A bloc's members listed after a colon, "like" or "such as", or after "the bloc" in a piece about it.</summary>
public sealed class BlocMemberListTests
{
    [Theory]
    [InlineData("# SCO\n\nToday the SCO has eight full members: China, Russia, India and Pakistan.", "sco", "china", "pakistan")]
    [InlineData("# ASEAN\n\nTensions have heightened fears of conflict involving ASEAN nations like the Philippines and Vietnam.", "asean", "philippines", "vietnam")]
    [InlineData("# NATO\n\nThe summit gathered NATO members such as Poland and Latvia.", "nato", "poland", "latvia")]
    public void Members_listed_after_the_blocs_name_belong_to_it(string text, string bloc, string first, string last)
    {
        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains($"{first} member_of {bloc}", asserted);
        Assert.Contains($"{last} member_of {bloc}", asserted);
    }

    [Fact]
    public void The_bloc_in_a_piece_about_a_bloc_is_that_bloc()
    {
        var text = "# The Shanghai Cooperation Organisation\n\nThe Shanghai Cooperation Organisation was founded in 2001. The bloc comprises China, Russia and India.";

        Assert.Contains("india member_of sco", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_bloc_in_a_piece_about_a_state_is_no_one()
    {
        var text = "# Iran\n\nIran exports oil. The bloc comprises China, Russia and India.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.Contains("member_of iran", StringComparison.Ordinal));
    }

    [Fact]
    public void The_subject_among_a_blocs_states_belongs_to_it()
    {
        var text = "# Benin\n\nBenin turned to Rwanda rather than ECOWAS, a regional union of 15 states including Benin.";

        Assert.Contains("benin member_of ecowas", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void States_listed_after_a_state_are_no_members_of_it()
    {
        var text = "# Iran\n\nIran has close ties with countries such as Syria and Iraq.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.Contains("member_of", StringComparison.Ordinal));
    }
}
