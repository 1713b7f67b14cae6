#!/usr/bin/env python3
"""Validate the extractor evaluation set under tests/eval/.

Checks every gold file (schema, actor ids against data/, evidence against the document's
visible text) and prints counts per split, style, subject and feature.

Usage:  python3 tests/eval/check.py            # from anywhere; exit code 1 on any error
        python3 tests/eval/check.py --quiet    # errors and the summary line only

Stdlib + PyYAML only. `visible_text(path)` is importable by scoring harnesses.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import yaml

EVAL_DIR = Path(__file__).resolve().parent
REPO = EVAL_DIR.parent.parent
DATA = REPO / "data"
SPLITS = ("dev", "holdout")
DOC_EXTS = ("txt", "md", "html", "htm")
NAME_RE = re.compile(r"^(\d{3})-[a-z0-9]+(-[a-z0-9]+)*$")

STYLES = {"news", "explainer", "encyclopedia", "qa", "think-tank", "saved-page", "table", "brief"}
PARTNER_RELATIONS = {"ally", "proxy", "strategic_partner", "economic_partner", "pragmatic_partner",
                     "mediator", "partner_competitor", "member_of", "formal_alliance"}
ADVERSARY_RELATIONS = {"rival", "adversary"}
ALL_RELATIONS = PARTNER_RELATIONS | ADVERSARY_RELATIONS
DIRECTIONS = {"subject_to_actor", "actor_to_subject", "mutual"}
TIMES = {"current", "former"}
AREAS = {"weapons", "funding", "training", "advisors_troops", "intelligence", "logistics_corridor",
         "territory", "energy", "trade", "investment", "infrastructure", "diplomatic_cover", "mediation",
         "ideology_religion", "sanctions_evasion", "cyber"}
FEATURES = {
    "list", "x-backed-y", "y-backed-by-x", "possessive-proxy", "pronoun", "metonym", "negation",
    "hedging", "time", "condemn-list", "abbreviations", "title-only", "html-table", "md-table",
    "pasted-html", "comments", "boilerplate", "bloc", "non-state-subject",
}
PARTIAL_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

TOP_KEYS = {"subject", "date", "style", "partners", "adversaries", "not_partners", "tolerated", "title",
            "features", "notes"}
TOP_REQUIRED = {"subject", "date", "style", "partners", "adversaries", "not_partners"}
PARTNER_KEYS = {"actor", "relation", "direction", "evidence", "time",
                "hedged", "areas", "since", "until", "denied", "also", "note"}
PARTNER_REQUIRED = {"actor", "relation", "direction", "evidence", "time"}
ADVERSARY_KEYS = {"actor", "relation", "evidence", "time", "hedged", "since", "until", "also", "note"}
ADVERSARY_REQUIRED = {"actor", "relation", "evidence", "time"}
NOT_PARTNER_KEYS = {"actor", "why"}

MIN_WORDS, MAX_WORDS_TEXT, MAX_WORDS_HTML = 150, 600, 900
MAX_EVIDENCE_CHARS = 320


# ----------------------------------------------------------------------------- visible text

class _TextExtractor(HTMLParser):
    """Visible text of an HTML page: no tags, no script/style/template/noscript contents, no
    comments; block and table-cell boundaries become line breaks; entities are decoded."""

    SKIP = {"script", "style", "noscript", "template", "svg"}
    BREAK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
             "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
             "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
             "th", "thead", "title", "tr", "ul", "button", "label", "option", "select", "caption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in self.BREAK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def strip_html(raw: str) -> str:
    p = _TextExtractor()
    p.feed(raw)
    p.close()
    return "".join(p.parts)


def normalize(text: str) -> str:
    """Whitespace runs (incl. no-break spaces and line breaks) become one space."""
    return re.sub(r"\s+", " ", text).strip()


def visible_texts(path: Path) -> list[str]:
    """Normalized texts a piece of evidence may be matched against, most literal first.
    .html/.htm: the visible text. .txt/.md: the raw text, then the same text with any pasted
    HTML tags stripped (for a pasted table fragment, evidence is the row as its cells read)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        return [normalize(strip_html(raw))]
    out = [normalize(raw)]
    if re.search(r"<\s*(table|tr|td|th|p|div|span)\b", raw, re.I):
        out.append(normalize(strip_html(raw)))
    return out


