using System.Globalization;
using System.Text;

namespace Entente.Storage.Sqlite;

/// <summary>
/// A pair's yearly UN voting agreement as one text value, "2009:75/80 2010:70/77" (year, identical
/// votes, votes both cast), so a pair is one row however many years it spans.
/// </summary>
internal static class VotingSeries
{
    public static string Pack(IEnumerable<VotingAgreement> years)
    {
        var text = new StringBuilder();
        foreach (var row in years)
        {
            if (text.Length > 0)
                text.Append(' ');
            text.Append(CultureInfo.InvariantCulture, $"{row.Year}:{row.Identical}/{row.Votes}");
        }
        return text.ToString();
    }

    public static IEnumerable<VotingAgreement> Unpack(string actorA, string actorB, string series)
    {
        foreach (var entry in series.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            var slash = entry.IndexOf('/', StringComparison.Ordinal);
            if (colon < 0 || slash < colon)
                throw new StoreException($"The database holds a malformed UN voting series for {actorA}–{actorB} ('{entry}'); import the votes again.");
            yield return new VotingAgreement(actorA, actorB, Int(entry[..colon]), Int(entry[(colon + 1)..slash]), Int(entry[(slash + 1)..]));
        }
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
