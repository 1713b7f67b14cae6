namespace Entente;

/// <summary>
/// An Admiralty-style grade: how reliable the source is (A–F) and how credible the information is
/// (1–6), written together as "B2".
/// </summary>
public readonly record struct Reliability
{
    public Reliability(char source, int credibility)
    {
        if (source is < 'A' or > 'F')
            throw new ArgumentOutOfRangeException(nameof(source), source, "Source reliability is a letter A–F.");
        if (credibility is < 1 or > 6)
            throw new ArgumentOutOfRangeException(nameof(credibility), credibility, "Information credibility is a digit 1–6.");
        Source = source;
        Credibility = credibility;
    }

    public char Source { get; }
    public int Credibility { get; }

    public static Reliability Parse(string text) =>
        TryParse(text, out var grade)
            ? grade
            : throw new FormatException($"'{text}' is not a reliability grade such as B2 (a letter A–F, then a digit 1–6).");

    public static bool TryParse(string? text, out Reliability grade)
    {
        grade = default;
        if (text is not { Length: 2 })
            return false;
        var letter = char.ToUpperInvariant(text[0]);
        if (letter is < 'A' or > 'F' || text[1] is < '1' or > '6')
            return false;
        grade = new Reliability(letter, text[1] - '0');
        return true;
    }

    public override string ToString() => $"{Source}{Credibility}";
}
