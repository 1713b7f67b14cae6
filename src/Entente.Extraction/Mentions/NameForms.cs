namespace Entente.Extraction.Mentions;

/// <summary>
/// The forms of an actor's name the gazetteer looks for in running text. The same list as
/// Entente.Storage.ActorNameSet (Extraction does not depend on Storage), less the two forms that
/// would do harm: the id ("north-korea" is a slug, not prose) and the ISO-2 code ("IN", "IT", "AS",
/// "NO", "BY" are words). Plural demonyms are added ("Iranians", "Saudis").
/// </summary>
internal static class NameForms
{
    public static IEnumerable<ActorName> Of(Actor actor)
    {
        yield return new ActorName(actor.Name, NameKind.Name, "en");
        if (actor.OfficialName is { } official)
            yield return new ActorName(official, NameKind.Official, "en");
        if (actor.Iso3 is { } iso3)
            yield return new ActorName(iso3, NameKind.Iso3);
        if (actor.CapitalName is { } capital)
            yield return new ActorName(capital, NameKind.Capital, "en");
        if (actor.Demonym is { } demonym)
        {
            yield return new ActorName(demonym, NameKind.Demonym, "en");
            if (Plural(demonym) is { } plural)
                yield return plural;
        }
        foreach (var name in actor.Names)
        {
            if (name.Kind is NameKind.Id or NameKind.Iso2)
                continue;
            yield return name;
            if (name.Kind == NameKind.Acronym && actor.Kind is ActorKind.Bloc or ActorKind.Organization && ReadAsWord(name.Text) is { } asWord)
                yield return asWord;
            // Other demonyms ("Philippine", "Turk") have their plurals too ("Turks").
            if (name.Kind == NameKind.Demonym && Plural(name.Text) is { } plural)
                yield return plural;
        }
    }

    /// <summary>
    /// "Nato", "Aukus", "Ecowas", "Unesco": many papers write a body's acronym that is read as a word with one capital. Four
    /// letters or more, a vowel after the first; still matched only as written, so "nato" is no one, and never where the form
    /// is an English word.
    /// </summary>
    /// <remarks>
    /// Only blocs' and organisations': a group's acronym so written is as often a person's name or a goddess ("Isis").
    /// </remarks>
    private static ActorName? ReadAsWord(string acronym)
    {
        if (acronym.Length < 4 || !acronym.All(char.IsAsciiLetterUpper) || acronym.AsSpan(1).IndexOfAny(Vowels) < 0)
            return null;
        var written = string.Concat(acronym.AsSpan(0, 1), acronym[1..].ToLowerInvariant());
        return EnglishWords.Contains(written) ? null : new ActorName(written, NameKind.Acronym);
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("AEIOUY");

    // A wrong plural ("Frenchs") costs nothing: it never occurs, so it never matches.
    private static ActorName? Plural(string demonym) => demonym.EndsWith('s') ? null : new ActorName(demonym + "s", NameKind.Demonym, "en");

    /// <summary>
    /// Written in capitals in the data ("U.S.", "T&amp;T"): it counts only in capitals, like an acronym.
    /// Scripts without case (Arabic) have no capitals, so their names are not caught here.
    /// </summary>
    public static bool IsAllCapitals(string form)
    {
        var letters = 0;
        foreach (var c in form)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsUpper(c))
                letters++;
        }
        return letters >= 2;
    }

    /// <summary>The letters and digits of a form, as an exact case rule compares them.</summary>
    public static string LettersOf(ReadOnlySpan<char> form)
    {
        var letters = new System.Text.StringBuilder(form.Length);
        foreach (var c in form)
        {
            if (TextChars.IsLetterOrDigit(c))
                letters.Append(c);
        }
        return letters.ToString();
    }
}
