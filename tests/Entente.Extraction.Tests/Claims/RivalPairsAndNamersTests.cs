namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose: rivals among themselves ("rival nations, notably the United States and China"), hostility that belongs to a
/// pair's tension, the patient of a passive, one who only names a place, and a list that closes ranks.
/// </summary>
public sealed class RivalPairsAndNamersTests
{
    [Fact]
    public void Rival_nations_named_without_an_owner_are_rivals_of_one_another_not_of_the_subject()
    {
        var claims = BundledPipeline.Read("# Djibouti's bases\n\nDjibouti’s strategic location led to the establishment of naval and military bases by rival nations, notably the United States and China.").Claims;

        Assert.DoesNotContain(claims, c => c.Relation.IsHostile() && (c.Subject == "djibouti" || c.Object == "djibouti"));
    }

    [Theory]
    [InlineData("As tensions between the DRC and Rwanda intensified over allegations of rebel support and border aggression, it was Lourenço who emerged as the mediator.")]
    [InlineData("As tensions between President Félix Tshisekedi of the DRC and President Paul Kagame of Rwanda intensified over allegations of border aggression, it was Lourenço who emerged as the mediator.")]
    [InlineData("As tensions between President Tshisekedi of the DRC and President Kagame of Rwanda intensified, it was Lourenço who emerged as the mediator.")]
    public void Hostility_in_the_clause_of_a_pairs_tension_is_the_pairs_not_the_mediators(string sentence)
    {
        var claims = BundledPipeline.Read("# Angola and the Great Lakes\n\n" + sentence).Claims;

        Assert.DoesNotContain(claims, c => c.Relation.IsHostile() && (c.Subject == "angola" || c.Object == "angola"));
    }

    [Fact]
    public void The_doer_of_a_passive_acts_on_its_patient_not_on_the_subject_named_before()
    {
        var claims = BundledPipeline.Read("# Cyprus and Turkey\n\nWhile the Greek Republic of Cyprus is internationally recognised and is an EU member, the Turkish Republic of Northern Cyprus is recognised only by Ankara.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "turkey" && c.Object == "cyprus" || c.Subject == "cyprus" && c.Object == "turkey");
    }

    [Fact]
    public void One_who_only_names_a_place_is_no_party_to_the_clash_there()
    {
        var claims = BundledPipeline.Read("# The Philippines at sea\n\nThe Philippine and Chinese vessels have engaged in increasingly frequent and hostile skirmishes in an area of the South China Sea that the United States calls the Second Thomas Atoll.").Claims;

        Assert.DoesNotContain(claims, c => c.Subject == "philippines" && c.Object == "united-states" || c.Subject == "united-states" && c.Object == "philippines");
    }

    [Fact]
    public void A_list_that_closes_ranks_against_another_stands_together()
    {
        var claims = BundledPipeline.Read("# A summit at sea\n\nThe US, Japan and the Philippines close ranks against Beijing's pressure in the South China Sea.").Claims;

        Assert.Contains(claims, c => c.Subject == "united-states" && c.Object == "philippines" && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
        Assert.Contains(claims, c => c.Subject == "japan" && c.Object == "philippines" && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
        Assert.Contains(claims, c => c.Subject == "philippines" && c.Object == "china" && c.Relation.IsHostile());
    }

    [Fact]
    public void Parties_to_a_deal_against_another_are_a_pair()
    {
        var claims = BundledPipeline.Read("# Japan's deals\n\nThe US and Japan signed a deal against China.").Claims;

        Assert.Contains(claims, c => (c.Subject, c.Object) is ("united-states", "japan") or ("japan", "united-states") && !c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }
}
