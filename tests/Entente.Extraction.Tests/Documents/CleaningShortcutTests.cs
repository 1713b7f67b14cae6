using Entente.Extraction.Documents;

namespace Entente.Extraction.Tests.Documents;

/// <summary>The shortcuts that keep cleaning fast must give what the long way gives.</summary>
public sealed class CleaningShortcutTests
{
    // Pieces are separated by '|', as text nodes split a paragraph; the one-line prose pieces are counted at once.
    [Theory]
    [InlineData("Iran backs|Hezbollah|and Hamas")]
    [InlineData("Iran backs |Hezbollah| and Hamas")]
    [InlineData("|Iran backs|")]
    [InlineData("Iran  backs|Hezbollah")]
    [InlineData("Iran\nbacks|Hezbollah.|“Quoted”|x")]
    [InlineData("a|b|c| |d")]
    [InlineData("Iran and| its partners")]
    [InlineData("  leading|\n\n|trailing  ")]
    [InlineData("soft\u00ADhyphen| and\u200B zero width|\uFEFF")]
    [InlineData("split|word| |\t|next\u00A0word\u3000end")]
    [InlineData("|\u200B| |only")]
    [InlineData("   |\r\n")]
    public void Collapsed_length_counted_piece_by_piece_is_the_length_of_the_collapsed_text(string joined)
    {
        var pieces = joined.Split('|');
        var length = 0;
        var pendingSpace = false;
        foreach (var piece in pieces)
            Whitespace.CountCollapsed(piece, ref length, ref pendingSpace);

        Assert.Equal(Whitespace.Collapse(string.Concat(pieces)).Length, length);
    }

    [Theory]
    [InlineData("already clean text")]
    [InlineData(" padded ")]
    [InlineData("two  spaces")]
    [InlineData("line\nbreak and\ttab")]
    [InlineData("soft\u00ADhyphen\u200B")]
    public void Text_collapsed_from_a_builder_is_the_text_collapsed_from_a_string(string text)
    {
        Assert.Equal(Whitespace.Collapse(text.AsSpan()), Whitespace.Collapse(new System.Text.StringBuilder(text)));
    }

    [Fact]
    public void Scrubbing_changes_only_the_blocks_that_hold_personal_data()
    {
        var document = new DocumentCleaner().Clean("Iran backs Hezbollah.\n\nWrite to press@example.org for comment.", DocumentFormat.PlainText);

        Assert.Equal(["Iran backs Hezbollah.", "Write to [email] for comment."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Attributes_the_cleaner_reads_survive_the_parse_and_link_targets_do_not()
    {
        var document = GuardedHtmlParser.Parse(
            "<html><head><link rel=\"canonical\" href=\"https://example.org/a\"></head>"
            + "<body><div class=\"share-bar\" data-track=\"x\" hidden><a href=\"/next\" title=\"t\">Next</a></div></body></html>",
            CleanerOptions.Default,
            new List<string>());

        var div = document.QuerySelector("div")!;
        Assert.Equal("share-bar", div.GetAttribute("class"));
        Assert.True(div.HasAttribute("hidden"));
        Assert.False(div.HasAttribute("data-track"));
        Assert.Null(document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/a", document.QuerySelector("link[rel~=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("Adresse: Hauptstraße 12a, Berlin.", true)]
    [InlineData("Write to Postfach 1234.", true)]
    [InlineData("She lives at 12 Baker Street.", true)]
    [InlineData("The street outside the embassy was quiet.", false)]
    [InlineData("The Postfach and the Hauptstrasse, without a number.", false)]
    [InlineData("Die Hauptstraße – ohne Hausnummer, und kein Postfach.", false)]
    [InlineData("Adresse: Hauptstraße \u0661\u0662, Berlin.", true)]
    [InlineData("Write to 12 bis rue de la Paix.", true)]
    [InlineData("Sent from 221B Baker Street.", true)]
    [InlineData("In 2024 the embassy moved to the main road.", false)]
    public void Address_hint_needs_a_digit_and_still_finds_compound_street_names(string text, bool expected)
    {
        Assert.Equal(expected, PersonalDataHints.MayHoldAddress(text));
    }

    // A lower-case word after a number ends its window: no address pattern takes one before the street word.
    [Theory]
    [InlineData("In 2024 the embassy moved to the main road.")]
    [InlineData("The 3 armed groups met on the coast road.")]
    public void Text_the_address_hint_rules_out_is_not_changed_by_the_scrubber(string text)
    {
        Assert.False(PersonalDataHints.MayHoldAddress(text));
        Assert.Equal(text, PersonalDataScrubber.Scrub(text));
    }

    [Fact]
    public void A_month_is_named_where_the_lower_cased_text_names_it()
    {
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        var mismatches = new List<string>();
        // Every character in every place of every month's name, as the long way (a lower-cased copy) reads it.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            foreach (var month in months)
            {
                for (var place = 0; place < month.Length; place++)
                {
                    var text = "3 " + month[..place] + (char)code + month[(place + 1)..] + " 2025";
                    var lowered = text.ToLowerInvariant();
                    if (DateLine.NamesAMonth(text) != months.Any(m => lowered.Contains(m, StringComparison.Ordinal)))
                        mismatches.Add(text);
                }
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void A_stock_prefix_is_found_as_comparing_every_prefix_finds_it()
    {
        string[] prefixes = [.. Boilerplate.CommentPrefixes, .. Boilerplate.StockPrefixes];
        var mismatches = new List<string>();
        // Every character in the second place of every prefix (where the shortcut picks the prefixes to compare).
        for (var code = 0; code <= char.MaxValue; code++)
        {
            foreach (var prefix in prefixes)
            {
                var line = prefix[0] + ((char)code).ToString() + prefix[2..] + " the rest";
                // The line's first letter is the prefix's, an ASCII letter: no prefix starting otherwise can match.
                var expected = prefixes.Any(p => p[0] == prefix[0] && line.StartsWith(p, StringComparison.OrdinalIgnoreCase));
                if (Boilerplate.IsStock(line) != expected)
                    mismatches.Add(line);
            }
        }
        Assert.Empty(mismatches);
    }
}
