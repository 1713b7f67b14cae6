namespace Entente.Extraction.Tests.Claims;

/// <summary>Short phrases before the main clause ("In 2019,", "However,", several in a row) leave its opener the sentence's.</summary>
public sealed class OpeningPhraseTests
{
    [Theory]
    [InlineData("In 2019, it fought alongside the Malian army against jihadist insurgents.")]
    [InlineData("However, it fought alongside the Malian army against jihadist insurgents.")]
    [InlineData("Analysts say that it fought alongside the Malian army against jihadist insurgents.")]
    [InlineData("Some Western officials have long believed that it fought alongside the Malian army against jihadist insurgents.")]
    public void It_after_an_opening_phrase_is_the_subject(string sentence)
    {
        var text = $"# The Wagner Group\n\nThe Wagner Group is a Russian mercenary company. {sentence}";

        Assert.Contains("mali", BundledPipeline.PartnersOf("wagner-group", text));
    }

    [Fact]
    public void It_is_unclear_after_an_opening_phrase_stands_for_no_one()
    {
        var text = "# The Wagner Group\n\nThe Wagner Group is a Russian mercenary company. In 2019, it was unclear whether Mali would back Russia.";

        Assert.DoesNotContain("mali", BundledPipeline.PartnersOf("wagner-group", text));
    }

    [Fact]
    public void Company_kept_after_an_opening_phrase_is_the_openers()
    {
        var text = "# The Houthis\n\nThe Houthis hold Sanaa. In 2019, the group has fought Israel alongside its allies Hezbollah and Hamas.";

        Assert.Contains("hezbollah", BundledPipeline.PartnersOf("houthis", text));
        Assert.Contains("hamas", BundledPipeline.PartnersOf("houthis", text));
    }

    [Fact]
    public void Opening_phrases_one_after_another_leave_the_group_as_the_doer()
    {
        var text = "# Kataib Sayyid al-Shuhada\n\nKataib Sayyid al-Shuhada is an armed group. In 2019, in Iraq, the group fights alongside Iraq against the Islamic State.";

        Assert.Contains("islamic-state", BundledPipeline.AdversariesOf("kataib-sayyid-al-shuhada", text));
    }

    [Fact]
    public void Interfering_in_anothers_affairs_is_hostile()
    {
        var text = "# Peru\n\nLima said that Mexico had repeatedly interfered in Peru's internal affairs.";

        Assert.Contains("mexico", BundledPipeline.AdversariesOf("peru", text));
    }

    [Fact]
    public void A_participle_after_the_main_clause_belongs_to_its_opener_past_the_opening_phrase()
    {
        var text = "# The SDF\n\nThe SDF hold the north-east. In 2019, the United States backed Turkey against the PKK while reaffirming support for the SDF.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("syrian-democratic-forces", text));
    }

    [Fact]
    public void It_after_but_stands_for_the_opener_past_the_opening_phrase()
    {
        var text = "# Taiwan\n\nTaiwan has few allies. In 2019, Tokyo had no diplomatic relations with Taipei, but it is one of the island's closest partners.";

        Assert.Contains("japan", BundledPipeline.PartnersOf("taiwan", text));
    }

    [Fact]
    public void The_group_after_a_reporters_clause_is_the_subject()
    {
        var text = "# The Houthis\n\nThe Houthis hold Sanaa. Analysts say that the group, backed by Iran, has fought Israel alongside its allies Hezbollah and Hamas.";

        Assert.Contains("hezbollah", BundledPipeline.PartnersOf("houthis", text));
        Assert.Contains("hamas", BundledPipeline.PartnersOf("houthis", text));
    }

    [Fact]
    public void A_tie_after_a_reporters_that_is_not_one_pointed_back_to()
    {
        var text = "# Mongolia\n\nMongolia lies between Russia and China. Analysts say that strategic partnerships were concluded with India and Germany.";

        Assert.Contains("india", BundledPipeline.PartnersOf("mongolia", text));
    }

    [Fact]
    public void A_participle_after_a_reporters_clause_is_the_clause_openers()
    {
        var text = "# The SDF\n\nAnalysts say that the United States on Monday backed Turkey while reaffirming support for the Syrian Democratic Forces.";

        Assert.Contains("united-states", BundledPipeline.PartnersOf("syrian-democratic-forces", text));
    }
}
