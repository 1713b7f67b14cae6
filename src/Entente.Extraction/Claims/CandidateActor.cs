namespace Entente.Extraction.Claims;

/// <summary>An organisation the gazetteer does not know, named near a relation cue; an analyst decides whether it is an actor.</summary>
public sealed record CandidateActor(string Id, string Name, int QuoteStart, int QuoteEnd);
