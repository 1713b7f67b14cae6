namespace Entente.Formats.Interchange.Own;

/// <summary>
/// One actor, source or claim as read from a CSV row or a JSON object, field by field, with a way
/// to say where a field is when its value is wrong. Field names are the CSV columns (snake_case).
/// </summary>
internal interface IKnowledgeRecord
{
    /// <summary>The field's text; null when the field is absent, empty or JSON null.</summary>
    string? Text(string field);

    /// <summary>A list field: ";"-separated in CSV, an array of strings in JSON.</summary>
    IReadOnlyList<string> List(string field);

    /// <exception cref="FormatException">A name is malformed.</exception>
    IReadOnlyList<ActorName> Names();

    ReadProblem Problem(string field, string message);
}
