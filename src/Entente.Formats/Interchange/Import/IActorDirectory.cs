namespace Entente.Formats.Interchange.Import;

/// <summary>The actors the database already holds, as importers look them up.</summary>
public interface IActorDirectory
{
    Actor? Get(string id);

    /// <summary>The one actor a name, alias or code names (as `entente allies` resolves it), or null.</summary>
    Actor? Resolve(string name);

    /// <summary>The state with this ISO 3166 alpha-2 or alpha-3 code, or null.</summary>
    Actor? StateByIso(string code);
}
