using System.Text.RegularExpressions;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>
/// What a threat group's description says of the state behind it, when the bundle has no
/// <c>attributed-to</c> relationship for it (ATT&amp;CK writes attribution in prose: "OilRig is a suspected
/// Iranian threat group that has targeted …"). Reads only the first sentence, and only before it turns
/// to targets ("targeted", "against", "victims"), so the victims' countries are never taken for the sponsor.
/// "Based in" or "operating out of" a country gives the group's home, not a sponsor.
/// </summary>
public static partial class DescribedAttribution
{
    public static Attribution? Read(string? description, IActorDirectory directory)
    {
        if (string.IsNullOrWhiteSpace(description))
            return null;
        var sentence = StixText.FirstSentence(description);
        var window = TargetTalk().Split(sentence, 2)[0];
        var words = Words().Matches(window).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = Math.Min(3, words.Count - i); length >= 1; length--)
            {
                var last = words[i + length - 1];
                var phrase = string.Join(' ', words.Skip(i).Take(length).Select(w => w.Value));
                if (phrase.Length < 4 || Language().IsMatch(window, last.Index + last.Length) || (i > 0 && Compass().IsMatch(words[i - 1].Value))
                    || directory.Resolve(phrase) is not { Kind: ActorKind.State } state)
                    continue;
                // A bare nationality ("a Nigerian threat group") says where a group is from, not that its state directs it.
                var hedged = Hedge().IsMatch(window) || !StateWords().IsMatch(window);
                return new Attribution(state, sentence, hedged, HomeOnly().IsMatch(window));
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(target(ed|ing|s)?|against|victims?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetTalk();

    // Letters only, so "Iranian-sponsored" gives "Iranian" and "Iran's" gives "Iran".
    [GeneratedRegex(@"\p{Lu}[\p{L}]+(?=(['’]s)?\b)")]
    private static partial Regex Words();

    // "Spanish-speaking" names a language, not a state.
    [GeneratedRegex(@"\G-?\s?speaking\b", RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    // "South America", "East Asian": a region, even where its last word alone names a state.
    [GeneratedRegex(@"^(South|North|East|West|Central|Latin|Southeast|Southern|Northern|Eastern|Western)$")]
    private static partial Regex Compass();

    [GeneratedRegex(@"\b(sponsored|state|government|ministry|intelligence|military|army|attributed|conducted by|on behalf of|subordinate|directorate|security service)", RegexOptions.IgnoreCase)]
    private static partial Regex StateWords();

    [GeneratedRegex(@"\b(suspected|believed|likely|possibly|probably|nexus|may)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"(-based|\bbased in|\boperating out of|\blocated in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeOnly();
}

/// <summary>The state a group is attributed to, the sentence that says so, and how firmly.</summary>
public sealed record Attribution(Actor State, string Sentence, bool Hedged, bool HomeOnly);
