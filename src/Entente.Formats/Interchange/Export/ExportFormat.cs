namespace Entente.Formats.Interchange.Export;

/// <summary>The formats `entente export` writes.</summary>
public enum ExportFormat
{
    Stix,
    GraphMl,
    Gexf,
    Csv,
    Json,
}

public static class ExportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["stix", "graphml", "gexf", "csv", "json"];

    public static bool TryParse(string? text, out ExportFormat format)
    {
        format = default;
        var index = text is null ? -1 : Names.ToList().FindIndex(n => n.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return false;
        format = (ExportFormat)index;
        return true;
    }

    /// <summary>CSV is four files in a folder; every other format is one file.</summary>
    public static bool WritesFolder(this ExportFormat format) => format == ExportFormat.Csv;
}
