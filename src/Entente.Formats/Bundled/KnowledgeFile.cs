namespace Entente.Formats.Bundled;

// The YAML layout of data/ (docs/data-format.md). Mutable because YamlDotNet fills them in;
// they never leave this folder: BundledKnowledgeMapper turns them into domain records.
#pragma warning disable CA2227, CA1002 // settable lists are what the deserializer needs

internal sealed class KnowledgeFile
{
    public List<ActorEntry>? Actors { get; set; }
    public List<SourceEntry>? Sources { get; set; }
    public List<RelationEntry>? Relations { get; set; }
    public List<BlocEntry>? Blocs { get; set; }
}

internal sealed class ActorEntry
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? OfficialName { get; set; }
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public string? Capital { get; set; }
    public string? Demonym { get; set; }
    public List<string>? OtherDemonyms { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? AmbiguousAliases { get; set; }
    public List<string>? Acronyms { get; set; }
    public List<NameEntry>? Names { get; set; }
    public List<LeaderEntry>? Leaders { get; set; }
    public bool GreatPower { get; set; }
    public string? Country { get; set; }
    public string? Parent { get; set; }
    public string? Governs { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
    public string? Description { get; set; }
}

/// <summary>A person who led or leads the actor; news names the actor by them ("Aliyev said …").</summary>
internal sealed class LeaderEntry
{
    public string? Name { get; set; }
    public string? Short { get; set; }
    public List<string>? Variants { get; set; }
    public string? Role { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
}

internal sealed class NameEntry
{
    public string? Text { get; set; }
    public string? Lang { get; set; }
}

internal sealed class SourceEntry
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? Reliability { get; set; }
}

internal sealed class SourceRef
{
    public string? Source { get; set; }
    public string? Note { get; set; }
}

internal sealed class RelationEntry
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Type { get; set; }
    public bool? Directed { get; set; }
    public List<string>? Areas { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
    public string? Polarity { get; set; }
    public bool Hedged { get; set; }
    public List<SourceRef>? Sources { get; set; }
}

internal sealed class BlocEntry
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    /// <summary>Names the bloc shares with others ("Commonwealth"): they name it only where the document names it otherwise too.</summary>
    public List<string>? AmbiguousAliases { get; set; }
    public List<string>? Acronyms { get; set; }
    public List<LeaderEntry>? Leaders { get; set; }
    public string? Type { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
    public string? Description { get; set; }
    public List<SourceRef>? Sources { get; set; }
    public List<MemberEntry>? Members { get; set; }
}

internal sealed class MemberEntry
{
    public string? Actor { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
    public List<SourceRef>? Sources { get; set; }
}
