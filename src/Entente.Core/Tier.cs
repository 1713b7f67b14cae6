namespace Entente;

/// <summary>Where an assessed relation is shown in an answer.</summary>
public enum Tier
{
    Core,
    GreatPower,
    Varying,
    Former,
    Adversary,
}

public static class Tiers
{
    private static readonly WireNames<Tier> Names = new(
        (Tier.Core, "core"),
        (Tier.GreatPower, "great_power"),
        (Tier.Varying, "varying"),
        (Tier.Former, "former"),
        (Tier.Adversary, "adversary"));

    public static string ToWire(this Tier tier) => Names.ToWire(tier);

    public static string Title(this Tier tier) => tier switch
    {
        Tier.Core => "Core allies and partners",
        Tier.GreatPower => "Great-power partners",
        Tier.Varying => "States and actors of varying alignment",
        Tier.Former => "Former allies and partners",
        _ => "Adversaries and rivals",
    };
}
