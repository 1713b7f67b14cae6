namespace Entente.Formats.Tests.Interchange;

/// <summary>Folders the interchange tests read: the repository root, and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Entente.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The OASIS STIX 2.1 schemas, kept outside the repository (../shared/data) and never copied into it.</summary>
    public static string StixSchemas()
    {
        var path = Path.GetFullPath(Path.Combine(Root(), "..", "shared", "data", "stix2.1-schemas", "schemas"));
        return Directory.Exists(Path.Combine(path, "common"))
            ? path
            : throw new DirectoryNotFoundException($"The STIX 2.1 schemas are not at {path}; they live in ../shared/data beside the repository.");
    }
}
