using Spectre.Console;

namespace Entente.Formats.Text;

internal static class TierColors
{
    public static Color Of(Tier tier) => tier switch
    {
        Tier.Core => Color.Green,
        Tier.GreatPower => Color.Cyan,
        Tier.Varying => Color.Yellow,
        Tier.Former => Color.Grey,
        _ => Color.Red,
    };
}
