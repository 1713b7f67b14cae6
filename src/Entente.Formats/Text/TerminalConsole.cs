using Spectre.Console;

namespace Entente.Formats.Text;

/// <summary>Makes the console the text report writes to, so the caller decides colour and width, not the environment.</summary>
public static class TerminalConsole
{
    public const int MinimumWidth = 20;

    /// <param name="color">False when output goes to a pipe or file: then no ANSI escape code is written at all.</param>
    /// <param name="width">The columns tables wrap to; a pipe has no width of its own, so the caller picks one.</param>
    public static IAnsiConsole Create(TextWriter output, bool color, int width)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinimumWidth);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            // The 16 standard colours are all the report uses, and every colour terminal has them.
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            // CI detection and NO_COLOR are the caller's business; here they would make output vary by machine.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(),
        });
        console.Profile.Width = width;
        return console;
    }
}
