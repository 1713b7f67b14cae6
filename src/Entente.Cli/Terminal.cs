namespace Entente.Cli;

/// <summary>Text from documents is data: control characters (ESC and friends) never reach the terminal.</summary>
internal static class Terminal
{
    public static string Clean(string? text) =>
        text is null ? "" : string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}
