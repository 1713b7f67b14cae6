namespace Entente.Extraction.Mentions;

/// <summary>A form the gazetteer finds in texts, and whose it is ("Tehran" → iran, capital).</summary>
public sealed record GazetteerEntry(string Text, string ActorId, NameKind Kind);
