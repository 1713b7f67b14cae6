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
    public void Bullets_under_a_members_heading_in_a_piece_about_a_bloc_belong_to_the_bloc()
    {
        var text = "Partnership for Peace\n\nThe programme began in 1994.\nEvery European country outside NATO takes part.\nMembers\n- Albania\n- Austria\n- Ukraine\n";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("albania member_of partnership-for-peace", asserted);
        Assert.Contains("ukraine member_of partnership-for-peace", asserted);
        Assert.DoesNotContain(asserted, line => line.StartsWith("partnership-for-peace member_of", StringComparison.Ordinal));
    }

    [Fact]
    public void Bullets_under_a_memberships_heading_in_a_piece_about_a_state_are_what_it_belongs_to()
    {
        var text = "# Chile\n\nChile trades across the Pacific.\n\nMemberships\n- APEC\n- Mercosur\n";

        Assert.Contains("chile member_of mercosur", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void The_bloc_in_a_piece_about_a_bloc_is_that_bloc()
    {
        var text = "# The Shanghai Cooperation Organisation\n\nThe Shanghai Cooperation Organisation was founded in 2001. The bloc comprises China, Russia and India.";

        Assert.Contains("india member_of sco", BundledPipeline.Asserted(text));
    }

    [Theory]
    [InlineData("# Romania\n\nRomania has emerged as the key NATO and E.U. member state in the Black Sea region.")]
    [InlineData("# Romania\n\nRomania has a 400-mile border with Ukraine and has emerged as the key NATO and E.U. member-state in the region.")]
    public void The_one_described_as_a_member_of_a_list_of_blocs_belongs_to_each(string text)
    {
        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("romania member_of nato", asserted);
        Assert.Contains("romania member_of eu", asserted);
        Assert.DoesNotContain("ukraine member_of nato", asserted);
    }

    [Fact]
    public void A_fragment_opening_on_its_verb_names_no_member_and_reads_safely()
    {
        Assert.Empty(BundledPipeline.Asserted("# Sweden\n\nHas become a NATO member."));
    }

    [Fact]
    public void What_a_bloc_encompasses_are_its_members()
    {
        var text = "# NORDEFCO\n\nThe Nordic Defence Cooperation encompasses Denmark, Finland, Iceland, Norway and Sweden.";

        Assert.Contains("iceland member_of nordefco", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_definition_of_the_bloc_passes_over_its_short_name_and_other_names_before_the_verb()
    {
        var text = "# CPTPP\n\nThe Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), also known as TPP11,[2][3] is a trade agreement between Australia, Brunei, Chile and Vietnam.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("australia member_of cptpp", asserted);
        Assert.Contains("vietnam member_of cptpp", asserted);
    }

    [Fact]
    public void Rows_below_a_spanned_membership_cell_name_members_too()
    {
        var text = "# OECS\n\nThe OECS has seven full members.\n\n| Membership status | Description |\n|---|---|\n| Membership | Antigua and Barbuda |\n| Dominica | |\n| Grenada | |\n";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("antigua-and-barbuda member_of oecs", asserted);
        Assert.Contains("dominica member_of oecs", asserted);
        Assert.Contains("grenada member_of oecs", asserted);
    }

    [Fact]
    public void A_row_whose_type_cell_says_nothing_known_has_no_type()
    {
        var text = "# Iran's allies\n\n| Type | Actor |\n|---|---|\n| Observer | Syria |\n";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.Contains("syria", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NATO and European Union member Croatia has faced an arms race.", "croatia", "nato")]
    [InlineData("NATO and European Union member Croatia has faced an arms race.", "croatia", "eu")]
    [InlineData("To end the standoff, another GCC member, Kuwait, is working to bridge the gap.", "kuwait", "gcc")]
    [InlineData("As a founding NATO member, Denmark has kept a decades-old alliance with the United States.", "denmark", "nato")]
    [InlineData("Oman was the only Gulf Cooperation Council (GCC) member not to have joined the coalition.", "oman", "gcc")]
    [InlineData("Warsaw has pressed other EU and NATO countries to send more arms to Ukraine.", "poland", "eu")]
    [InlineData("Warsaw has pressed other EU and NATO countries to send more arms to Ukraine.", "poland", "nato")]
    [InlineData("Italy left the Belt and Road Initiative four years after becoming the only G7 nation to sign up.", "italy", "g7")]
    [InlineData("The drills were hosted by NATO country Turkey.", "turkey", "nato")]
    public void A_member_is_named_around_a_blocs_member_noun(string sentence, string member, string bloc)
    {
        Assert.Contains($"{member} member_of {bloc}", BundledPipeline.Asserted($"# {member}\n\n{sentence}"));
    }

    [Fact]
    public void A_name_after_a_comma_that_closes_the_member_noun_is_no_member_when_the_noun_is_a_definite_one()
    {
        var text = "# Turkey\n\nUnder the NATO member, Turkey argued, the deal would fail.";

        Assert.DoesNotContain("turkey member_of nato", BundledPipeline.Asserted(text));
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

    [Fact]
    public void Members_of_a_bloc_named_after_a_copula_belong_to_it()
    {
        var text = "# Mercosur\n\nThe members of Mercosur are Argentina, Brazil, Paraguay and Uruguay.";

        Assert.Contains("paraguay member_of mercosur", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void A_bracket_after_the_bloc_and_short_forms_after_members_do_not_end_the_list()
    {
        var text = "# Mercosur\n\nOn 28 June 2019, the EU and the four founding members of Mercosur (the ‘Southern Common Market’) – Argentina (AR), Brazil (BR), Paraguay (PY) and Uruguay (UY) – reached a deal.";

        var asserted = BundledPipeline.Asserted(text);

        Assert.Contains("uruguay member_of mercosur", asserted);
        Assert.Contains("brazil member_of mercosur", asserted);
        Assert.DoesNotContain("eu member_of mercosur", asserted);
    }

    [Fact]
    public void Groups_in_a_country_named_after_a_copula_are_not_its_members()
    {
        var text = "# Iraq\n\nThe groups in Iraq are Kata'ib Hezbollah and Badr.";

        Assert.DoesNotContain(BundledPipeline.Asserted(text), line => line.Contains("member_of iraq", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("# AUKUS\n\nIt is a new three-way strategic defence alliance between Australia, the UK and US, initially to build submarines.", "united-kingdom member_of aukus")]
    [InlineData("# Quad\n\nThe Quad is a grouping of India, Australia, Japan and the United States.", "japan member_of quad")]
    [InlineData("# AUKUS\n\nIn 2021, it was a new defence pact between Australia, the UK and US.", "australia member_of aukus")]
    public void A_sentence_that_says_what_the_bloc_is_names_its_members(string text, string expected)
    {
        Assert.Contains(expected, BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Current_members_named_in_apposition_are_the_blocs_members()
    {
        var text = "# BRICS\n\nArgentina and Egypt were invited to enter BRICS on Jan. 1, 2024, joining current members Brazil, Russia, India, China and South Africa.";

        Assert.Contains("south-africa member_of brics", BundledPipeline.Asserted(text));
        Assert.Contains("brazil member_of brics", BundledPipeline.Asserted(text));
    }

    [Fact]
    public void Every_name_listed_after_a_blocs_plural_members_belongs_to_it()
    {
        var text = "# ASEAN\n\nBeijing claims most of the sea, but ASEAN members Brunei, Malaysia, the Philippines and Vietnam claim parts of it too.";

        Assert.Equal(["brunei", "malaysia", "philippines", "vietnam"], BundledPipeline.PartnersOf("asean", text));
    }

    [Fact]
    public void Fellow_bloc_member_makes_the_clauses_opener_a_member_too()
    {
        var claims = BundledPipeline.Asserted("# Greece\n\nAthens is wary of fellow NATO member Turkey.");

        Assert.Contains("greece member_of nato", claims);
        Assert.Contains("turkey member_of nato", claims);
    }

    [Fact]
    public void One_said_to_be_a_partner_in_blocs_belongs_to_them()
    {
        var claims = BundledPipeline.Asserted("# Czechia\n\nThe Czech Republic remains one of Ukraine's most loyal partners in the European Union and NATO.");

        Assert.Contains("czechia member_of eu", claims);
        Assert.Contains("czechia member_of nato", claims);
        Assert.DoesNotContain("ukraine member_of nato", claims);
    }
}
