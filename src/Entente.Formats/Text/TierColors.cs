namespace Entente.Formats.Text;

internal static class TierColors
{
    public static TextStyle Of(Tier tier) => tier switch
    {
        Tier.Core => TextStyle.Green,
        Tier.GreatPower => TextStyle.Cyan,
        Tier.Varying => TextStyle.Yellow,
        Tier.Former => TextStyle.Muted,
        _ => TextStyle.Red,
    };
}
