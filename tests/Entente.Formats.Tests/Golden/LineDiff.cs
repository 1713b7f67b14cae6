using System.Text;

namespace Entente.Formats.Tests.Golden;

/// <summary>A short, readable account of where two texts first differ, for golden-file failures.</summary>
public static class LineDiff
{
    private const int Context = 3;

    public static string Describe(string name, string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first])
            first++;

        var message = new StringBuilder();
        message.AppendLine($"{name} differs from the output, first at line {first + 1} (expected {want.Length} lines, got {got.Length}).");
        for (var i = Math.Max(0, first - Context); i < first; i++)
            message.AppendLine($"   {i + 1,4}  {Show(want[i])}");
        for (var i = first; i < Math.Min(want.Length, first + Context); i++)
            message.AppendLine($" - {i + 1,4}  {Show(want[i])}");
        for (var i = first; i < Math.Min(got.Length, first + Context); i++)
            message.AppendLine($" + {i + 1,4}  {Show(got[i])}");
        return message.ToString();
    }

    // Control characters would garble the test runner's output; show them as code points.
    private static string Show(string line)
    {
        var shown = new StringBuilder(line.Length);
        foreach (var c in line)
            shown.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        return shown.ToString();
    }
}
