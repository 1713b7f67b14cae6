namespace Entente.Formats.Html;

/// <summary>
/// The page's only styling, inline so the file stands alone (e-mail, offline, archives) and the
/// Content-Security-Policy can forbid every external resource. Tier colours follow the terminal's.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light dark; --muted: #6b7280; --line: #d1d5db; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; margin: 0; padding: 1rem; }
        main { max-width: 60rem; margin: 0 auto; }
        h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
        .tldr { font-size: 1.05rem; }
        .time, .empty, .description, footer { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
        .tier-row th { padding-top: 0.8rem; border-left: 4px solid currentColor; }
        .tier-core .tier-row th, section.tier-core h2 { color: #15803d; }
        .tier-great_power .tier-row th, section.tier-great_power h2 { color: #0e7490; }
        .tier-varying .tier-row th, section.tier-varying h2 { color: #a16207; }
        .tier-former .tier-row th, section.tier-former h2 { color: #6b7280; }
        .tier-adversary .tier-row th, section.tier-adversary h2 { color: #b91c1c; }
        .refs a { text-decoration: none; }
        .members li, .sources li { margin-bottom: 0.6rem; }
        blockquote { margin: 0.3rem 0 0 1rem; padding-left: 0.6rem; border-left: 3px solid var(--line); }
        .url { overflow-wrap: anywhere; }
        @media (max-width: 40rem) {
          body { padding: 0.5rem; }
          h1 { font-size: 1.3rem; }
          table { font-size: 0.85rem; }
          th, td { padding: 0.3rem 0.25rem; }
          .overview { display: block; overflow-x: auto; }
        }
        """;
}
