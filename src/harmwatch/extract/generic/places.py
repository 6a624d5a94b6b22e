"""Places of the incident in any language, from the gazetteer and the language's ``places.json``.

A mention is a run of words the gazetteer (:meth:`Gazetteer.find`: every script, case forms,
small towns) or the pack's country names know: capitalised words in a cased script (inner
connectors such as "de", "на" allowed), any words in Arabic, whose clitic prefixes (و ف ب ل ك)
are tried off. Words before a mention are its *cue*: a place noun ("в селе", "في مدينة",
"la ville de") says it is a settlement, a locative ("à", "в", "في", a ب prefix) that it is where
something happened.

Guards: a name that is a common word of the language (spaCy's stop words), a town of under 1,000
people and a place abroad need a cue; the report's country (voted by the countries and cued
places it names) wins over namesakes abroad.

Order, as in the English places module: the most specific incident place first (the best cued
town, else region), other towns of the report's country next, the country last.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.gazetteer import Found, Gazetteer, get_gazetteer, name_key
from harmwatch.extract.lang import load_pack
from harmwatch.records import Location, Span

MAX_WORDS = 4  # longest place name tried
TITLE_WEIGHT, LEAD_WEIGHT, LEAD_CHARS = 3.0, 2.0, 600
CUE_NOUN, CUE_LOCATIVE, CUE_NONE = 3.0, 2.0, 0.5
BIG_PLACE = 100_000  # a place this size abroad may be named without a cue
MIN_CHARS = 3  # shorter words are never looked up alone
MAX_OTHER_TOWNS = 3

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_SENTENCE_END = set('.!?\n:;«»"“”„()[]')
_GAP = re.compile(r"[ \u00a0\u202f]+")


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str


@dataclass(frozen=True)
class _Lang:
    code: str
    cased: bool
    locatives: tuple[tuple[str, ...], ...]
    nouns: tuple[tuple[str, ...], ...]
    dotted: frozenset[str]  # place nouns written as abbreviations ('г.', 'с.'): the dot is required
    connectors: frozenset[str]
    countries: dict[str, str]  # name_key -> ISO
    country_names: dict[str, str]  # ISO -> the language's name
    prefixes: tuple[str, ...]
    rewrites: dict[str, str]
    locative_prefixes: frozenset[str]
    stop: frozenset[str]


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    found: tuple[Found, ...] = ()
    country: str | None = None  # a country name ('Сирії' -> SY)
    cue: float = CUE_NONE
    weight: float = 1.0
    common: bool = False  # a common word of the language: needs a cue
    chosen: Found | None = field(default=None)


def _phrases(words) -> tuple[tuple[str, ...], ...]:
    out = {tuple(w.lower().rstrip(".").split()) for w in words if w.strip()}
    return tuple(sorted(out, key=len, reverse=True))


def _stop_words(code: str) -> frozenset[str]:
    try:
        mod = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.lower() for w in getattr(mod, "STOP_WORDS", ()))


@cache
def _lang(code: str) -> _Lang:
    pack = load_pack(code)
    data = pack.data("places")
    countries: dict[str, str] = {}
    for table in ("countries", "country_aliases"):
        for name, iso in (data.get(table) or {}).items():
            key = name_key(name)
            if key:
                countries.setdefault(key, str(iso))
    nouns = data.get("place_nouns") or []
    return _Lang(
        code=code,
        cased=code not in ("ar", "fa", "ur", "he", "zh", "ja", "ko", "th"),
        locatives=_phrases(data.get("locatives") or []),
        nouns=_phrases(nouns),
        dotted=frozenset(w.lower().rstrip(".") for w in nouns if w.endswith(".")),
        connectors=frozenset(w.lower() for w in data.get("name_connectors") or []),
        countries=countries,
        country_names=dict(data.get("country_names") or {}),
        prefixes=tuple(data.get("clitic_prefixes") or ()),
        rewrites=dict(data.get("clitic_rewrites") or {}),
        locative_prefixes=frozenset(data.get("locative_prefixes") or ()),
        stop=_stop_words(code),
    )


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _WORD.finditer(text)]


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Two words next to each other, spaces only between them (no comma, no line break)."""
    gap = text[a.end : b.start]
    return bool(_GAP.fullmatch(gap))


