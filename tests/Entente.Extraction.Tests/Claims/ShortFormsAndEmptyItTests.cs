namespace Entente.Extraction.Tests.Claims;

/// <summary>
/// Real prose from a page on Myanmar's Three Brotherhood Alliance and others: "the Alliance" after a member whose other
/// name holds the word, an alliance's member named after "another Alliance member,", an "it" that stands for no one, a
/// speaker in the title who names what another is to it, and a challenge posed to the subject.
/// </summary>
public sealed class ShortFormsAndEmptyItTests
{
    private const string Alliance = "# Three Brotherhood Alliance claims junta violated ceasefire\n\nThe Three Brotherhood Alliance issued a statement. ";

    [Fact]
    public void The_alliance_stands_for_the_one_written_out_not_a_member_that_holds_the_word_only_in_another_name()
    {
        var claims = BundledPipeline.Read(Alliance + "In Kokang, the Myanmar National Democratic Alliance Army (MNDAA) fought on. The Ta'ang National Liberation Army (TNLA), a member of the Alliance, reported that the Military Council continued attacks on TNLA-controlled villages.").Claims;

        Assert.Contains(claims, c => c.Subject == "tnla" && c.Object == "three-brotherhood-alliance" && c.Relation == RelationType.MemberOf);
        Assert.DoesNotContain(claims, c => c.Object == "tnla" && c.Subject == "three-brotherhood-alliance" && c.Relation.IsHostile());
    }

    [Fact]
    public void The_name_after_another_alliance_member_and_the_is_a_member()
    {
        var claims = BundledPipeline.Read(Alliance + "In Kokang region, the operational area of another Alliance member, the Myanmar National Democratic Alliance Army (MNDAA), renewed battles also emerged this week.").Claims;

        Assert.Contains(claims, c => c.Subject == "mndaa" && c.Object == "three-brotherhood-alliance" && c.Relation == RelationType.MemberOf);
    }

    [Fact]
    public void It_is_key_for_stands_for_no_one_the_sentence_before_named()
    {
        var claims = BundledPipeline.Read("# Uruguay bets on China\n\nThe U.S. is getting more and more protectionist. In this new geopolitical scenario, it is key for Europe to strengthen the partnerships it can have.").Claims;

        Assert.DoesNotContain(claims, c => c.Object == "united-states" && !c.Relation.IsHostile());
    }

    [Fact]
    public void A_speaker_in_the_title_who_says_what_another_is_to_it_stays_in_the_running_for_the_subject()
    {
        var read = BundledPipeline.Read("# Denmark says US is a national security risk\n\nDenmark's intelligence service published its annual assessment. Denmark named Russia and China as the main threats, and it said the role of the United States was uncertain. Denmark also fears for Greenland.");

        Assert.Equal("denmark", read.Subject);
    }

    [Fact]
    public void Countries_posing_a_challenge_to_the_subject_are_its_foes()
    {
        var claims = BundledPipeline.Read("# Denmark's threat assessment\n\nThe Danish Defense Intelligence Agency named Russia and China among the main countries posing a challenge to Denmark and Europe.").Claims;

        foreach (var rival in new[] { "russia", "china" })
            Assert.Contains(claims, c => c.Subject == "denmark" && c.Object == rival && c.Relation.IsHostile() && c.Polarity == Polarity.Asserts);
    }
}
