using System.Text.Json;

namespace Entente.Formats.Interchange.Import.Stix;

/// <summary>The state a STIX object stands for: a location with a country code, or an identity of a nation or state.</summary>
internal static class StixStates
{
    public static Actor? Resolve(JsonElement element, IActorDirectory directory)
    {
        switch (StixText.String(element, "type"))
        {
            case "location":
                if (StixText.String(element, "country") is { } code && directory.StateByIso(code.Trim()) is { } byCode)
                    return byCode;
                return ByName(element, directory);
            case "identity":
                var identityClass = StixText.String(element, "identity_class");
                return identityClass is "nation" or "government" or "class" or null || StixText.Strings(element, "sectors").Contains("government-national")
                    ? ByName(element, directory)
                    : null;
            default:
                return null;
        }
    }

    private static Actor? ByName(JsonElement element, IActorDirectory directory) =>
        StixText.String(element, "name") is { } name && directory.Resolve(name) is { Kind: ActorKind.State } state ? state : null;
}
