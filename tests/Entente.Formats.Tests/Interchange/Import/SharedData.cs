namespace Entente.Formats.Tests.Interchange.Import;

/// <summary>The real datasets in ../shared/data beside the repository (never copied into it).</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        }
        throw new DirectoryNotFoundException("Entente.sln not found above " + AppContext.BaseDirectory);
    });

    public static string File(string relative)
    {
        var path = Path.Combine(Folder.Value, relative);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"The shared dataset {relative} is missing from {Folder.Value}.", path);
    }
}
