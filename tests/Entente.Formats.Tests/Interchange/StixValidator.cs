namespace Entente.Formats.Tests.Interchange;

/// <summary>
/// Validates a bundle against the OASIS STIX 2.1 schemas with ajv (draft 2020-12) through
/// tests/stix-validate/validate.js: no NuGet validator for 2020-12 with cross-file $ref restores here.
/// </summary>
internal static class StixValidator
{
    private static readonly Lazy<string> Folder = new(Prepare);

    public static ToolResult Validate(string bundlePath) =>
        ExternalTool.Run("node", Folder.Value, "validate.js", RepoPaths.StixSchemas(), bundlePath);

    /// <summary>Installs the pinned validator from the lock file the first time (CI runs `npm ci` there too).</summary>
    private static string Prepare()
    {
        var folder = Path.Combine(RepoPaths.Root(), "tests", "stix-validate");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "ajv")))
        {
            var install = ExternalTool.Run("npm", folder, "ci", "--no-audit", "--no-fund");
            if (install.ExitCode != 0)
                throw new InvalidOperationException($"`npm ci` in {folder} failed; the STIX validation test needs ajv:\n{install}");
        }
        return folder;
    }
}
