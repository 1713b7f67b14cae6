using System.Text.Json;
using Entente.Formats.Interchange.Import.Stix;

namespace Entente.Formats.Interchange.Import.Misp;

/// <summary>The fields of one galaxy value the importer uses; a value without a name or uuid is malformed.</summary>
internal sealed record MispCluster(string Uuid, string Name, IReadOnlyList<string> Synonyms, string? Country, string? Sponsor, string? Confidence, string? Reference)
{
    public static MispCluster Read(JsonElement value, string path, int line, int column)
    {
        if (value.ValueKind != JsonValueKind.Object)
            throw Problem(path, line, column, "each entry of \"values\" must be an object");
        var name = StixText.String(value, "value") ?? throw Problem(path, line, column, "the entry has no \"value\" (its name)");
        var uuid = StixText.String(value, "uuid") ?? throw Problem(path, line, column, $"{name} has no \"uuid\"");
        var meta = value.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        string? Meta(string key) => meta.ValueKind == JsonValueKind.Object ? StixText.String(meta, key) : null;
        var refs = meta.ValueKind == JsonValueKind.Object ? StixText.Strings(meta, "refs").ToList() : [];
        var sponsor = Meta("cfr-suspected-state-sponsor");
        return new MispCluster(
            uuid,
            name.Trim(),
            meta.ValueKind == JsonValueKind.Object ? StixText.Strings(meta, "synonyms").Select(s => s.Trim()).Where(s => s.Length > 0).ToList() : [],
            Meta("country"),
            sponsor is null or "Unknown" ? null : sponsor,
            Meta("attribution-confidence"),
            refs.FirstOrDefault(r => r.Contains("cfr.org", StringComparison.Ordinal)) ?? refs.FirstOrDefault());
    }

    private static MalformedRowException Problem(string path, int line, int column, string message) => new(new ImportProblem(path, line, column, message));
}
