namespace Entente.Benchmarks;

/// <summary>Where the repository is, so benchmarks find tests/eval and ../shared/data from wherever they run.</summary>
internal static class RepositoryFolder
{
    /// <summary>The folder holding Entente.sln, above the working directory or the program; the working directory if none is.</summary>
    public static string Root() => Find() ?? Environment.CurrentDirectory;

    /// <summary>The folder holding Entente.sln, above the working directory or the program, or null.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                    return dir.FullName;
            }
        }
        return null;
    }
}
