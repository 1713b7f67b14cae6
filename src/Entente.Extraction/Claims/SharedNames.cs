using Entente.Extraction.Mentions;

namespace Entente.Extraction.Claims;

/// <summary>
/// One sense per document: a name several actors share ("Korea", "Islamic Jihad") stands for the one of
/// them the document otherwise names most. Where it names none of them, or them equally, the one whose home state the
/// document names most ("Palestinian", "Gaza" for the Palestinian group over the Lebanese one); on a tie there too, the name
/// stays no one's.
/// </summary>
internal sealed class SharedNames
{
    // How often the document names each actor; counted only for a document that holds a shared name, few do.
    private readonly Dictionary<string, int>? _named;
    private readonly Func<Mention, IReadOnlyList<string>> _sharedBy;
    private readonly Func<string, string?> _homeOf;

    public SharedNames(IReadOnlyList<IReadOnlyList<Mention>> document, Func<Mention, IReadOnlyList<string>> sharedBy, Func<string, string?> homeOf)
    {
        _sharedBy = sharedBy;
        _homeOf = homeOf;
        if (!AnyAmbiguous(document))
            return;
        _named = new Dictionary<string, int>(32, StringComparer.Ordinal);
        foreach (var mentions in document)
        {
            for (var k = 0; k < mentions.Count; k++)
            {
                var mention = mentions[k];
                // One lookup per mention, where reading the count and writing it back made two.
                if (mention.Kind != NameKind.Ambiguous)
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_named, mention.ActorId, out _)++;
            }
        }
    }

    /// <summary>The mentions with each shared name given to its owner in this document, or dropped.</summary>
    public IReadOnlyList<Mention> Resolve(IReadOnlyList<Mention> mentions)
    {
        if (!AnyAmbiguous(mentions))
            return mentions;
        var resolved = new List<Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (mention.Kind != NameKind.Ambiguous)
                resolved.Add(mention);
            else if (Owner(mention) is { } owner)
                resolved.Add(mention with { ActorId = owner, Kind = NameKind.Alias });
        }
        return resolved;
    }

    private static bool AnyAmbiguous(IReadOnlyList<IReadOnlyList<Mention>> document)
    {
        for (var u = 0; u < document.Count; u++)
        {
            if (AnyAmbiguous(document[u]))
                return true;
        }
        return false;
    }

    private static bool AnyAmbiguous(IReadOnlyList<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Kind == NameKind.Ambiguous)
                return true;
        }
        return false;
    }

    private string? Owner(Mention mention) =>
        MostNamed(mention, id => id) ?? MostNamed(mention, _homeOf);

    /// <summary>The sharer whose counted stand-in (itself, or its home) the document names most; null on a tie or where it names none.</summary>
    private string? MostNamed(Mention mention, Func<string, string?> countedAs)
    {
        string? best = null;
        var bestCount = 0;
        var tied = false;
        foreach (var id in _sharedBy(mention))
        {
            // A title may hold a shared name that the text does not: no actor is counted then.
            var counted = countedAs(id);
            var count = counted is null ? 0 : _named?.GetValueOrDefault(counted) ?? 0;
            if (count > bestCount)
                (best, bestCount, tied) = (id, count, false);
            else if (count == bestCount && count > 0)
                tied = true;
        }
        return tied ? null : best;
    }
}