def visible_text(path: Path) -> str:
    """One normalized text per document: the visible text of an HTML page; for .txt/.md the
    text with any pasted HTML tags stripped (identical to the raw text when there are none)."""
    return visible_texts(path)[-1]


# ----------------------------------------------------------------------------- data ids

def load_ids() -> tuple[dict[str, str], set[str]]:
    actors: dict[str, str] = {}
    for f in sorted((DATA / "actors").glob("*.yaml")):
        doc = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for a in doc.get("actors") or []:
            actors[a["id"]] = a.get("kind", "?")
    blocs = set()
    bdoc = yaml.safe_load((DATA / "blocs.yaml").read_text(encoding="utf-8")) or {}
    for b in bdoc.get("blocs") or []:
        blocs.add(b["id"])
    return actors, blocs


# ----------------------------------------------------------------------------- checks

def _partial_date_ok(v) -> bool:
    if isinstance(v, dt.date):
        return True
    if isinstance(v, int):
        return 1900 <= v <= 2100
    return isinstance(v, str) and bool(PARTIAL_DATE_RE.match(v))


def check_gold(gold_path: Path, doc_path: Path, actor_kinds: dict[str, str], blocs: set[str],
               errors: list[str]) -> dict | None:
    rel = gold_path.relative_to(EVAL_DIR)

    def err(msg: str) -> None:
        errors.append(f"{rel}: {msg}")

    try:
        g = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        err(f"YAML error: {e}")
        return None
    if not isinstance(g, dict):
        err("top level must be a mapping")
        return None
    known = set(actor_kinds) | blocs

    for k in TOP_REQUIRED - set(g):
        err(f"missing key '{k}'")
    for k in set(g) - TOP_KEYS:
        err(f"unknown key '{k}'")

    subject = g.get("subject")
    if subject not in known:
        err(f"subject '{subject}' is not an actor or bloc id in data/")
    date = g.get("date")
    if date is not None:
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date)
            except ValueError:
                err(f"date '{date}' is not YYYY-MM-DD or null")
                date = None
        if isinstance(date, dt.date) and not (dt.date(2019, 1, 1) <= date <= dt.date(2026, 12, 31)):
            err(f"date {date} outside 2019-2026")
    if g.get("style") not in STYLES:
        err(f"style '{g.get('style')}' not in {sorted(STYLES)}")
    feats = g.get("features") or []
    if not isinstance(feats, list) or any(f not in FEATURES for f in feats):
        err(f"features must be a list drawn from {sorted(FEATURES)}; got {feats}")

    texts = visible_texts(doc_path)
    words = len(texts[-1].split())
    max_words = MAX_WORDS_HTML if doc_path.suffix.lower() in (".html", ".htm") else MAX_WORDS_TEXT
    if not (MIN_WORDS <= words <= max_words):
        err(f"document has {words} words (expected {MIN_WORDS}-{max_words})")

    def check_evidence(ev, where: str) -> None:
        if not isinstance(ev, str) or not ev.strip():
            err(f"{where}: evidence must be a non-empty string")
            return
        if len(ev) > MAX_EVIDENCE_CHARS:
            err(f"{where}: evidence longer than {MAX_EVIDENCE_CHARS} chars (keep it to one sentence or row)")
        n = normalize(ev)
        if not any(n in t for t in texts):
            err(f"{where}: evidence not found in visible text: {ev!r}")

    def check_entry(e, i: int, group: str, allowed: set[str], required: set[str], rels: set[str]) -> None:
        where = f"{group}[{i}]"
        if not isinstance(e, dict):
            err(f"{where}: must be a mapping")
            return
        for k in required - set(e):
            err(f"{where}: missing '{k}'")
        for k in set(e) - allowed:
            err(f"{where}: unknown key '{k}'")
        a = e.get("actor")
        if a not in known:
            err(f"{where}: actor '{a}' is not an actor or bloc id in data/")
        if a == subject:
            err(f"{where}: actor equals the subject")
        for alt in e.get("also") or []:
            if alt not in known:
                err(f"{where}: also-id '{alt}' unknown")
        if "relation" in required and e.get("relation") not in rels:
            err(f"{where}: relation '{e.get('relation')}' not in {sorted(rels)}")
        if "direction" in required and e.get("direction") not in DIRECTIONS:
            err(f"{where}: direction '{e.get('direction')}' not in {sorted(DIRECTIONS)}")
        if "time" in required and e.get("time") not in TIMES:
            err(f"{where}: time '{e.get('time')}' not in {sorted(TIMES)}")
        if "hedged" in e and not isinstance(e["hedged"], bool):
            err(f"{where}: hedged must be true/false")
        for ar in e.get("areas") or []:
            if ar not in AREAS:
                err(f"{where}: area '{ar}' not in vocabulary")
        for d in e.get("denied") or []:
            if d not in ALL_RELATIONS:
                err(f"{where}: denied relation '{d}' not in vocabulary")
        for k in ("since", "until"):
            if k in e and e[k] is not None and not _partial_date_ok(e[k]):
                err(f"{where}: {k} '{e[k]}' is not a partial date")
        if e.get("relation") == "member_of" and a not in blocs and a not in actor_kinds:
            err(f"{where}: member_of target unknown")
        if "evidence" in required:
            check_evidence(e.get("evidence"), where)
        if group in ("not_partners", "tolerated") and not (isinstance(e.get("why"), str) and e["why"].strip()):
            err(f"{where}: 'why' must be a non-empty string")

    partners = g.get("partners") or []
    adversaries = g.get("adversaries") or []
    not_partners = g.get("not_partners") or []
    tolerated = g.get("tolerated") or []
    for name, lst in (("partners", partners), ("adversaries", adversaries), ("not_partners", not_partners),
                      ("tolerated", tolerated)):
        if not isinstance(lst, list):
            err(f"'{name}' must be a list")
    if not all(isinstance(x, list) for x in (partners, adversaries, not_partners, tolerated)):
        return None
    for i, e in enumerate(partners):
        check_entry(e, i, "partners", PARTNER_KEYS, PARTNER_REQUIRED, PARTNER_RELATIONS)
    for i, e in enumerate(adversaries):
        check_entry(e, i, "adversaries", ADVERSARY_KEYS, ADVERSARY_REQUIRED, ADVERSARY_RELATIONS)
    for i, e in enumerate(not_partners):
        check_entry(e, i, "not_partners", NOT_PARTNER_KEYS, {"actor", "why"}, set())
    for i, e in enumerate(tolerated):
        check_entry(e, i, "tolerated", NOT_PARTNER_KEYS, {"actor", "why"}, set())

    # consistency between the three lists
    def ids(lst):
        return [e.get("actor") for e in lst if isinstance(e, dict)]

    seen = Counter((e.get("actor"), e.get("relation"), e.get("time")) for e in partners + adversaries
                   if isinstance(e, dict))
    for key, n in seen.items():
        if n > 1:
            err(f"duplicate entry {key}")
    np_ids = set(ids(not_partners))
    if len(np_ids) != len(ids(not_partners)):
        err("duplicate actor in not_partners")
    for a in set(ids(partners)) & np_ids:
        err(f"'{a}' is both a partner and a not_partner")
    for a in set(ids(adversaries)) & np_ids:
        err(f"'{a}' is both an adversary and a not_partner")
    for a in set(ids(tolerated)) & (set(ids(partners)) | set(ids(adversaries)) | np_ids):
        err(f"'{a}' is tolerated and also annotated elsewhere")
    for p in partners:
        for q in adversaries:
            if (isinstance(p, dict) and isinstance(q, dict) and p.get("actor") == q.get("actor")
                    and p.get("time") == q.get("time")
                    and p.get("relation") not in ("mediator", "partner_competitor")):
                err(f"'{p.get('actor')}' is a {p.get('relation')} and an adversary at the same time "
                    "(only mediator / partner_competitor may overlap)")
    g["_words"] = words
    return g


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    actor_kinds, blocs = load_ids()
    errors: list[str] = []
    records = []
    numbers: dict[str, Path] = {}

    for split in SPLITS:
        d = EVAL_DIR / split
        if not d.is_dir():
            errors.append(f"missing folder {split}/")
            continue
        files = sorted(p for p in d.iterdir() if p.is_file())
        golds = {p.name[: -len(".gold.yaml")]: p for p in files if p.name.endswith(".gold.yaml")}
        docs: dict[str, list[Path]] = {}
        for p in files:
            if p.name.endswith(".gold.yaml"):
                continue
            stem, _, ext = p.name.rpartition(".")
            if ext not in DOC_EXTS:
                errors.append(f"{split}/{p.name}: unexpected file (documents are .txt .md .html .htm)")
                continue
            docs.setdefault(stem, []).append(p)
        for stem in sorted(set(golds) | set(docs)):
            if not NAME_RE.match(stem):
                errors.append(f"{split}/{stem}: name must be NNN-short-slug")
            m = NAME_RE.match(stem)
            if m:
                if m.group(1) in numbers:
                    errors.append(f"{split}/{stem}: number {m.group(1)} also used by {numbers[m.group(1)]}")
                numbers[m.group(1)] = Path(split) / stem
            if stem not in golds:
                errors.append(f"{split}/{stem}: document without gold file")
                continue
            if stem not in docs:
                errors.append(f"{split}/{stem}.gold.yaml: no document beside it")
                continue
            if len(docs[stem]) > 1:
                errors.append(f"{split}/{stem}: more than one document with this name")
                continue
            g = check_gold(golds[stem], docs[stem][0], actor_kinds, blocs, errors)
            if g is not None:
                records.append((split, stem, docs[stem][0].suffix.lstrip("."), g))

    # ------------------------------------------------------------------ summary
    def table(title: str, counter: Counter) -> None:
        print(f"\n{title}")
        for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {str(k):<34} {n}")

    if not quiet:
        by_split = Counter(r[0] for r in records)
        table("Documents per split", by_split)
        for split in SPLITS:
            table(f"Style ({split})", Counter(r[3].get("style") for r in records if r[0] == split))
        table("Style (all)", Counter(r[3].get("style") for r in records))
        table("Subject (all)", Counter(r[3].get("subject") for r in records))
        kinds = Counter("state" if actor_kinds.get(r[3].get("subject")) == "state" else
                        ("bloc" if r[3].get("subject") in blocs else "non-state")
                        for r in records)
        table("Subject kind", kinds)
        table("File type", Counter(r[2] for r in records))
        feats = Counter(f for r in records for f in (r[3].get("features") or []))
        table("Features (documents carrying each)", feats)
        n_p = sum(len(r[3].get("partners") or []) for r in records)
        n_a = sum(len(r[3].get("adversaries") or []) for r in records)
        n_n = sum(len(r[3].get("not_partners") or []) for r in records)
        words = [r[3]["_words"] for r in records]
        print(f"\nAnnotations: {n_p} partner entries, {n_a} adversary entries, {n_n} not_partner traps")
        if words:
            print(f"Words per document (visible): min {min(words)}, max {max(words)}, "
                  f"mean {sum(words) // len(words)}")
        states = {r[3].get('subject') for r in records if actor_kinds.get(r[3].get('subject')) == 'state'}
        print(f"Distinct state subjects: {len(states)}; distinct subjects: "
              f"{len({r[3].get('subject') for r in records})}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print(f"\nOK: {len(records)} documents, all gold files valid.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
