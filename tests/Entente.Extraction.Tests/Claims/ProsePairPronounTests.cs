namespace Entente.Extraction.Tests.Claims;

/// <summary>"They" after two others named stands for those two: what they do is not the subject's.</summary>
public sealed class ProsePairPronounTests
{
    [Fact]
    public void What_two_others_do_after_they_is_not_the_subjects()
    {
        var text = "# Somaliland presses on with its port deal\n\nSomaliland signed a port deal with Ethiopia. Somaliland wants recognition. "
            + "Meanwhile, Kenya held talks with Egypt on Monday and they signed an accord to deepen defence cooperation.";

        var partners = BundledPipeline.PartnersOf("somaliland", text);

        Assert.Contains("ethiopia", partners);
        Assert.DoesNotContain("egypt", partners);
        Assert.DoesNotContain("kenya", partners);
    }

    [Fact]
    public void They_after_one_other_named_may_still_be_the_subjects_doers()
    {
        var text = "# Somaliland presses on with its port deal\n\nSomaliland signed a port deal with Ethiopia. Somaliland wants recognition. "
            + "Its leaders met envoys in Hargeisa and they signed a defence accord with Ethiopia.";

        Assert.Contains("ethiopia", BundledPipeline.PartnersOf("somaliland", text));
    }
}
