using Entente.Extraction.Documents;

namespace Entente.Extraction.Tests.Documents;

public sealed class PersonalDataScrubberTests
{
    [Theory]
    [InlineData("Write to jane.doe+news@example.co.uk today.", "Write to [email] today.")]
    [InlineData("Contact: press (at) example [dot] org.", "Contact: [email].")]
    [InlineData("Call +44 20 7946 0958 now.", "Call [phone] now.")]
    [InlineData("Phone (202) 555-0143 or 202.555.0199.", "Phone [phone] or [phone].")]
    [InlineData("Tel: 030 1234 5678", "Tel: [phone]")]
    [InlineData("WhatsApp: 555 0143 21", "WhatsApp: [phone]")]
    [InlineData("She lives at 12 Baker Street, London.", "She lives at [address], London.")]
    [InlineData("Send it to 1600 Example Ave, Suite 4 by Friday.", "Send it to [address] by Friday.")]
    [InlineData("Office: 221B Baker St. in town.", "Office: [address] in town.")]
    [InlineData("Based at 5 rue de la Paix in Paris.", "Based at [address] in Paris.")]
    [InlineData("Adresse: Hauptstraße 12a, Berlin.", "Adresse: [address], Berlin.")]
    [InlineData("Write to PO Box 1234.", "Write to [address].")]
    [InlineData("Follow @jane_doe for updates.", "Follow [handle] for updates.")]
    [InlineData("See https://x.com/jane_doe/status/123 and twitter.com/someone.", "See [handle] and [handle].")]
    [InlineData("Channel: t.me/some_channel, page www.facebook.com/jane.doe", "Channel: [handle], page [handle]")]
    public void Personal_data_is_replaced_by_a_placeholder(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataScrubber.Scrub(text));
    }

    [Theory]
    [InlineData("In 1979 the revolution began; by 2024 Iran had many partners.")]
    [InlineData("The U.S. and the U.K. responded on 2024-12-08, and again on 12/08/2024.")]
    [InlineData("Resolution 1701 (2006) ended the war; Resolution 2231 (2015) endorsed the deal.")]
    [InlineData("A 25-year agreement worth $400 billion, 100,000 troops, 3.5 percent, 1,200 km.")]
    [InlineData("Between 2011-2024 some 1,500-2,000 advisers served; casualties rose 20-30 percent.")]
    [InlineData("In 2019 Tahrir Square filled; in 1953 Downing Street and 10 Downing Street agreed.")]
    [InlineData("The group fired 40 rockets at Haifa and 300 drones on 13 April 2024.")]
    [InlineData("Hezbollah (est. 1982) has 20,000-50,000 fighters; +3.5% growth; ISBN-free text.")]
    [InlineData("Visit https://www.un.org/securitycouncil/content/resolutions for the text.")]
    [InlineData("An email-free line with the @ sign alone and a price of 5 @ 10.")]
    public void Ordinary_numbers_dates_and_addresses_of_institutions_are_not_touched(string text)
    {
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));
    }
}
