namespace Entente.Extraction.Tests.Claims;

/// <summary>One set against the object ("versus", "rather than") is not what the verb reaches; one strikes a bargain, not a foe.</summary>
public sealed class ProseContrastsAndBargainsTests
{
    private const string Title = "# South Africa's foreign policy\n\nSouth Africa hosts summits. ";

    [Theory]
    [InlineData("South Africa has been accused of a double standard in how it confronts Israel versus Russia.")]
    [InlineData("South Africa chose to confront Israel rather than Russia.")]
    [InlineData("South Africa confronts Israel, as opposed to Russia.")]
    public void One_set_against_the_object_is_not_struck(string sentence)
    {
        var adversaries = BundledPipeline.AdversariesOf("south-africa", Title + sentence);

        Assert.Contains("israel", adversaries);
        Assert.DoesNotContain("russia", adversaries);
    }

    [Fact]
    public void Opposed_to_without_as_still_opposes()
    {
        Assert.Contains("israel", BundledPipeline.AdversariesOf("south-africa", Title + "South Africa is firmly opposed to Israel."));
    }

    [Theory]
    [InlineData("For Turkey, striking a new balance between Russia and the West continues to be a delicate juggling act.")]
    [InlineData("Turkey struck a deal with Russia on grain.")]
    public void Striking_a_bargain_strikes_no_one(string sentence)
    {
        var text = "# Turkey's balancing act\n\nTurkey is a NATO member. " + sentence;

        Assert.DoesNotContain("russia", BundledPipeline.AdversariesOf("turkey", text));
    }

    [Fact]
    public void A_deal_priced_in_several_words_is_still_signed_with_its_partner()
    {
        var text = "# The Maldives buys drones\n\nThe Maldives looks beyond India. The Maldives has signed a $37 million drone deal with Turkey.";

        Assert.Contains("turkey", BundledPipeline.PartnersOf("maldives", text));
    }

    [Fact]
    public void Normalized_relations_between_two_tie_them()
    {
        var text = "# Rabat's new friends\n\nMorocco won a prize. The accord opened the way to the normalization of relations between Israel and Morocco.";

        Assert.Contains("israel", BundledPipeline.PartnersOf("morocco", text));
    }

    [Fact]
    public void Switching_diplomatic_allegiances_ties_the_new_side()
    {
        var text = "# Nauru turns\n\nNauru held an election. Nauru has decided to cut ties with Taiwan and switch diplomatic allegiances to China.";

        Assert.Contains("china", BundledPipeline.PartnersOf("nauru", text));
    }
}
