namespace Entente.Resolution;

/// <summary>The names the store knows, looked up by <see cref="NameKey"/>.</summary>
public interface IActorNames
{
    IReadOnlyList<NameHit> Find(string key);

    /// <summary>Every name, for suggestions when nothing matches; called only on that path.</summary>
    IReadOnlyList<NameHit> All();
}

public sealed record NameHit(string ActorId, string ActorName, ActorKind ActorKind, string Text, NameKind Kind);
