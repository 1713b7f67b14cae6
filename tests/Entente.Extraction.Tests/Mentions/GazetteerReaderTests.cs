using Entente.Extraction.Mentions;

namespace Entente.Extraction.Tests.Mentions;

/// <summary>
/// The scan reads most words sixteen characters at a time and the rest, and any word near the end
/// of a text, with the full tokeniser: both must find the same names, wherever a text is cut.
/// </summary>
public sealed class GazetteerReaderTests
{
    /// <summary>Lower-case words with no name in them: after a phrase, they leave room for the fast reader.</summary>
    private const string Tail = " and then the talks went on for many more hours without any result at all";

    public static TheoryData<string> Phrases => new()
    {
        "Iran's proxies", "Iran’s proxies", "the US’s position", "Iran`s role", "Iran' said", "Iran'S",
        "U.S. forces", "the U.S.", "Kata'ib Hezbollah", "Kata’ib Hezbollah", "São Tomé.Saudi", "Türkiye and Iran",
        "NATO-led", "Nato summit", "NATO, EU", "IS fighters", "Is it", "US, UK and France", "WHAT IT MEANS FOR US",
        "PMF AND IRGC UNITS MOVE NORTH", "CAR BOMB HITS MARKET", "the United States", "United, States", "United Kingdom",
        "Saudi Arabia's", "Saudi\nArabia", "Saudi\n\nArabia", "Saudi-led", "Iran.", "Iran.The", "St. Lucia", "BRICS+",
        "Bosnia & Herzegovina", "Guinea-Bissau", "Internationalisation", "Internationalist Iran", "eSwatini", "al-Hashd al-Shaabi",
        "Iranian-Russian deal", "pro-Iranian", "G20 Summit", "Korea", "North Korea", "Islamic Jihad", "Republic of Guatemala",
        "Abdallah Bou Habib'Niger-backed", "officialséIran's", "Hezbollah's arsenal and Tehran's reply", "the Iran-backed group",
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_names_the_same_actors_whether_or_not_text_follows_it(string phrase)
    {
        var alone = BundledGazetteer.Instance.FindWithShared(phrase);
        var followed = BundledGazetteer.Instance.FindWithShared(phrase + Tail);
        Assert.Equal(alone, followed);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_phrase_names_the_same_actors_after_other_text(string phrase)
    {
        const string head = "in the first hours of the talks nothing was said; ";
        var alone = BundledGazetteer.Instance.FindWithShared(phrase + Tail);
        var after = BundledGazetteer.Instance.FindWithShared(head + phrase + Tail);
        Assert.Equal(alone.Select(m => m with { Start = m.Start + head.Length, End = m.End + head.Length }), after);
    }

    [Fact]
    public void A_long_text_names_what_its_paragraphs_name_one_by_one()
    {
        var paragraphs = GeneratedParagraphs(seed: 20261123, count: 1500);
        var text = string.Join("\n\n", paragraphs);
        Assert.True(text.Length > 100_000, "the text must span several of the scan's slices");
        var expected = new List<Mention>();
        var offset = 0;
        foreach (var paragraph in paragraphs)
        {
            BundledGazetteer.Instance.Find(paragraph.AsSpan(), expected, offset);
            offset += paragraph.Length + 2;
        }
        var found = BundledGazetteer.Instance.Find(text);
        Assert.True(found.Count > 1000, $"only {found.Count} mentions: the test text should be full of names");
        Assert.Equal(expected, found);
        Assert.Equal(found.Count, BundledGazetteer.Instance.Count(text));
    }

    /// <summary>Paragraphs of the gazetteer's own forms, in varied case, between words and joiners that test its rules.</summary>
    private static List<string> GeneratedParagraphs(int seed, int count)
    {
        var random = new Random(seed);
        var forms = BundledGazetteer.Instance.Entries.Select(e => e.Text).Distinct().ToArray();
        string[] fillers = ["the", "said", "and", "officials", "The", "After", "President", "THE", "AND", "IS", "US", "U.S.", "Minister", "al"];
        string[] joiners = [" ", " ", " ", "'s ", "’s ", ". ", ", ", "-", " – ", "\n", " (", ") ", "'", ".", " & ", "+", "\u00A0"];
        var paragraphs = new List<string>();
        for (var p = 0; p < count; p++)
        {
            var builder = new System.Text.StringBuilder();
            var words = random.Next(3, 40);
            for (var w = 0; w < words; w++)
            {
                var word = random.Next(3) == 0 ? fillers[random.Next(fillers.Length)] : forms[random.Next(forms.Length)];
                builder.Append(random.Next(10) switch
                {
                    0 => word.ToUpperInvariant(),
                    1 => word.ToLowerInvariant(),
                    _ => word,
                });
                builder.Append(joiners[random.Next(joiners.Length)]);
            }
            paragraphs.Add(builder.ToString().Trim());
        }
        return paragraphs;
    }
}
