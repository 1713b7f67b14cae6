namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose about diplomatic recognition: who recognises whom, switches from one capital to another, ties severed or
/// kept, and recognition of a thing rather than a state.
/// </summary>
public sealed class ProseRecognitionTests
{
    [Fact]
    public void Recognising_a_state_makes_it_a_partner_and_a_fronted_clause_names_no_doer()
    {
        var text = "# Tuvalu\n\nWhile most Pacific Island countries have formal diplomatic relations with China, Tuvalu recognizes Taiwan.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Equal(["taiwan"], BundledPipeline.PartnersOf("tuvalu", text));
        Assert.DoesNotContain(claims, c => c.Subject == "china" && c.Object == "taiwan");
    }

    [Theory]
    [InlineData("# Somalia\n\nSomaliland says Ethiopia agreed to recognize its independence in return for a naval port.", "somalia", "ethiopia")]
    [InlineData("# Sao Tome\n\nThe minister spoke while recognizing that Sao Tome was an independent state, Portugal said.", "sao-tome-and-principe", "portugal")]
    [InlineData("# Costa Rica\n\nCosta Rica was the first Latin American state to change from recognising the Republic of China (Taiwan) to the PRC.", "costa-rica", "taiwan")]
    public void Recognition_of_a_thing_a_fact_or_a_recognition_left_makes_no_partner(string text, string subject, string other)
    {
        Assert.DoesNotContain(other, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void A_refusal_to_recognise_denies_the_tie()
    {
        Assert.Equal(["russia"], BundledPipeline.PartnersOf("serbia", "# Serbia\n\nMoscow backs Belgrade's refusal to recognise Kosovo at the UN Security Council."));
    }

    [Fact]
    public void Switching_recognition_from_one_to_another_ends_the_first_tie_and_makes_the_second()
    {
        var text = "# Nauru\n\nNauru said Monday that it is switching diplomatic recognition from Taiwan to China.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "nauru" && c.Object == "taiwan" && c.Validity.Until is not null);
        Assert.Contains(claims, c => c.Subject == "nauru" && c.Object == "china" && c.Validity.Until is null);
    }

    [Fact]
    public void Seeking_a_resumption_of_relations_after_and_belongs_to_the_first_doer()
    {
        var text = "# Nauru\n\nA statement from the government of Nauru said it was severing ties with Taiwan and seeking a resumption of relations with China.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains("china", BundledPipeline.PartnersOf("nauru", text));
        Assert.DoesNotContain(claims, c => c.Subject == "taiwan" && c.Object == "china");
    }

    [Fact]
    public void Maintaining_diplomatic_relations_is_a_tie()
    {
        Assert.Equal(["taiwan"], BundledPipeline.PartnersOf("eswatini", "# Eswatini\n\nIt is the only country in Africa to maintain diplomatic relations with Taiwan instead of China."));
    }

    [Fact]
    public void Countries_counted_but_not_named_did_what_they_did_not_the_subject()
    {
        var text = "# Eswatini\n\nEswatini stays loyal. Since 2016, 10 countries have severed ties with Taiwan and established relations with China.";

        Assert.DoesNotContain(BundledPipeline.Read(text).Claims, c => c.Subject == "eswatini" || c.Object == "eswatini");
    }

    [Fact]
    public void A_tie_severed_with_no_hostility_stated_makes_no_foe()
    {
        var text = "# Solomon Islands\n\nThe Solomon Islands and China are moving closer, with Mr Sogavare's government severing ties with Taiwan in 2019.";

        Assert.Empty(BundledPipeline.AdversariesOf("solomon-islands", text));
    }

    [Fact]
    public void A_recognition_withdrawn_ends_the_tie_and_the_next_verb_is_the_withdrawers()
    {
        var text = "# Grenada\n\nGrenada withdrew recognition of Taiwan in 2004 and subsequently established relations with China.";
        var claims = BundledPipeline.Read(text).Claims;

        Assert.Contains(claims, c => c.Subject == "grenada" && c.Object == "taiwan" && c.Polarity == Polarity.Asserts && c.Validity.Until is not null);
        Assert.Contains(claims, c => c.Subject == "grenada" && c.Object == "china" && c.Polarity == Polarity.Asserts && c.Validity.Until is null);
        Assert.DoesNotContain(claims, c => c.Subject == "taiwan" && c.Object == "china" || c.Subject == "china" && c.Object == "taiwan");
    }
}
