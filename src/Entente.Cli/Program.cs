using Entente.Cli;

var redirected = Console.IsOutputRedirected;
var environment = new CliEnvironment(Console.Out, Console.Error, TimeProvider.System)
{
    Input = Console.In,
    Progress = !Console.IsErrorRedirected,
    Color = !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
    Width = redirected ? 120 : Math.Max(80, SafeWindowWidth()),
};
return EntenteCommand.Run(args, environment);

static int SafeWindowWidth()
{
    try
    {
        return Console.WindowWidth;
    }
    catch (IOException)
    {
        return 120;
    }
}
