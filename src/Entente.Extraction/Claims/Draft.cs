namespace Entente.Extraction.Claims;

/// <summary>Two parties and the cue that ties them, before types, qualifiers and quotes are settled.</summary>
internal sealed record Draft(string Source, string Target, Cue Cue, int CueIndex, int LeftEdge, string Rule);
