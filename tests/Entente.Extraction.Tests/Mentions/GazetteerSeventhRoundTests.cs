using Entente.Extraction.Mentions;
using Entente.Extraction.Tests.Claims;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// Southern Africa's ruling former liberation movements, the Communist Party of China, the PLO, RCD-Goma, three British
/// territories, the G7 and the Pacific Islands Forum are found the way real articles write them; the names others share
/// ("CPC", "RCD", "PIF", "Synergie", "Virgin Islands") name no one on their own.
/// </summary>
public sealed class GazetteerSeventhRoundTests
{
    private static string[] Names(string text) => BundledGazetteer.Names(text);

    [Fact]
    public void ZANU_PF_is_named_with_a_possessive() =>
        Assert.Equal(["zanu-pf:ZANU-PF", "zimbabwe:Harare"], Names("ZANU-PF's leaders met in Harare."));

    [Theory]
    [InlineData("Zimbabwe's ruling ZANU-PF party won the vote.", "ZANU-PF")]
    [InlineData("Zimbabwe's ruling Zanu-PF party won the vote.", "Zanu-PF")]
    [InlineData("Zimbabwe's ruling Zanu PF party won the vote.", "Zanu PF")]
    public void The_ruling_ZANU_PF_party_is_the_party_and_its_country_the_state(string text, string written) =>
        Assert.Equal(["zimbabwe:Zimbabwe", "zanu-pf:" + written], Names(text));

    [Fact]
    public void RCD_Goma_rebels_are_the_group() =>
        Assert.Equal(["rcd-goma:RCD-Goma", "rwanda:Rwanda"], Names("RCD-Goma rebels took Kisangani with Rwanda's help."));

    [Fact]
    public void The_bare_RCD_names_no_one_on_its_own() =>
        Assert.DoesNotContain(Names("The RCD boycotted Algeria's election."), n => n.StartsWith("rcd-goma:", StringComparison.Ordinal));

    [Fact]
    public void The_BVI_is_the_British_territory()
    {
        Assert.Equal(["british-virgin-islands:BVI", "oecs:OECS"], Names("The BVI is an associate member of the OECS."));
        Assert.Equal(["british-virgin-islands:British Virgin Islands", "montserrat:Montserrat", "anguilla:Anguilla"], Names("The British Virgin Islands, Montserrat and Anguilla met."));
    }

    [Fact]
    public void The_US_Virgin_Islands_are_not_the_British_ones() =>
        Assert.DoesNotContain(Names("The U.S. Virgin Islands applied to join."), n => n.StartsWith("british-virgin-islands:", StringComparison.Ordinal));

    [Fact]
    public void The_G7_summit_is_the_forum() =>
        Assert.Equal(["canada:Canada", "g7:G7"], Names("Canada hosted the G7 summit in Kananaskis."));

    [Fact]
    public void Pacific_Islands_Forum_leaders_are_the_forum() =>
        Assert.Equal(["pacific-islands-forum:Pacific Islands Forum", "tonga:Tonga"], Names("Pacific Islands Forum leaders met in Tonga."));

    [Fact]
    public void Saudi_Arabias_PIF_is_no_forum() =>
        Assert.DoesNotContain(Names("Saudi Arabia's PIF bought a stake in the club."), n => n.StartsWith("pacific-islands-forum:", StringComparison.Ordinal));

    [Fact]
    public void The_Chinese_Communist_Party_is_the_party_not_China() =>
        Assert.Equal(["united-states:Rubio", "communist-party-of-china:Chinese Communist Party"], Names("Rubio vowed to counter the Chinese Communist Party."));

    [Fact]
    public void CCM_is_Tanzanias_ruling_party() =>
        Assert.Equal(["chama-cha-mapinduzi:CCM", "tanzania:Tanzania"], Names("CCM won Tanzania's election."));

    [Fact]
    public void A_CPC_pumping_station_is_no_party() =>
        Assert.DoesNotContain(Names("Ukrainian drones hit a CPC pumping station in southern Russia."), n => n.StartsWith("communist-party-of-china:", StringComparison.Ordinal));

    [Fact]
    public void The_bare_CPC_is_kept_as_a_shared_name_and_names_the_party_where_the_document_names_it_in_full()
    {
        var found = Assert.Single(BundledGazetteer.Instance.FindWithShared("The CPC delegation arrived."));
        Assert.Equal(("communist-party-of-china", NameKind.Ambiguous), (found.ActorId, found.Kind));
        Assert.Equal(
            "communist-party-of-china",
            BundledPipeline.Read("# The CPC abroad\n\nThe Communist Party of China sent a delegation to Vientiane. The CPC delegation met party leaders, and the CPC pledged closer party ties.").Subject);
    }

    [Fact]
    public void FRELIMO_the_MPLA_and_the_PLO_are_found_by_acronym_and_name()
    {
        Assert.Equal(["frelimo:Frelimo", "mozambique:Mozambique"], Names("Frelimo has governed Mozambique since 1975."));
        Assert.Equal(["mpla:MPLA", "cuba:Cuba"], Names("The MPLA fought beside Cuba."));
        Assert.Equal(["palestine-liberation-organization:PLO", "israel:Israel"], Names("The PLO recognised Israel in 1993."));
    }

    [Fact]
    public void Synergie_is_named_only_in_full()
    {
        Assert.Equal(["synergie-pour-la-paix-et-la-concorde:Synergie pour la paix et la concorde"], Names("Synergie pour la paix et la concorde was formalised in Bukavu."));
        Assert.Empty(Names("Synergie was formalised in Bukavu."));
    }

    [Fact]
    public void The_six_movements_grouping_and_ECOWASs_Bissau_mission_are_found()
    {
        Assert.Equal(["former-liberation-movements-of-southern-africa:former liberation movements in Southern Africa"], Names("the six former liberation movements in Southern Africa"));
        Assert.Equal(["essmgb:ECOWAS Stabilisation Support Mission in Guinea-Bissau", "essmgb:ESSMGB"], Names("the ECOWAS Stabilisation Support Mission in Guinea-Bissau (ESSMGB)"));
    }
}
