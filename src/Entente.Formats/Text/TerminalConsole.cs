using Spectre.Console;
using Spectre.Console.Rendering;

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
        return new ReportConsole(output, color, width);
    }

    internal static IAnsiConsole CreateSpectre(TextWriter output, bool color, int width)
    {
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

/// <summary>
/// The console <see cref="TerminalConsole.Create"/> returns. <see cref="TextAnswerWriter"/> only
/// needs its output, colour and width; building the Spectre.Console console behind it costs about
/// 5 ms on a cold start, so that happens only if something else uses it as a console.
/// </summary>
internal sealed class ReportConsole(TextWriter output, bool color, int width) : IAnsiConsole
{
    private IAnsiConsole? _spectre;

    public TextWriter Output => output;

    public bool Color => color;

    public int Width => width;

    public Profile Profile => Spectre.Profile;

    public IAnsiConsoleCursor Cursor => Spectre.Cursor;

    public IAnsiConsoleInput Input => Spectre.Input;

    public IExclusivityMode ExclusivityMode => Spectre.ExclusivityMode;

    public RenderPipeline Pipeline => Spectre.Pipeline;

    private IAnsiConsole Spectre => _spectre ??= TerminalConsole.CreateSpectre(output, color, width);

    public void Clear(bool home) => Spectre.Clear(home);

    public void Write(IRenderable renderable) => Spectre.Write(renderable);

    public void WriteAnsi(Action<AnsiWriter> action) => Spectre.WriteAnsi(action);
}
