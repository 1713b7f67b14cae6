namespace Entente.Extraction.Tests.Claims;

/// <summary>Countries a bloc's name qualifies ("EU countries, including") or a count names ("five countries: the US, …") against countries of a kind or of no name, and a country after its city.</summary>
public sealed class ProseCountriesAndCitiesTests
{
    [Fact]
    public void Bloc_countries_after_a_comma_including_are_its_members()
    {
        var text = "# The trade deal\n\nThe deal passed over the objections of several EU countries, including Austria, Ireland and Hungary.";

        var members = BundledPipeline.PartnersOf("eu", text);

        Assert.Contains("austria", members);
        Assert.Contains("ireland", members);
        Assert.Contains("hungary", members);
    }

    [Fact]
    public void Countries_of_a_kind_are_not_the_subject_blocs_members()
    {
        var text = "# The European Union and Ukraine\n\nThe European Union sent aid to Kyiv. Western countries, including Canada and Norway, backed Kyiv.";

        var members = BundledPipeline.PartnersOf("eu", text);

        Assert.DoesNotContain("canada", members);
        Assert.DoesNotContain("norway", members);
    }

    [Fact]
    public void Many_countries_including_a_bloc_make_it_no_member_of_the_one_they_judge()
    {
        var text = "# The movement\n\nHamas is listed as a terrorist group by many countries, including the European Union, and by Canada.";

        var partners = BundledPipeline.PartnersOf("hamas", text);

        Assert.DoesNotContain("eu", partners);
    }

    [Fact]
    public void A_country_after_its_city_is_where_two_parties_signed()
    {
        var text = "# The trade deal\n\nThe European Union and Mercosur signed a free trade agreement in Lima, Peru, last week.";

        var partners = BundledPipeline.PartnersOf("eu", text);

        Assert.Contains("mercosur", partners);
        Assert.DoesNotContain("peru", partners);
    }

    [Fact]
    public void A_roster_after_a_counted_colon_may_open_with_the()
    {
        var text = "# The Five Eyes\n\nThe Five Eyes comprises five countries: the US, the UK, Australia, Canada and New Zealand.";

        var members = BundledPipeline.PartnersOf("five-eyes", text);

        Assert.Contains("united-states", members);
        Assert.Contains("new-zealand", members);
    }
}
