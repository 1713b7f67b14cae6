namespace Entente.Formats.Interchange.Import;

/// <summary>
/// Names datasets use for states that continue as one our gazetteer knows under another name
/// (the German Federal Republic is Germany; the Yemen Arab Republic is Yemen) or write in the UN's
/// "Iran (Islamic Republic of)" style, with that state's ISO alpha-3 code.
/// </summary>
public static class ContinuingStates
{
    private static readonly Dictionary<string, string> Iso3 = new(StringComparer.OrdinalIgnoreCase)
    {
        ["German Federal Republic"] = "DEU",
        ["Federal Republic of Germany"] = "DEU",
        ["Yemen Arab Republic"] = "YEM",
        ["Russia (Soviet Union)"] = "RUS",
        ["Soviet Union"] = "RUS",
        ["USSR"] = "RUS",
        ["Democratic Republic of the Congo"] = "COD",
        ["Congo, Democratic Republic of the"] = "COD",
        ["Zaire"] = "COD",
        ["Congo"] = "COG",
        ["Burma"] = "MMR",
        ["Myanmar (Burma)"] = "MMR",
        ["Democratic Republic of Vietnam"] = "VNM",
        ["Vietnam, Democratic Republic of"] = "VNM",
        ["North Korea"] = "PRK",
        ["Korea, People's Republic of"] = "PRK",
        ["South Korea"] = "KOR",
        ["Korea, Republic of"] = "KOR",
        ["Ivory Coast"] = "CIV",
        ["Swaziland"] = "SWZ",
        ["East Timor"] = "TLS",
        ["Macedonia"] = "MKD",
        ["Cape Verde"] = "CPV",
        ["Rumania"] = "ROU",
        ["Cambodia (Kampuchea)"] = "KHM",
        ["Iran (Persia)"] = "IRN",
        ["Turkey (Ottoman Empire)"] = "TUR",
        ["Italy/Sardinia"] = "ITA",
        ["Zimbabwe (Rhodesia)"] = "ZWE",
        ["Sri Lanka (Ceylon)"] = "LKA",
        ["Madagascar (Malagasy)"] = "MDG",
        ["Yemen (Arab Republic of Yemen)"] = "YEM",
        ["Serbia (Yugoslavia)"] = "SRB",
        ["Tanzania (Tanganyika)"] = "TZA",
        ["Surinam"] = "SUR",
        ["Iran (Islamic Republic of)"] = "IRN",
        ["Korea (Democratic People's Republic of)"] = "PRK",
        ["Korea (Republic of)"] = "KOR",
        ["Russian Federation"] = "RUS",
        ["Syrian Arab Republic"] = "SYR",
        ["Viet Nam"] = "VNM",
    };

    public static Actor? Find(string name, IActorDirectory directory) =>
        Iso3.TryGetValue(name.Trim(), out var code) ? directory.StateByIso(code) : null;
}
