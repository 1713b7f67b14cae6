namespace Entente.Extraction.Mentions;

/// <summary>A place in a text where an actor is named; offsets are into the text given to the gazetteer.</summary>
public sealed record Mention(int Start, int End, string ActorId, NameKind Kind, string Surface);
