namespace Entente.Formats.Interchange.Import;

/// <summary>What to do with a malformed row: stop and store nothing, or leave the row out and go on.</summary>
public enum OnError
{
    Stop,
    Skip,
}
