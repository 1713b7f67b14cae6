using Entente.Answers;
using Entente.Resolution;

namespace Entente.Storage;

/// <summary>The one store interface: SQLite embedded by default, PostgreSQL for a server.</summary>
public interface IKnowledgeStore : IDocumentStore, IDisposable
{
    /// <summary>Grows by one with every write that changes something; caches key on it.</summary>
    long DataVersion { get; }

    IActorNames Names { get; }

    /// <summary>Adds or updates actors and sources and adds claims not already stored, in one transaction.</summary>
    WriteResult Write(KnowledgeBatch batch);

    Actor? GetActor(string id);

    /// <summary>Everything an answer about the subject needs; null if the subject is unknown.</summary>
    KnowledgeSlice? LoadSlice(string subjectId);

    IReadOnlyList<Claim> GetClaims(ClaimQuery query);

    Source? GetSource(string id);

    StoreCounts Counts();

    /// <summary>Every actor with all its names: what the gazetteer is built from.</summary>
    IReadOnlyList<Actor> AllActors();

    /// <summary>Every source, cited by a claim or not, ordered by id.</summary>
    IReadOnlyList<Source> AllSources();

    /// <summary>Every ingested document with its text, in the order they were stored.</summary>
    IReadOnlyList<Document> AllDocuments();

    Claim? GetClaim(long id);

    /// <summary>Sets a claim's status (an analyst's accept or reject); false when no claim has that id.</summary>
    bool SetClaimStatus(long id, ClaimStatus status);

    IReadOnlyList<ActorCandidate> GetActorCandidates();

    /// <summary>
    /// Stores UN General Assembly voting agreement (one row per pair of states and year) with its source,
    /// in one transaction; a row already stored with the same counts changes nothing.
    /// </summary>
    VotingWriteResult WriteVotingAgreements(Source source, IReadOnlyList<VotingAgreement> agreements);

    /// <summary>Every year of voting agreement between the actor and any other, oldest first.</summary>
    IReadOnlyList<VotingAgreement> GetVotingAgreements(string actorId);
    /// <summary>Stores a new API key (its hash only); a name already used, even by a revoked key, is refused.</summary>
    void AddApiKey(ApiKey key);

    /// <summary>The key whose SHA-256 hash this is, revoked or not; null when none is.</summary>
    ApiKey? FindApiKey(string hash);

    IReadOnlyList<ApiKey> ApiKeys();

    /// <summary>Marks the key revoked (keeping the first revocation time); false when no key has that name.</summary>
    bool RevokeApiKey(string name, DateTimeOffset at);
}

/// <summary>The part of a store an ingest needs: is a document known, and store one.</summary>
public interface IDocumentStore
{
    bool HasDocument(string contentHash);

    /// <summary>
    /// Stores a document with its source, claims and candidate actors in one transaction; a document
    /// already stored (same hash) changes nothing.
    /// </summary>
    DocumentWriteResult AddDocument(Document document, Source source, IReadOnlyList<Claim> claims, IReadOnlyList<ActorCandidate> candidates);
}

public sealed record VotingWriteResult(int Added, int Unchanged);

public sealed record DocumentWriteResult(bool Added, int ClaimsAdded, int CandidatesAdded);

public sealed record WriteResult(int Actors, int Sources, int ClaimsAdded, int ClaimsAlreadyStored)
{
    /// <summary>Documents of the batch not stored before (a document is known by its content hash).</summary>
    public int DocumentsAdded { get; init; }
}

public sealed record StoreCounts(int Actors, int Sources, int Claims, int AcceptedClaims);

public sealed record ClaimQuery(string? About = null, ClaimStatus? Status = null, int Limit = 1000)
{
    /// <summary>Only the claims read from the document with this content hash.</summary>
    public string? DocumentHash { get; init; }
}
