using System.Text.Json;

namespace Entente.Formats.Interchange.Export.Stix;

public sealed partial class StixBundleWriter
{
    private void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        var type = StixVocabulary.ObjectType(actor.Kind);
        json.WriteStartObject();
        WriteCommon(json, type, StixIds.Actor(type, actor.Id), _actorTimes[actor.Id]);
        json.WriteString("name", actor.Name);
        if (actor.Description is { } description)
            json.WriteString("description", description);
        var aliases = Aliases(actor);
        if (type == "threat-actor")
        {
            // No threat_actor_types: whether a group is "terrorist" or "activist" is a judgement we leave to the reader.
            ExportJson.WriteNonEmpty(json, "aliases", aliases);
        }
        else
        {
            json.WriteString("identity_class", StixVocabulary.IdentityClass(actor.Kind));
            if (StixVocabulary.Sector(actor.Kind) is { } sector)
                ExportJson.WriteStrings(json, "sectors", [sector]);
            ExportJson.WriteNonEmpty(json, Prefix + "aliases", aliases);
        }
        json.WriteString(Prefix + "id", actor.Id);
        json.WriteString(Prefix + "kind", actor.Kind.ToWire());
        WriteOptional(json, "iso2", actor.Iso2);
        WriteOptional(json, "iso3", actor.Iso3);
        WriteOptional(json, "country", actor.CountryCode);
        WriteOptional(json, "governs", actor.Governs);
        WriteOptional(json, "parent", actor.Parent);
        WriteOptional(json, "bloc_type", actor.BlocType);
        WriteOptional(json, "since", actor.Since?.ToString());
        WriteOptional(json, "until", actor.Until?.ToString());
        if (actor.GreatPower)
            json.WriteBoolean(Prefix + "great_power", true);
        json.WriteEndObject();
    }

    private static List<string> Aliases(Actor actor) =>
        actor.Names
            .Where(n => n.Kind is NameKind.Alias or NameKind.Acronym or NameKind.Native or NameKind.Official)
            .Select(n => n.Text)
            .Prepend(actor.OfficialName)
            .OfType<string>()
            .Where(n => n != actor.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
            json.WriteString(Prefix + name, value);
    }
}
