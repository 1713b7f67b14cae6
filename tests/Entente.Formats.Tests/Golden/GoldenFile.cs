using System.Runtime.CompilerServices;
using System.Text;

namespace Entente.Formats.Tests.Golden;

/// <summary>
/// Compares a renderer's output with its reviewed expectation under Expectations/&lt;Format&gt;/.
/// To accept a deliberate change, run the tests once with ENTENTE_UPDATE_GOLDEN=1
/// (e.g. <c>ENTENTE_UPDATE_GOLDEN=1 dotnet test tests/Entente.Formats.Tests</c>): the files in the
/// source tree are rewritten from the actual output; then read the diff before committing it.
/// </summary>
public static class GoldenFile
{
    private const string UpdateVariable = "ENTENTE_UPDATE_GOLDEN";

    public static void Verify(string format, string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var relative = Path.Combine("Expectations", format, fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var target = Path.Combine(ProjectDirectory(callerPath), relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Normalize(actual), new UTF8Encoding(false));
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, relative);
        var receivedPath = Path.ChangeExtension(expectedPath, null).Replace(".verified", ".received", StringComparison.Ordinal) + Path.GetExtension(expectedPath);
        if (!File.Exists(expectedPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            Assert.Fail($"No golden file {relative}. Output written to {receivedPath}; run with {UpdateVariable}=1 to create it, then review it.");
        }

        // Line endings and trailing spaces are compared loosely: a checkout may convert the one, and
        // .editorconfig trims the other (Spectre pads some lines); CSV's CRLF has a behaviour test instead.
        var expected = Normalize(File.ReadAllText(expectedPath, Encoding.UTF8));
        var received = Normalize(actual);
        if (expected == received)
            return;
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        Assert.Fail(LineDiff.Describe(relative, expected, received) +
            $"\nFull output: {receivedPath}\nIf the change is intended, run with {UpdateVariable}=1 and review the diff.");
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd(' ')));

    /// <summary>The test project folder: where the caller's source file sits, walking up to the .csproj.</summary>
    private static string ProjectDirectory(string callerPath)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(callerPath)!);
        while (directory is not null && directory.GetFiles("*.csproj").Length == 0)
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException($"No .csproj above {callerPath}.");
    }
}
