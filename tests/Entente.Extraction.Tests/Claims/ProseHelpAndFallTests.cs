namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Help given and help to do something, ties re-established, arms for someone's enemies, and a ruler's fall that only
/// dates a sentence or a title.
/// </summary>
public sealed class ProseHelpAndFallTests
{
    [Theory]
    [InlineData("# The Taliban\n\nRussia also helped the Taliban with negotiations through the Moscow Format.", "russia", "taliban")]
    [InlineData("# Syria\n\nHezbollah helped Bashar al-Assad's forces retake Aleppo.", "hezbollah", "assad-government")]
    public void Help_given_to_a_party_ties_the_helper_to_it(string text, string helper, string helped)
    {
        Assert.Contains(BundledPipeline.Asserted(text), c => c.StartsWith(helper + " ", StringComparison.Ordinal) && c.EndsWith(" " + helped, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Qatar\n\nQatar helped broker a ceasefire with Egypt between the warring sides.")]
    [InlineData("# Qatar\n\nQatar helped negotiate a deal with Egypt on prisoners.")]
    public void Help_to_do_something_ties_the_helper_to_no_one_named_next(string text)
    {
        Assert.DoesNotContain(BundledPipeline.Asserted(text), c => c.Contains("egypt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# Nicaragua\n\nChina and Nicaragua re-established diplomatic ties on Friday.")]
    [InlineData("# Nicaragua\n\nNicaragua restored diplomatic relations with China in December.")]
    public void Ties_re_established_or_restored_make_partners(string text)
    {
        Assert.Contains("china", BundledPipeline.PartnersOf("nicaragua", text));
    }

    [Theory]
    [InlineData("# Turkey\n\nRussia arms Iran's enemies.")]
    [InlineData("# Iran\n\nRussia arms Iran's enemies.")]
    public void Arming_someones_enemies_is_no_tie_to_it(string text)
    {
        Assert.DoesNotContain("iran", BundledPipeline.PartnersOf("russia", text));
    }

    [Fact]
    public void A_rulers_fall_that_dates_a_sentence_makes_him_no_party()
    {
        var text = "# Turkey\n\n- Syria: since the fall of Assad in December 2024, Ankara has become the main foreign backer of the new authorities in Damascus.";

        Assert.DoesNotContain("assad-government", BundledPipeline.PartnersOf("turkey", text));
    }

    [Fact]
    public void A_title_naming_a_ruler_only_as_gone_is_not_about_him()
    {
        var found = BundledPipeline.Read("# Syria after Assad: a realignment\n\nAssad fled to Moscow. Assad's allies scattered. Syria courted Turkey, and Syria joined new talks.");

        Assert.Equal("syria", found.Subject);
    }

    [Fact]
    public void A_title_that_goes_after_a_group_is_still_about_it()
    {
        var found = BundledPipeline.Read("# US backs Turkey to go after PKK\n\nThe PKK has fought Turkey since 1984. The PKK lost ground. Turkey struck the PKK again.");

        Assert.Equal("pkk", found.Subject);
    }

    [Fact]
    public void A_singular_verb_after_which_is_the_last_named_ones_alone()
    {
        var text = "# Morocco\n\nTensions have risen between Morocco and Algeria, which supports the Polisario Front's independence effort.";

        Assert.Contains("algeria proxy polisario-front", BundledPipeline.Asserted(text));
        Assert.DoesNotContain("polisario-front", BundledPipeline.PartnersOf("morocco", text));
    }

    [Fact]
    public void Support_for_a_speakers_own_cause_is_no_tie_to_one_named_after_it()
    {
        var text = "# Serbia\n\n“How could we say ‘Long live Taiwan’ and then expect Chinese support for our territorial integrity (with Kosovo) … not to mention,” Vucic said.";

        Assert.DoesNotContain("kosovo", BundledPipeline.PartnersOf("serbia", text));
    }

    [Fact]
    public void A_country_before_its_powerful_group_says_where_the_group_is()
    {
        var text = "# Assad alone\n\nAssad's government held on. This long-time regional ally together with Lebanon’s powerful Hezbollah militia helped Assad’s forces reclaim Aleppo.";

        Assert.DoesNotContain("lebanon", BundledPipeline.PartnersOf("assad-government", text));
    }

    [Fact]
    public void A_direction_from_a_city_names_a_place()
    {
        Assert.DoesNotContain(BundledPipeline.Asserted("# Libya\n\nWagner operated fighter jets from Jufra airbase south of Tripoli."), c => c.Contains("libya", StringComparison.Ordinal));
    }

    [Fact]
    public void Founding_a_common_noun_founds_no_proxy()
    {
        var text = "# Kazakhstan\n\nAt a minimum, Russia’s war against Ukraine has created deep fissures in its relations with the other Soviet successor states.";

        Assert.DoesNotContain("ukraine", BundledPipeline.PartnersOf("kazakhstan", text));
    }

    [Fact]
    public void It_after_accusations_by_someone_is_the_accused()
    {
        var claims = BundledPipeline.Asserted(
            "UN panel says Rwanda sent troops into Congo\n\nA UN panel said that Rwandan troops operated in eastern Democratic Republic of Congo and that Rwanda has supported the M23 rebel group's advance there.\nThe findings were in a report. Rwanda has denied accusations by Congo's government that it supports the M23 and that it has sent troops into the country.\n",
            Entente.Extraction.Documents.DocumentFormat.PlainText);

        Assert.DoesNotContain(claims, c => c.StartsWith("dr-congo ", StringComparison.Ordinal) && c.EndsWith(" m23", StringComparison.Ordinal));
    }

    [Fact]
    public void Ties_after_despite_are_the_clause_doers()
    {
        var text = "# South Africa\n\nThe visits came even as South Africa insists publicly that it is neutral in the war between Russia and Ukraine despite longstanding ties with Moscow.";

        Assert.Contains("russia", BundledPipeline.PartnersOf("south-africa", text));
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("ukraine", text));
    }

    [Theory]
    [InlineData("# Mali\n\nMali turned to Russia for help against jihadists.", "mali", "russia")]
    [InlineData("# Wagner\n\nBoth the CAR and Mali appealed to the Wagner Group with a request to ensure the safety of their leaders.", "mali", "wagner-group")]
    [InlineData("# CAR\n\nAt the end of 2020, the Central African Republic, threatened by a rebel offensive on Bangui, called on Moscow for help.", "central-african-republic", "russia")]
    public void Turning_to_someone_for_help_makes_a_partner(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void A_call_for_help_during_an_offensive_is_no_hostility_to_the_one_called()
    {
        const string text = "# CAR\n\nAt the end of 2020, the Central African Republic, threatened by a rebel offensive on Bangui, called on Moscow for help.";
        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("central-african-republic", text));
    }

    [Fact]
    public void Calling_on_someone_to_act_is_no_call_for_help()
    {
        Assert.DoesNotContain("russia", BundledPipeline.PartnersOf("ukraine", "# Ukraine\n\nUkraine called on Russia to withdraw its troops."));
    }

    [Theory]
    [InlineData("# Palestinian Islamic Jihad\n\nThe movement thanked Iran for its support of the Palestinian people.", "palestinian-islamic-jihad", "iran")]
    [InlineData("# Ukraine\n\nUkraine thanked Poland for its help with refugees.", "ukraine", "poland")]
    public void The_one_thanked_for_support_is_a_partner(string text, string subject, string partner)
    {
        Assert.Contains(partner, BundledPipeline.PartnersOf(subject, text));
    }

    [Fact]
    public void Thanks_for_something_other_than_support_make_no_partner()
    {
        Assert.DoesNotContain("france", BundledPipeline.PartnersOf("italy", "# Italy\n\nItaly thanked France for hosting the summit."));
    }

    [Fact]
    public void Attention_turned_to_someone_is_no_call_for_help()
    {
        Assert.DoesNotContain("iran", BundledPipeline.PartnersOf("israel", "# Israel\n\nIsrael's attention turned to Iran after the strikes."));
    }

    [Theory]
    [InlineData("# Bulgaria\n\nThe ruling coalition is looking for new gas suppliers with the help of the EU and the United States.", "bulgaria", "eu")]
    [InlineData("# Kenya\n\nKenya fought al-Shabaab with the help of the United States.", "kenya", "united-states")]
    [InlineData("# M23\n\nThe M23, with the support of the Rwandan army, has taken more ground.", "m23", "rwanda")]
    public void Help_named_with_the_help_of_goes_to_the_clauses_doer(string text, string helped, string helper)
    {
        Assert.Contains(helper, BundledPipeline.PartnersOf(helped, text));
    }

    [Theory]
    [InlineData("# Somalia\n\nAl-Shabaab attacked Mogadishu with the help of Eritrea.")]
    [InlineData("# Somalia\n\nSomalia said militants attacked the capital with the help of Eritrea.")]
    [InlineData("# Somalia\n\nSomalia will not deal with the juntas that came to power with the support of Eritrea.")]
    public void Help_to_another_doer_is_not_the_subjects(string text)
    {
        Assert.DoesNotContain("eritrea", BundledPipeline.PartnersOf("somalia", text));
    }
}
