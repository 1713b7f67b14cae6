namespace Entente.Formats.Interchange.Import;

/// <summary>
/// The datasets as sources: fixed ids (so importing again updates, never doubles), the publisher,
/// where to get the data, the work to cite, and a reliability grade. Grades: coded academic datasets
/// A2 (a reliable coder; the coding is a judgement); the UN's own voting record A1; MITRE ATT&amp;CK B2
/// (attribution is an analytic judgement); community-curated threat-intelligence clusters C3.
/// </summary>
public static class DatasetSources
{
    public static readonly Source Cow = new("dataset-cow-alliances-4.1", "Formal Alliances (v4.1), dyad-year", "Correlates of War Project", Reliability.Parse("A2"))
    {
        Url = "https://correlatesofwar.org/data-sets/formal-alliances/",
        Published = new PartialDate(2009),
    };

    public const string CowCitation = "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. CQ Press.";

    public static readonly Source Atop = new("dataset-atop-5.1", "Alliance Treaty Obligations and Provisions (ATOP) 5.1, dyad-year", "ATOP project", Reliability.Parse("A2"))
    {
        Url = "http://www.atopdata.org/",
        Published = new PartialDate(2002),
    };

    public const string AtopCitation = "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260.";

    public static readonly Source UcdpAcd = new("dataset-ucdp-prio-acd-25.1", "UCDP/PRIO Armed Conflict Dataset version 25.1", "Uppsala Conflict Data Program", Reliability.Parse("A2"))
    {
        Url = "https://ucdp.uu.se/downloads/",
        Published = new PartialDate(2025),
    };

    public const string UcdpAcdCitation = "Gleditsch, Nils Petter et al. 2002. Armed Conflict 1946-2001: A New Dataset. Journal of Peace Research 39(5); UCDP/PRIO Armed Conflict Dataset v25.1 (CC BY 4.0).";

    public static readonly Source UcdpActors = new("dataset-ucdp-actors-22.1", "UCDP Actor Dataset version 22.1", "Uppsala Conflict Data Program", Reliability.Parse("A2"))
    {
        Url = "https://ucdp.uu.se/downloads/",
        Published = new PartialDate(2022),
    };

    public const string UcdpActorsCitation = "UCDP Actor Dataset v22.1, Uppsala Conflict Data Program (CC BY 4.0).";

    public static readonly Source UnVotes = new("dataset-unga-votes-voeten", "United Nations General Assembly Voting Data", "Erik Voeten (Harvard Dataverse)", Reliability.Parse("A1"))
    {
        Url = "https://hdl.handle.net/1902.1/12379",
    };

    public const string UnVotesCitation = "Voeten, Erik; Strezhnev, Anton; Bailey, Michael. United Nations General Assembly Voting Data. Harvard Dataverse, hdl:1902.1/12379.";

    public static readonly Source MitreAttack = new("dataset-mitre-attack-groups", "MITRE ATT&CK Groups", "The MITRE Corporation", Reliability.Parse("B2"))
    {
        Url = "https://attack.mitre.org/groups/",
    };

    public static readonly Source MispGalaxy = new("dataset-misp-galaxy-threat-actor", "MISP galaxy: threat-actor cluster", "MISP Project", Reliability.Parse("C3"))
    {
        Url = "https://github.com/MISP/misp-galaxy",
    };
}
