using System.Text.RegularExpressions;

namespace Entente.Extraction.Documents;

/// <summary>
/// Replaces personal data of private persons with a neutral placeholder before text is stored:
/// e-mail addresses ("[email]"), phone numbers ("[phone]"), street addresses ("[address]"), and
/// social-media handles and profile links ("[handle]"). Each pattern runs only when a cheap check
/// (<see cref="PersonalDataHints"/>) says it could match, so ordinary prose costs a few scans.
/// Years, ISO dates, resolution numbers such as "1701 (2006)" and figures such as "25-year" or
/// "100,000" are not touched.
/// </summary>
public static partial class PersonalDataScrubber
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string Address = "[address]";
    public const string Handle = "[handle]";

    private const int MinPhoneDigits = 7;
    private const int MinCuedPhoneDigits = 6;
    private const int MaxPhoneDigits = 15;

    // Addresses of institutions that stand for governments in political prose, not of persons.
    private static readonly string[] InstitutionalAddresses = ["Downing Street", "Pennsylvania Avenue", "Pennsylvania Ave"];

    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (PersonalDataHints.MayHoldProfileLink(text))
            text = ProfileLink().Replace(text, Handle);
        if (text.Contains('@', StringComparison.Ordinal))
        {
            text = EmailAddress().Replace(text, Email);
            text = AtHandle().Replace(text, Handle);
        }
        if (PersonalDataHints.MayHoldSpelledEmail(text))
            text = SpelledEmail().Replace(text, Email);
        // Both hints below start from the first ASCII digit: it is found once for the two (again only
        // if a phone number was replaced), and text without one is not searched for it twice.
        var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit >= 0 && PersonalDataHints.MayHoldPhone(text, firstDigit))
        {
            var before = text;
            text = CuedPhone().Replace(text, static m => PhoneOrKeep(m, m.Groups["number"], MinCuedPhoneDigits));
            text = PhoneNumber().Replace(text, static m => PhoneOrKeep(m, m, MinPhoneDigits));
            if (!ReferenceEquals(text, before))
                firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        }
        if (PersonalDataHints.MayHoldAddress(text, firstDigit))
        {
            text = StreetAddress().Replace(text, static m => IsInstitutional(m.Value) ? m.Value : Address);
            text = ContinentalAddress().Replace(text, Address);
            text = PostBox().Replace(text, Address);
        }
        return text;
    }

    private static string PhoneOrKeep(Match match, Group number, int minDigits)
    {
        var digits = 0;
        foreach (var c in number.ValueSpan)
        {
            if (char.IsAsciiDigit(c))
                digits++;
        }
        if (digits < minDigits || digits > MaxPhoneDigits)
            return match.Value;
        return string.Concat(match.ValueSpan[..(number.Index - match.Index)], Phone, match.ValueSpan[(number.Index - match.Index + number.Length)..]);
    }

    private static bool IsInstitutional(string address) =>
        InstitutionalAddresses.Any(known => address.Contains(known, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?:https?://|(?<![\w.@/-]))(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|t\.me|telegram\.me|tiktok\.com|linkedin\.com|threads\.net|youtube\.com|bsky\.app|vk\.com|truthsocial\.com|snapchat\.com|mastodon\.social)/[^\s)\]>""'<,]*[^\s)\]>""'<,.;:!?]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProfileLink();

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+\s?[\[(]at[\])]\s?[A-Za-z0-9-]+(?:\s?(?:[\[(]dot[\])]|\.)\s?[A-Za-z0-9-]+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpelledEmail();

    [GeneratedRegex(@"(?<![\w@./])@[A-Za-z0-9_]{2,30}(?![\w@])", RegexOptions.CultureInvariant)]
    private static partial Regex AtHandle();

    // After "Tel:", "phone", "call", "WhatsApp" a shorter run of digits is still a number to call.
    [GeneratedRegex(@"\b(?:tel|telephone|phone|mobile|cell|fax|whatsapp|signal|call|ph)\b\.?(?:\s*(?:no\.?|number|#))?\s*[:.]?\s*(?<number>\+?\(?\d[\d ()./-]{4,22}\d)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuedPhone();

    // "+44 20 7946 0958", "(202) 555-0143", "202.555.0143", "020 7946 0958".
    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,6}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|0\d{1,4}[ /-]\d{3,4}[ -]?\d{3,4})(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    // "12 Baker Street", "221B Baker St.", "1600 Example Ave, Suite 4"; a year never starts one.
    [GeneratedRegex(@"(?<![\w.,-])(?!(?:1[89]|20)\d\d\b)\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|square|sq|terrace|way|parkway|pkwy|highway|hwy|close|crescent|row|alley|plaza|circle|cir)\b\.?(?:,?\s*(?i:suite|ste|apt|apartment|unit|floor|fl|room|rm)\.?\s*#?[\w-]+|,?\s*#\s?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    // "5 rue de la Paix", "Hauptstraße 12a".
    [GeneratedRegex(@"(?<![\w-])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|calle|avenida)\s+(?:(?i:de la|de l'|du|des|de|d'|del|della|di)\s*)?[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}|\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|gasse|allee|platz|weg)\s+\d{1,4}[a-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContinentalAddress();

    [GeneratedRegex(@"\b(?i:P\.?\s?O\.?\s?Box|Postfach)\s+\d{1,6}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostBox();
}
