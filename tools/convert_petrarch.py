"""Convert the PETRARCH2 coding dictionaries into whimbrel's actor data files.

Reads, in place (never copied): ../shared/reference/petrarch2-dictionaries/ (MIT, openeventdata/petrarch2
commit 676801c; actor lists credit the Computational Event Data System project). Writes:

  src/whimbrel/data/actors/petrarch_people.tsv   office holders with dated roles (Countries + dated
                                                 international figures), people.tsv's columns
  src/whimbrel/data/actors/petrarch_orgs.tsv     IGOs, NGOs, companies (International)
  src/whimbrel/data/actors/petrarch_armed.tsv    armed and non-state groups (MilNonState)
  src/whimbrel/data/actors/petrarch_agents.tsv   agent nouns -> PLOVER sector (agents)

Why a converter and not the files themselves: the dictionaries are upper-case CAMEO records (TABARI
format, dictionaries-format.rst) with codes that pack country and roles together (AZEGOVHLH); whimbrel
needs cased names (its case rules tell "US" from "us"), ISO3 + PLOVER sector, and ISO dates. The code
table (tools/petrarch_codes.yaml) says how CAMEO codes become PLOVER ones.

Precision filters applied here (the loader applies the story-level ones): one-word names that are
English words are dropped ("Shell", "Apple"); a person needs a name of two words or more.

Usage: python tools/convert_petrarch.py [--src DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT.parent / "shared" / "reference" / "petrarch2-dictionaries"
OUT = ROOT / "src" / "whimbrel" / "data" / "actors"
CODES = Path(__file__).with_name("petrarch_codes.yaml")
SOURCE = "PETRARCH2 dictionaries (openeventdata/petrarch2 676801c, MIT; actor lists: Computational Event Data System project)"

_LOWER = {"of", "the", "and", "for", "de", "al", "el", "la", "le", "du", "des", "on", "in", "to", "bin", "ibn", "van", "von", "der", "da", "dos", "di", "y", "et", "a", "an", "at", "against"}
_VOWELS = set("AEIOUY")


@dataclass
class Record:
    """One actor record: a primary phrase, its synonyms, and its code restrictions."""

    names: list = field(default_factory=list)
    codes: list = field(default_factory=list)  # (code, start, end); dates None when open
    comment: str = ""


# ---------------------------------------------------------------- reading the TABARI format

def _strip_comment(line: str) -> tuple[str, str]:
    """Split off a '#' comment (the format's only comment mark)."""
    i = line.find("#")
    return (line, "") if i < 0 else (line[:i], line[i + 1:])


def _parse_date(s: str) -> date | None:
    """YYMMDD (years before 20 are 20xx: the lists end in 2014) or YYYYMMDD; None if malformed."""
    try:
        if len(s) == 6:
            y = int(s[:2])
            return date(2000 + y if y < 20 else 1900 + y, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


def parse_restriction(text: str) -> tuple[str, date | None, date | None] | None:
    """'[USAGOV 970502-070627]', '[GBRGOV >970502]', '[GBRELI]' -> (code, start, end)."""
    parts = text.strip("[] \t").split()
    if not parts:
        return None
    code, rng = parts[0], (parts[1] if len(parts) > 1 else "")
    if rng.startswith(">"):
        return code, _parse_date(rng[1:]), None
    if rng.startswith("<"):
        return code, None, _parse_date(rng[1:])
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, end = _parse_date(a), _parse_date(b)
        if start is None or end is None:
            return None  # a malformed range would turn into a role valid forever
        return code, start, end
    return code, None, None


def read_actors(path: Path) -> list[Record]:
    """Records of an actor dictionary: primary line, '+' synonyms, tab-indented '[code date]' lines."""
    records: list[Record] = []
    cur: Record | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, comment = _strip_comment(raw)
        if not line.strip():
            continue
        codes = re.findall(r"\[[^\]]*\]", line)
        head = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if raw[:1] in ("\t", " ") and not head:
            if cur is not None:
                cur.codes += [c for c in map(parse_restriction, codes) if c]
            continue
        if head.startswith("+"):
            if cur is None:
                continue
            cur.names += [n for n in head.split("+") if n.strip()]
        else:
            cur = Record(names=[head], comment=comment.strip())
            records.append(cur)
        cur.codes += [c for c in map(parse_restriction, codes) if c]
    return records


# ---------------------------------------------------------------- names

def _case_token(tok: str, alone: bool) -> str:
    """An upper-case dictionary token in news casing: acronyms stay upper, words are capitalised."""
    low = tok.lower()
    if low in _LOWER and not alone:
        return low
    letters = [c for c in tok if c.isalpha()]
    if "." in tok and len(letters) <= 4:
        return tok  # U.N., U.S.
    if letters and (not _VOWELS & set(letters) or (alone and len(letters) <= 4) or (not alone and len(letters) <= 2)):
        return tok  # IAEA, BBC, UN
    return "-".join(p[:1].upper() + p[1:].lower() for p in tok.split("-"))


def names_of(phrase: str) -> list[str]:
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> ['Aden Abyan Islamic Army', 'AAIA']."""
    out = []
    for acr in re.findall(r"\(([^)]*)\)", phrase):
        acr = acr.replace("_", " ").strip()
        if acr.isupper() and " " not in acr and len(acr) >= 3:
            out.append(acr)
    base = re.sub(r"\([^)]*\)", " ", phrase).replace("_", " ")
    toks = base.split()
    if toks:
        out.insert(0, " ".join(_case_token(t, len(toks) == 1) for t in toks))
    return out


def english_word(name: str) -> bool:
    """A one-word name that is also an English word fires on ordinary text ("Shell", "Avatar")."""
    from lemminflect import getAllLemmas

    return " " not in name and not name.isupper() and bool(getAllLemmas(name.lower()))


# ---------------------------------------------------------------- codes

class Codes:
    """CAMEO actor code -> (PLOVER/ISO3 code, PLOVER sector) through tools/petrarch_codes.yaml."""

    def __init__(self, table: dict, states: set[str]):
        self.sectors = table["sectors"]
        self.nonstate = table["nonstate"]
        self.igo = table["igo_bodies"]
        self.regions = set(table["regions"])
        self.country = table["countries"]
        self.person_fixes = table.get("person_code_fixes") or []
        self.states = states
        self.unknown: dict[str, int] = {}

    def sector(self, roles: list[str]) -> str | None:
        return next((self.sectors[r] for r in roles if r in self.sectors), None)

    def convert(self, cameo: str) -> tuple[str | None, str | None] | None:
        """None when the code cannot be placed (an unknown prefix, the null code '---')."""
        chunks = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
        if not chunks or chunks[0] in ("---", ""):
            return None
        head, roles = chunks[0], chunks[1:]
        if head in self.sectors and head not in self.states:  # a role alone ([ELI]): no country
            return None, self.sector(chunks)
        if head == "IGO":
            body = roles[0] if roles else ""
            return self.igo.get(body, "IGO"), self.sector(roles[1:] if body in self.igo else roles)
        if head == "IMG":  # armed non-state groups are rebels whatever their creed (IMGMUSALQ)
            return "IMG", "REB"
        if head in self.nonstate:
            return self.nonstate[head], self.sector(roles)
        if head in self.regions:
            sec = self.sector(roles)
            return ("IMG", sec) if sec in ("REB", "MIL", "UAF") else None
        iso = self.country.get(head, head)
        if iso not in self.states:
            self.unknown[head] = self.unknown.get(head, 0) + 1
            return None
        return iso, self.sector(roles)


def known_states() -> set[str]:
    """ISO3 codes whimbrel knows: its generated countries plus its own additions."""
    data = OUT
    states = set(yaml.safe_load((data / "countries.yaml").read_text()) or {})
    aliases = yaml.safe_load((data / "country_aliases.yaml").read_text()) or {}
    states |= set(aliases.get("add_states") or {}) | set((aliases.get("pre") or {}).values())
    return states


# ---------------------------------------------------------------- converting records

def _roles(rec: Record, codes: Codes) -> list[tuple[str | None, str | None, date | None, date | None]]:
    out = []
    for cameo, start, end in rec.codes:
        c = codes.convert(cameo)
        if c is not None and (c[0] or c[1]):
            out.append((c[0], c[1], start, end))
    # a bare role ([ELI]) belongs to the country of the person's other roles
    home = next((r[0] for r in out if r[0]), None)
    return [(r[0] or home, r[1], r[2], r[3]) for r in out if r[0] or home]


def _fixed_code(name: str, code: str | None, fixes: list[dict]) -> str | None:
    """The source's own miscodings, by a word of the name (petrarch_codes.yaml person_code_fixes)."""
    words = set(name.split())
    for fix in fixes:
        if code == fix["code"] and fix["name_word"] in words:
            return fix["fixed"]
    return code


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def person_rows(records: list[Record], codes: Codes) -> list[list[str]]:
    """People: records whose codes carry a role (Countries) or a date (International figures)."""
    rows = []
    for rec in records:
        roles = _roles(rec, codes)
        if not roles or all(r[1] is None and r[2] is None and r[3] is None for r in roles):
            continue  # a state name and its places ([AFG]): countries.yaml covers states
        names = [n for ph in rec.names for n in names_of(ph)[:1]]
        names = [n for n in dict.fromkeys(names) if len(n.split()) >= 2]
        if not names:
            continue
        for code, sector, start, end in roles:
            code = _fixed_code(names[0], code, codes.person_fixes)
            rows.append([names[0], ";".join(names[1:]), code or "", sector or "", _iso(start), _iso(end), "", "petrarch"])
    return rows


def org_rows(records: list[Record], codes: Codes, dated_people: bool) -> tuple[list, list]:
    """(organisations, people): International records with dates are people, the rest organisations."""
    orgs, people = [], []
    for rec in records:
        roles = _roles(rec, codes)
        if not roles:
            continue
        if dated_people and any(r[2] or r[3] for r in roles):
            people.append(rec)
            continue
        names = [n for ph in rec.names for n in names_of(ph)]
        names = [n for n in dict.fromkeys(names) if not english_word(n)]
        if not names:
            continue
        code, sector = roles[0][0], roles[0][1]
        orgs.append([names[0], ";".join(names[1:]), code or "", sector or "", kind_of(rec.codes[0][0], code)])
    return orgs, people


def kind_of(cameo: str, code: str | None) -> str:
    """The part an organisation belongs to, for measuring and enabling parts separately."""
    head = cameo[:3]
    if head == "MNC":
        return "mnc"
    if head in ("NGO", "NGM"):
        return "ngo"
    if head == "IGO":
        return "igo"
    return "state"


def read_agents(path: Path, codes: Codes) -> list[list[str]]:
    """Agent nouns: 'PHRASE {plural} [~CODE]' with !SUBST! sets and regular plurals -> (word, sector)."""
    subst: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _ = _strip_comment(raw)
        m = re.match(r"\s*!(\w+)!\s*=\s*(.*)", line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"\s*([^\[{]+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]", line)
        if not m or "~" not in m.group(3):
            continue
        code = m.group(3).strip()
        if not code.startswith("~"):
            continue  # NGO~ / IGO~: an organisation prefix, not a sector
        sector = codes.sector([code[1:][i:i + 3] for i in range(0, len(code) - 1, 3)])
        if sector is None:
            continue
        for form in _agent_forms(m.group(1).strip(), m.group(2), subst):
            rows.setdefault(form, sector)
    return [[w, s] for w, s in sorted(rows.items())]


def _agent_forms(phrase: str, plural: str | None, subst: dict) -> list[str]:
    """Singular and plural forms of an agent phrase, in lower case with spaces."""
    m = re.search(r"!(\w+)!", phrase)
    if m:  # the substitution list carries its own plurals
        return [f for w in subst.get(m.group(1), []) for f in _agent_forms(phrase.replace(m.group(0), w), "{}", subst)]
    word = phrase.replace("_", " ").lower().strip()
    forms = [word]
    if plural is None:
        forms.append(word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + ("es" if word.endswith(("ss", "sh", "ch", "x")) else "s"))
    elif plural.strip("{} "):
        forms.append(plural.strip("{} ").replace("_", " ").lower())
    return forms


# ---------------------------------------------------------------- writing

def write_tsv(path: Path, header: str, columns: list[str], rows: list[list[str]]) -> None:
    """A data file with a header naming its source and this script."""
    lines = [f"# {line}" if line else "#" for line in header.strip().splitlines()]
    lines.append("\t".join(columns))
    lines += ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _header(what: str, src_file: str) -> str:
    return (f"{what}\nGenerated by tools/convert_petrarch.py from {src_file} of the {SOURCE}.\n"
            "Do not edit by hand: edit the hand lexicons (people.tsv, orgs.yaml, sectors.yaml), which win\n"
            "over these rows, or the converter and its code table (tools/petrarch_codes.yaml).")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    codes = Codes(yaml.safe_load(CODES.read_text()), known_states())
    people = person_rows(read_actors(args.src / "Phoenix.Countries.actors.txt"), codes)
    orgs, intl_people = org_rows(read_actors(args.src / "Phoenix.International.actors.txt"), codes, True)
    people += person_rows(intl_people, codes)
    armed, _ = org_rows(read_actors(args.src / "Phoenix.MilNonState.actors.txt"), codes, False)
    agents = read_agents(args.src / "Phoenix.agents.txt", codes)
    pcols = ["name", "aliases", "code", "sector", "start", "end", "title", "source"]
    write_tsv(args.out / "petrarch_people.tsv", _header(
        "Office holders and public figures with dated roles (people.tsv's columns; an empty date is open).\n"
        "Roles without dates are PETRARCH's defaults: they apply when no dated role does.",
        "Phoenix.Countries.actors.txt and Phoenix.International.actors.txt"), pcols, people)
    ocols = ["name", "aliases", "code", "sector", "kind"]
    write_tsv(args.out / "petrarch_orgs.tsv", _header(
        "International organisations, NGOs and companies (kind: igo, ngo, mnc, state).",
        "Phoenix.International.actors.txt"), ocols, orgs)
    write_tsv(args.out / "petrarch_armed.tsv", _header(
        "Armed and non-state groups (regional armed groups are PLOVER IMG).",
        "Phoenix.MilNonState.actors.txt"), ocols, armed)
    write_tsv(args.out / "petrarch_agents.tsv", _header(
        "Agent nouns (lower case, singular and plural) -> PLOVER sector.", "Phoenix.agents.txt"),
        ["word", "sector"], agents)
    print(f"people rows {len(people)}, orgs {len(orgs)}, armed {len(armed)}, agents {len(agents)}", file=sys.stderr)
    if codes.unknown:
        print("unplaced CAMEO prefixes: " + ", ".join(f"{k}:{v}" for k, v in sorted(codes.unknown.items(), key=lambda kv: -kv[1])), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
