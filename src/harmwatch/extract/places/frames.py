"""Locative frames: words that make a name a place even where NER or the gazetteer miss it.

- a name after a locative word or an attack verb ("in", "near", "shelled") is a place, even when
  NER tags it a person: "shelled Qqarb in the southern countryside of Idleb";
- "between X and Y": the incident is placed at the first end, X;
- "the X area of Y district", "X village, Y township": X is a part of Y (the most specific place,
  with Y's admin1 and country);
- "Qorb (Rabat-e Vellmar) district": a district written with its other name in brackets;
- world regions ("North Africa", "the Middle East", "the Sahel") are never a place of one country.
"""

from __future__ import annotations

import re

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

# "north of", "south-eastern of": a side of the place written next
DIRECTION_OF = EN.pattern("places", "direction_of")
# words after which a capitalised name is where something happened
LOCATIVE_BEFORE = re.compile(EN.pattern("places", "locative_before"), re.I)

# world regions and sub-regions, and wide regions inside a country (Darfur, Donbas): never the place
REGIONS = EN.words("places", "regions")
_REGION_LEAD = re.compile(r"^(?:the\s+)")


def is_region(name: str) -> bool:
    """'North Africa', 'the Middle East', 'Sahel': a world region, not a place."""
    low = _REGION_LEAD.sub("", " ".join(name.lower().split()))
    return low in REGIONS


def locative_before(text: str, start: int) -> bool:
    """The words before ``start`` say that what follows is where something happened."""
    return LOCATIVE_BEFORE.search(text, max(0, start - 24), start) is not None


def between_first(cap: str) -> re.Pattern[str]:
    """'between X and Y': X, the first end, with Y as the other (the road or frontline between)."""
    return re.compile(
        # not "the border between X and Y": a line, not a place at X
        r"(?<!border )(?<!borders )(?<!boundary )\bbetween\s+(?:the\s+)?("
        + cap
        + r")(?:\s+(?:village|town|city)s?)?\s+and\s+(?:the\s+)?("
        + cap
        + ")"
    )


# words that make a name a part of the place written after it
SUBPLACE = EN.pattern("places", "subplace")
SUBPART = SUBPLACE.replace("villages?|", "")
# administrative units a part lies in
UNIT_WORDS = EN.table("places", "unit_words")
SIDE = EN.pattern("places", "side")
UNIT_AFTER = r"(?:\s+(?i:(" + "|".join(UNIT_WORDS) + r")))?\b"


def subplace_regexes(cap: str) -> tuple[re.Pattern[str], ...]:
    """'X area of Y (district)', 'X village, Y (township)': (X, Y, Y's unit word)."""
    unit = r"\s+(?i:(" + "|".join(UNIT_WORDS) + r"))\b"
    return (
        # "X area, Y", "X village in Y", "X locality within Y (district)"
        re.compile(
            r"\b("
            + cap
            + r")\s+"
            + SUBPLACE
            + r"(?:\s*,\s*(?:(?:in|within)\s+(?:the\s+)?)?|\s+(?:in|within)\s+(?:the\s+)?)"
            + SIDE
            + r"("
            + cap
            + ")"
            + UNIT_AFTER
        ),
        # "X village of Y district": "village of" needs the unit ("the Darfur village of X" names X)
        re.compile(r"\b(" + cap + r")\s+villages?\s+of\s+(?:the\s+)?(" + cap + ")" + unit),
        # "X area of Y", "X neighbourhood of Y city"
        re.compile(
            r"\b(" + cap + r")\s+" + SUBPART + r"\s+of\s+(?:the\s+)?" + SIDE + "(" + cap + ")" + UNIT_AFTER
        ),
        # "the X district of Y province", "Qorb (Vellmar-e Ost) region of Y", "Zenn of the Ostria county"
        re.compile(
            r"\b("
            + cap
            + r"(?:\s+\("
            + cap
            + r"\))?"
            + r")\s+(?:district|county|municipality|region)\s+of\s+(?:the\s+)?("
            + cap
            + ")"
            + UNIT_AFTER
        ),
        re.compile(r"\b(" + cap + r")\s+of\s+the\s+(" + cap + r")\s+(?i:(county|district|province))\b"),
        # "Sheikh Qqara, a district of Vellmar City": a part named in apposition
        re.compile(
            r"\b(" + cap + r"),\s+(?:a|an|the)\s+(?:district|neighbou?rhood|suburb|quarter|area|village)\s+"
            r"(?:of|in)\s+(?:the\s+)?(" + cap + ")" + UNIT_AFTER
        ),
        # "X community, Y municipality"
        re.compile(r"\b(" + cap + r")\s+communit(?:y|ies)\s*,\s*(" + cap + ")" + UNIT_AFTER),
    )


def alternate_name(cap: str) -> re.Pattern[str]:
    """'Qorb (Rabat-e Vellmar) district', 'Zenn (Ostria) region': a unit with its other name."""
    return re.compile(r"\b(" + cap + r"\s+\((?:" + cap + r")\))\s+(district|city|region|area|town)\b")
