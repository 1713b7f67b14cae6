namespace Entente.Cli.Ingest;

/// <summary>
/// One redrawn line on a terminal's stderr: "[#####.....] 12/40 file.html". Only for many files on
/// a terminal, so logs and pipes never see carriage returns.
/// </summary>
internal sealed class ProgressBar(TextWriter error, int total, int width) : IProgress<(int Done, string File)>
{
    private const int BarWidth = 30;

    public void Report((int Done, string File) value)
    {
        var filled = total == 0 ? BarWidth : value.Done * BarWidth / total;
        var prefix = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Done}/{total} ";
        var room = Math.Max(0, width - prefix.Length - 1);
        var name = Terminal.Clean(Path.GetFileName(value.File));
        if (name.Length > room)
            name = name[..room];
        error.Write("\r" + (prefix + name).PadRight(width - 1));
        if (value.Done == total)
            error.Write("\r" + new string(' ', width - 1) + "\r");
        error.Flush();
    }
}
