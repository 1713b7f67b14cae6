namespace Entente.Storage;

/// <summary>Reads the whole knowledge base in one batch: what `entente export` writes.</summary>
public static class WholeKnowledge
{
    /// <summary>
    /// Every actor, every claim whatever its status (in the order stored), every source whether a
    /// claim cites it or not, and the ingested documents with their text.
    /// </summary>
    public static KnowledgeBatch ReadAll(this IKnowledgeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var claims = store.GetClaims(new ClaimQuery(Limit: int.MaxValue));
        return new KnowledgeBatch(store.AllActors(), store.AllSources(), claims) { Documents = store.AllDocuments() };
    }
}
