namespace Entente.Storage;

/// <summary>Where the database lives when no --db is given: $ENTENTE_DB, else the user's data folder.</summary>
public static class DefaultDatabase
{
    public static string Path()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ENTENTE_DB");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        var dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataHome))
            dataHome = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(dataHome, "entente", "entente.db");
    }
}
