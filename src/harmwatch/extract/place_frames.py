"""Locative frames: words that make a name a place even where NER or the gazetteer miss it.

- a name after a locative word or an attack verb ("in", "near", "shelled") is a place, even when
  NER tags it a person: "shelled Qqarb in the southern countryside of Idleb";
- "between X and Y": the incident is placed at the first end, X;
- world regions ("North Africa", "the Middle East", "the Sahel") are never a place of one country.
"""

from __future__ import annotations

import re

# words after which a capitalised name is where something happened
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|on|outside|around|inside|into|across|vicinity of|outskirts of|shelled|struck|"
    r"attacked|targeted|bombed|hit|raided|stormed|captured|besieged|overran|ambushed)\s+(?:the\s+)?$",
    re.I,
)

# world regions and sub-regions: wider than a country, so never a place "in" one country
REGIONS = frozenset(
    """north africa|northern africa|west africa|western africa|east africa|eastern africa|central africa|
    southern africa|sub-saharan africa|horn of africa|sahel|the sahel|maghreb|middle east|near east|
    far east|levant|persian gulf|arabian gulf|gulf region|gulf states|arabian peninsula|
    central asia|south asia|southern asia|southeast asia|south-east asia|east asia|eastern asia|
    west asia|western asia|asia-pacific|asia pacific|indo-pacific|eastern europe|western europe|
    central europe|southern europe|northern europe|southeast europe|south-east europe|balkans|
    western balkans|caucasus|north caucasus|south caucasus|latin america|central america|
    south america|north america|caribbean|scandinavia|lake chad basin|great lakes|great lakes region|
    mena|europe|asia|africa|americas|oceania|antarctica|eurasia|global south""".replace("\n", "").split("|")
)
_REGION_LEAD = re.compile(r"^(?:the\s+)")


def is_region(name: str) -> bool:
    """'North Africa', 'the Middle East', 'Sahel': a world region, not a place."""
    low = _REGION_LEAD.sub("", " ".join(name.lower().split()))
    return low in REGIONS


def locative_before(text: str, start: int) -> bool:
    """The words before ``start`` say that what follows is where something happened."""
    return LOCATIVE_BEFORE.search(text, max(0, start - 24), start) is not None


def between_first(text: str, cap: str) -> re.Pattern[str]:
    """'between X and Y': X, the first end, with Y as the other (the road or frontline between)."""
    return re.compile(
        r"\bbetween\s+(?:the\s+)?("
        + cap
        + r")(?:\s+(?:village|town|city)s?)?\s+and\s+(?:the\s+)?("
        + cap
        + ")"
    )