def _upper(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _strip_clitics(word: str, L: _Lang) -> list[tuple[str, int, bool]]:
    """Arabic-style clitic readings of a word: (rest, letters stripped, a locative prefix was one)."""
    out: list[tuple[str, int, bool]] = []
    if not L.prefixes:
        return out
    for p1 in ("", *L.prefixes):
        if p1 and not word.startswith(p1):
            continue
        rest1 = word[len(p1) :]
        for src, dst in L.rewrites.items():  # 'لل' is ل + ال
            if rest1.startswith(src) and len(rest1) - len(src) >= 2:
                out.append((dst + rest1[len(src) :], len(p1) + 1, True))
        for p2 in ("", *L.prefixes):
            if not (p1 or p2) or (p2 and not rest1.startswith(p2)):
                continue
            rest = rest1[len(p2) :]
            if len(rest) >= MIN_CHARS:
                locative = p1 in L.locative_prefixes or p2 in L.locative_prefixes
                out.append((rest, len(p1) + len(p2), locative))
    return out


def _cue(text: str, toks: list[_Tok], i: int, L: _Lang) -> float:
    """How the words before token ``i`` place it: a place noun, a locative, or nothing."""

    def before(phrase: tuple[str, ...], end: int) -> bool:
        n = len(phrase)
        if end - n < 0:
            return False
        window = toks[end - n : end]
        if any(not _joined(text, a, b) for a, b in zip(window, window[1:], strict=False)):
            return False
        if not _near(text, window[-1], toks[end] if end < len(toks) else None):
            return False
        words = [t.low for t in window]
        if words == list(phrase):
            return not (len(phrase) == 1 and phrase[0] in L.dotted and not _dot_after(text, window[-1]))
        if L.prefixes:  # 'بمدينة' is ب + مدينة
            first = [r for r, _, _ in _strip_clitics(words[0], L)]
            return any([r, *words[1:]] == list(phrase) for r in first)
        return False

    # skip connectors between the cue and the name: 'la ville de X', 'localidad de X'
    ends = [i]
    j = i
    while j > 0 and toks[j - 1].low in L.connectors and len(ends) < 3:
        j -= 1
        ends.append(j)
    if any(before(p, e) for e in ends for p in L.nouns):
        return CUE_NOUN
    if any(before(p, i) for p in L.locatives):
        return CUE_LOCATIVE
    return CUE_NONE


def _near(text: str, a: _Tok, b: _Tok | None) -> bool:
    if b is None:
        return True
    gap = text[a.end : b.start]
    return len(gap) <= 3 and "\n" not in gap and "," not in gap


def _dot_after(text: str, tok: _Tok) -> bool:
    return text[tok.end : tok.end + 1] == "."


def _weight(ctx: DocContext, pos: int) -> float:
    first_line = ctx.text.find("\n")
    if 0 < first_line and pos < first_line:
        return TITLE_WEIGHT
    return LEAD_WEIGHT if pos < LEAD_CHARS else 1.0


def _mentions(ctx: DocContext, L: _Lang, gaz: Gazetteer) -> list[_Mention]:
    text = ctx.text
    toks = _tokens(text)
    out: list[_Mention] = []
    i = 0
    while i < len(toks):
        m = _mention_at(ctx, toks, i, L, gaz)
        if m is None:
            i += 1
            continue
        out.append(m[0])
        i = m[1]
    return out


def _mention_at(
    ctx: DocContext, toks: list[_Tok], i: int, L: _Lang, gaz: Gazetteer
) -> tuple[_Mention, int] | None:
    text = ctx.text
    first = toks[i]
    if L.cased and not _upper(first):
        return None
    for n in range(MAX_WORDS, 0, -1):
        j = i + n - 1
        if j >= len(toks):
            continue
        run = toks[i : j + 1]
        if any(not _joined(text, a, b) for a, b in zip(run, run[1:], strict=False)):
            continue
        if L.cased and not (_upper(run[-1]) and all(_upper(t) or t.low in L.connectors for t in run)):
            continue
        if n == 1 and len(first.text) < MIN_CHARS:
            continue
        phrase = text[first.start : run[-1].end]
        readings: list[tuple[str, int, bool]] = [(phrase, 0, False)]
        if L.prefixes:
            readings += [
                (r + phrase[len(first.text) :], k, loc) for r, k, loc in _strip_clitics(first.text, L)
            ]
        for reading, skip, locative in readings:
            key = name_key(reading)
            if not key or len(key.replace(" ", "")) < MIN_CHARS:
                continue
            country = L.countries.get(key)
            found = () if country else gaz.find(reading)
            if not country and not found:
                continue
            start = first.start + skip
            m = _Mention(start, run[-1].end, text[start : run[-1].end], found=found, country=country)
            m.weight = _weight(ctx, start)
            m.cue = max(_cue(text, toks, i, L), CUE_LOCATIVE if locative else CUE_NONE)
            bare = reading.split(" ")[0].lower()
            m.common = n == 1 and (
                first.low in L.stop
                or bare in L.stop
                or (L.cased and _sentence_start(text, first.start) and not country and m.cue == CUE_NONE)
            )
            return m, j + 1
    return None


def _report_country(mentions: list[_Mention]) -> str | None:
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.common and m.cue == CUE_NONE:
            continue
        if m.country:
            votes[m.country] += 2 * m.weight
            continue
        places = [f for f in m.found if not f.small and not f.inflected] or list(m.found)
        countries = {f.place.country for f in places}
        if not countries:
            continue
        share = (m.cue if m.cue > CUE_NONE else 0.5) * m.weight / len(countries)
        if len(countries) > 3:
            share /= 2
        for c in countries:
            votes[c] += share
    if not votes:
        return None
    return max(votes.items(), key=lambda kv: (kv[1], -ord(kv[0][0])))[0]


def _choose(m: _Mention, top: str | None) -> Found | None:
    """The place a mention names: one in the report's country; abroad only a cued or big one."""
    if m.common and m.cue == CUE_NONE:
        return None
    home = [f for f in m.found if top and f.place.country == top]
    pool = home or list(m.found)
    pool = [f for f in pool if not f.small or m.cue > CUE_NONE]
    if not pool:
        return None
    best = min(pool, key=lambda f: (f.inflected, f.small, -f.place.population))
    if home or top is None:
        return best
    if best.place.kind == "country" or (m.cue > CUE_NONE and best.place.population >= BIG_PLACE):
        return best
    return None


def _location(m: _Mention, f: Found) -> Location:
    p = f.place
    name = f.form if f.form else m.text
    aliases = tuple(dict.fromkeys(a for a in (m.text, p.name) if a and a != name))
    return Location(
        name=name,
        admin1=p.admin1,
        country=p.country,
        lat=p.lat,
        lon=p.lon,
        kind=p.kind,
        text=m.text,
        span=Span(m.start, m.end),
        aliases=aliases,
    )


def find_places(ctx: DocContext) -> tuple[Location, ...]:
    """The report's places: the incident's most specific place first, its country last."""
    L = _lang(ctx.language or "")
    gaz = get_gazetteer()
    mentions = _mentions(ctx, L, gaz)
    if not mentions:
        return ()
    top = _report_country(mentions)
    scored: dict[tuple, float] = defaultdict(float)
    first: dict[tuple, tuple[_Mention, Found]] = {}
    named_country: _Mention | None = None
    for m in mentions:
        if m.country:
            if m.country == top and named_country is None:
                named_country = m
            continue
        f = _choose(m, top)
        if f is None or f.place.kind == "country":
            if f is not None and f.place.country == top and named_country is None:
                named_country = m
            continue
        key = (f.place.name, f.place.country, f.place.kind, f.place.lat)
        scored[key] += m.cue * m.weight
        first.setdefault(key, (m, f))
    ranked = sorted(scored, key=lambda k: (-scored[k], first[k][0].start))
    towns = [k for k in ranked if first[k][1].place.kind == "city"]
    regions = [k for k in ranked if first[k][1].place.kind != "city"]
    out: list[Location] = []
    lead = towns[0] if towns and (not regions or scored[towns[0]] >= scored[regions[0]] / 2) else None
    order = ([lead] if lead else []) + [k for k in towns if k != lead and k[1] == top][:MAX_OTHER_TOWNS]
    order += [k for k in regions if k[1] == top or not top][:2]
    if not lead and towns:
        order += [k for k in towns if k not in order][:1]
    for k in order:
        out.append(_location(*first[k]))
    country = top or (out[0].country if out else None)
    if country:
        out.append(_country(country, named_country, L, gaz))
    return tuple(out)


def _country(iso: str, m: _Mention | None, L: _Lang, gaz: Gazetteer) -> Location:
    english = gaz.country(iso)
    name = L.country_names.get(iso) or (english.name if english else iso)
    aliases = tuple(
        a for a in dict.fromkeys([m.text if m else "", english.name if english else ""]) if a and a != name
    )
    return Location(
        name=name,
        country=iso,
        kind="country",
        text=m.text if m else "",
        span=Span(m.start, m.end) if m else None,
        aliases=aliases,
    )
