using Entente.Extraction.Tests.Claims;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// Myanmar's armed groups and Suu Kyi's party, two gangs, the Francophonie and Yemen's government under Hadi are found
/// the way real articles write them; the names others share ("AA", "IMU", "Brotherhood Alliance") name no one on their
/// own, the bare "al-Shabaab" stays the Somali group's, and a World Bank loan makes no one an ally.
/// </summary>
public sealed class GazetteerSixthRoundTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void MS_13_gang_members_are_the_gang() =>
        Assert.Equal(["ms-13:MS-13", "el-salvador:El Salvador"], Names("MS-13 gang members were deported to El Salvador."));

    [Fact]
    public void MS_13_counts_only_in_capitals() =>
        Assert.DoesNotContain(Names("The ms-13 file was closed."), n => n.StartsWith("ms-13:", StringComparison.Ordinal));

    [Fact]
    public void Tren_de_Aragua_is_named_with_a_possessive() =>
        Assert.Equal(["tren-de-aragua:Tren de Aragua", "venezuela:Venezuela"], Names("Tren de Aragua's leaders fled Venezuela."));

    [Fact]
    public void The_Wa_army_is_the_United_Wa_State_Army() =>
        Assert.Equal(["uwsa:Wa army", "myanmar:Myanmar"], Names("The Wa army kept its ceasefire with Myanmar's military."));

    [Fact]
    public void Wa_on_its_own_names_no_one() =>
        Assert.Equal(["myanmar:Myanmar"], Names("Wa leaders met Myanmar's generals in Pangkham."));

    [Fact]
    public void NLD_led_is_the_party() =>
        Assert.Equal(
            ["national-league-for-democracy:NLD", "myanmar:Aung San Suu Kyi", "china:Beijing"],
            Names("The NLD-led government of Aung San Suu Kyi worked with Beijing."));

    [Fact]
    public void NLD_is_the_party_not_the_Netherlands_code_it_spells()
    {
        Assert.Equal(["national-league-for-democracy:NLD"], Names("The NLD won the 2020 election."));
        Assert.Equal(["national-league-for-democracy:NLD"], Names("the NLD's leaders were arrested"));
    }

    [Fact]
    public void The_Three_Brotherhood_Alliance_and_its_armies_are_found_in_full_and_by_acronym() =>
        Assert.Equal(
            ["three-brotherhood-alliance:Three Brotherhood Alliance", "mndaa:Myanmar National Democratic Alliance Army", "tnla:TNLA", "arakan-army:Arakan Army"],
            Names("The Three Brotherhood Alliance of the Myanmar National Democratic Alliance Army, the TNLA and the Arakan Army attacked."));

    [Theory]
    [InlineData("Senegal hosted the Francophonie summit.")]
    [InlineData("Senegal hosted the summit of La Francophonie.")]
    [InlineData("Senegal hosted the OIF summit.")]
    public void The_Francophonie_is_the_organisation(string text) =>
        Assert.Equal(["senegal:Senegal", "francophonie"], Names(text).Select(n => n.Contains("francophonie", StringComparison.Ordinal) ? "francophonie" : n));

    [Theory]
    [InlineData("Saudi Arabia backs the Hadi government.")]
    [InlineData("Saudi Arabia backs Hadi's government.")]
    [InlineData("Saudi Arabia backs the Hadi-led government.")]
    [InlineData("Saudi Arabia backs President Abd-Rabbu Mansour Hadi.")]
    public void The_Hadi_government_is_Yemen(string text) =>
        Assert.Equal(["saudi-arabia", "yemen"], Names(text).Select(n => n[..n.IndexOf(':', StringComparison.Ordinal)]));

    [Fact]
    public void Hadi_al_Amiri_stays_Badrs() =>
        Assert.Equal(["badr-organization:Hadi al-Amiri"], Names("Hadi al-Amiri spoke in Baghdad.").Where(n => !n.StartsWith("iraq:", StringComparison.Ordinal)));

    [Theory]
    [InlineData("Buy AA batteries for the radio.", "arakan-army")]
    [InlineData("The drone's IMU failed in flight.", "islamic-movement-of-uzbekistan")]
    [InlineData("The Brotherhood Alliance won seats in Cairo.", "three-brotherhood-alliance")]
    public void A_shared_name_names_no_one_on_its_own(string text, string actor) =>
        Assert.DoesNotContain(Names(text), n => n.StartsWith(actor + ":", StringComparison.Ordinal));

    [Fact]
    public void The_IMU_is_the_group_in_a_document_that_names_it_in_full() =>
        Assert.Equal(
            "islamic-movement-of-uzbekistan",
            BundledPipeline.Read("# The IMU\n\nThe Islamic Movement of Uzbekistan was founded in 1998. The IMU fought Uzbekistan's government from bases in Afghanistan.").Subject);

    [Fact]
    public void Ansar_al_Sunna_is_the_Mozambican_group_and_the_bare_al_Shabaab_the_Somali_one()
    {
        Assert.Equal(["islamic-state-mozambique:Ansar al-Sunna", "mozambique:Mozambique"], Names("Ansar al-Sunna attacked Mozambique's army."));
        Assert.Equal(["al-shabaab:al-Shabaab", "somalia:Somalia"], Names("al-Shabaab attacked Somalia's army."));
    }

    [Fact]
    public void A_World_Bank_loan_makes_the_borrower_no_ally()
    {
        var claims = BundledPipeline.Asserted("Kenya secured a World Bank loan to build roads, and Uganda borrowed from the World Bank too.");
        Assert.DoesNotContain(claims, line => line.Contains("world-bank", StringComparison.Ordinal)
            && (line.Contains(" ally ", StringComparison.Ordinal) || line.Contains("formal_alliance", StringComparison.Ordinal) || line.Contains("member_of", StringComparison.Ordinal)));
        Assert.DoesNotContain(claims, line => line.Contains("kenya", StringComparison.Ordinal) && line.Contains("uganda", StringComparison.Ordinal));
    }

    [Fact]
    public void UNESCO_and_the_World_Bank_are_found_by_name()
    {
        Assert.Equal(["unesco:UNESCO", "paraguay:Paraguay"], Names("UNESCO met in Paraguay."));
        Assert.Equal(["world-bank:World Bank", "zambia:Zambia"], Names("The World Bank lent to Zambia."));
    }

    [Fact]
    public void NORDEFCO_CEMAC_and_ECCAS_are_found_by_acronym_and_in_full()
    {
        Assert.Equal(["nordefco:Nordic Defense Cooperation", "nordefco:NORDEFCO"], Names("the Nordic Defense Cooperation (NORDEFCO, established 2009)"));
        Assert.Equal(["cemac:Central African Economic and Monetary Union", "cemac:CEMAC"], Names("the Central African Economic and Monetary Union (CEMAC)"));
        Assert.Equal(["eccas:Economic Community of Central African States", "eccas:ECCAS", "eccas:CEEAC"], Names("the Economic Community of Central African States (ECCAS, also known by CEEAC)"));
    }
}
