"""Candidate place mentions: spaCy GPE/LOC/FAC entities and cue phrases, with what their words say.

"the village of X", "X province", "in X", "X, Y" (X inside Y), "X (Y, Z)", "the X area of Y district",
datelines ("SANAA, Yemen (AP) —"). Each :class:`Mention` keeps its name as written (without "the",
"'s" or a trailing "province"), its cue (city, admin1, camp ...), whether the words make it an actor
("Russia said", "forces of Armenia") and the region written after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from harmwatch.extract.actors.names import DEMONYMS as ACTOR_DEMONYMS
from harmwatch.extract.context import DocContext
from harmwatch.extract.lang import load_pack
from harmwatch.extract.places.frames import (
    DIRECTION_OF,
    UNIT_WORDS,
    alternate_name,
    between_first,
    is_region,
    locative_before,
    subplace_regexes,
)
from harmwatch.extract.places.gazetteer import Place, get_gazetteer, name_key

EN = load_pack("en")

PLACE_LABELS = ("GPE", "LOC", "FAC")
SPECIFIC_CUES = EN.table("places", "specific_cues")
LEADING = re.compile(EN.pattern("places", "leading"))
ARTICLE_START = re.compile(r"(?:al|el|an|ad|ar|as|ash|at|az)-[A-Z]|(?:al|el) [A-Z]")
POSSESSIVE = re.compile(r"['\u2019]s?$")
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")  # "Ahmad's colleague": a person, not a region
INSTITUTION_OF = re.compile(EN.pattern("places", "institution_of"))
TRAILING = re.compile(EN.pattern("places", "trailing"), re.I)
ACTOR_AFTER = re.compile(EN.pattern("places", "actor_after"))
PEOPLE_AFTER = re.compile(EN.pattern("places", "people_after"))
ACTOR_BEFORE = re.compile(EN.pattern("places", "actor_before"))
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "amod", "agent"})
WORD = r"(?:(?:al|el|an|ad|ar|as|ash|at|az)-|(?:al|el) (?=[A-Z]))?[A-Z][\w\-]*(?:['\u2019](?!s\b)\w+)?"
CAP = (
    WORD
    + r"(?:\s+(?:al-|el-|(?:de|del|de la|de los|do|da|dos|das|di|du|wa|bin|ibn|al|el|ez|ad|ar|ash|az)\s)?"
    + WORD
    + "){0,3}"
)
PART_OF = re.compile(EN.pattern("places", "part_of", cap=CAP))
CUE_OF = re.compile(EN.pattern("places", "cue_of", cap=CAP))
CUE_AFTER = re.compile(EN.pattern("places", "cue_after", cap=CAP))
CUE_NEAR = re.compile(EN.pattern("places", "cue_near", cap=CAP))
# "Qqara, a farming village near Y", "Qqara, the capital of Y province": the apposition says what it is
CUE_APPOSED = re.compile(EN.pattern("places", "cue_apposed", cap=CAP))
# "Vellmar's Qqara district": the possessor holds the unit written after it
POSSESSIVE_PART = re.compile(EN.pattern("places", "possessive_part", cap=CAP))
# "near X", "shelled X": X is where it happened, even where the gazetteer does not know it
FEATURE = re.compile(EN.pattern("places", "feature", cap=CAP))
DIRECTION_FROM = re.compile(EN.pattern("places", "direction_from", cap=CAP))
AIRPORTS = EN.words("places", "airports")
# units a region is written with ("Qorb in Vellmar East county"), not a town's or an area's
REGION_UNITS = EN.words("places", "region_units")
INSTITUTIONS = EN.words("places", "institutions")
UNIT_TAIL = re.compile(EN.pattern("places", "unit_tail"))
# cheap scans for the words the frames need; the frames run only in a window around them
WINDOW = 120
SUBPLACE_WORD = re.compile(EN.pattern("places", "subplace_word"))
ALTERNATE_WORD = re.compile(EN.pattern("places", "alternate_word"))
DIRECTION_WORD = re.compile(r"\b" + DIRECTION_OF + r"\b")
DIRECTION_BEFORE = re.compile(r"(?<!the )" + DIRECTION_WORD.pattern + r"\s+(?:the\s+)?$")
FEATURE_WORD = re.compile(EN.pattern("places", "feature_word"))
BETWEEN_WORD = re.compile(EN.pattern("places", "between_word"))
NEAR_OR_HIT = re.compile(EN.pattern("places", "near_or_hit"))
LIST_GOES_ON = re.compile(r",? *(?:and|or|&)\b|, *[A-Z]")
IN_REGION = re.compile(EN.pattern("places", "in_region", cap=CAP))
FACILITIES = EN.words("places", "facilities")
IN_PLACE = re.compile(EN.pattern("places", "in_place", cap=CAP))
UNIT = EN.pattern("places", "unit")
IN_PARENS = re.compile(EN.pattern("places", "in_parens", cap=CAP, unit=UNIT))
ALIAS_AFTER = re.compile(EN.pattern("places", "alias_after", cap=CAP))
CODED_AS = re.compile(EN.pattern("places", "coded_as", cap=CAP))
UNIT_AFTER_NAME = re.compile(EN.pattern("places", "unit_after_name"))
# the names of a list that ends at a held place: "Qqara, Qqorb and " before it
LIST_MEMBER = re.compile(r"(?<![\w'\-])(" + CAP + r")(?=(?:\s*,\s*" + CAP + r")*,?\s+(?:and|&)\s+\Z)")
AFTER_NAME_AND = re.compile(r"[A-Z][\w'\-]*,?\s+(?:and|&)\s+\Z")
SUBPLACE_RXS = subplace_regexes(CAP)
QUARTER_OF = re.compile(EN.pattern("places", "quarter_of"))
ALTERNATE_NAME = alternate_name(CAP)
BETWEEN = between_first(CAP)
DATELINE = re.compile(EN.pattern("places", "dateline"), re.M)
# every country's demonym (the actors pack's table), by its lower-case form, and the one territory's demonym the older list had
DEMONYMS = {k.lower(): v for k, v in ACTOR_DEMONYMS.items()} | {"gazan": "PS"}
DATELINE_CITY = re.compile(r"[ \t]*(?:[A-Z][\w.]*,\s*)?([A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)?)")
# words the tagger may take for a place that never are one: armed groups, days, months, feasts
NOT_PLACES = EN.words("places", "not_places")


@dataclass(slots=True)
class Mention:
    name: str  # as written, without "the" / "'s" / "province"
    start: int
    end: int
    sent: int  # sentence index (-1: the title)
    cue: str | None  # what the words around it say it is
    label: str
    actor: bool = False  # "Russia said", "Israel's military": a government, not a place
    container: str = ""  # name key of the region written after it ("Qorb, Vellmar")
    first_end: bool = False  # "between X and Y": X
    coded: bool = False  # "[coded as X]": the report says where the event is coded (ACLED notes)
    quarter: bool = False  # "the X area of Y city": a part of a town the text names as a town
    place: Place | None = None
    score: float = 0.0


def not_place(name: str, held: bool = False) -> bool:
    """Days, months, armed groups and demonyms that NER or a capitalised-word cue takes for places;
    ``held``: the text writes the name as a part of a place ("the Croatian neighbourhood of Y"),
    where a demonym is the part's name."""
    low = name.lower().replace(" ", "-")
    if low in FACILITIES or low.removesuffix("s") in FACILITIES:
        return True  # "Street 50", "Market": a common noun written with a capital
    if not held and low.removesuffix("s") in DEMONYMS:
        return True
    return low in NOT_PLACES or low.removeprefix("al-") in NOT_PLACES


def sent_of(bounds: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if bounds[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _clean_name(text: str, start: int) -> tuple[str, int, int, str | None] | None:
    """Drop "the"/"northern", a possessive and a trailing "province"/"town" (which becomes the cue).
    A name ends at a line break: the next line (a headline's end, a caption) is not part of it."""
    name, s = text.split("\n", 1)[0], start
    m = LEADING.match(name)
    while m:
        name, s = name[m.end() :], s + m.end()
        m = LEADING.match(name)
    name = POSSESSIVE.sub("", name)
    cue = None
    t = TRAILING.search(name)
    if t and t.start() > 0:
        word = t.group(1).lower().split()[-1]  # "refugee camp" -> "camp"
        cue = SPECIFIC_CUES.get(
            word, "admin1" if word in ("county", "lga", "local government area") else "city"
        )
        name = name[: t.start()]
    name = name.rstrip(" ,.;:-\u2013\u2014\"'")
    if len(name) < 2 or not (name[0].isupper() or ARTICLE_START.match(name)):
        return None
    return name, s, s + len(name), cue


def find_mentions(ctx: DocContext, bounds: list[tuple[int, int]]) -> list[Mention]:
    text = ctx.text
    out: dict[tuple[int, int], Mention] = {}

    def add(
        raw: str,
        start: int,
        label: str,
        cue: str | None,
        actor: bool = False,
        container: str = "",
        first_end: bool = False,
        coded: bool = False,
        quarter: bool = False,
    ) -> None:
        got = _clean_name(raw, start)
        if got is None:
            return
        name, s, e, own_cue = got
        if PEOPLE_AFTER.match(text, e):
            return  # "Qqara tribesmen", "the Qqara family home": people, not a place
        cue = cue or own_cue
        old = out.get((s, e))
        if old is None:
            out[(s, e)] = Mention(
                name, s, e, sent_of(bounds, s), cue, label, actor, container, first_end, coded, quarter
            )
        else:
            old.cue = old.cue or cue
            old.container = old.container or container
            old.first_end = old.first_end or first_end
            old.coded = old.coded or coded
            old.quarter = old.quarter or quarter
            if label == "CUE" and old.label in ("NEAR", "DATELINE"):
                old.label = label

    for ent in ctx.doc.ents:
        if ent.label_ in PLACE_LABELS:
            after = text[ent.end_char : ent.end_char + 20]
            before = text[max(0, ent.start_char - 24) : ent.start_char]
            actor = (
                ent.root.dep_ in ACTOR_DEPS
                or ACTOR_AFTER.match(after) is not None
                or ACTOR_BEFORE.search(before) is not None
            )
            words = ent.text.rsplit(None, 1)
            facility_of = (  # "Donetsk Airport": an airport in the place it is named after (not a
                # street: "Jaffa Street" in Gaza is named after a town elsewhere)
                name_key(words[0])
                if ent.label_ == "FAC" and len(words) == 2 and words[1].lower() in AIRPORTS
                else ""
            )
            add(ent.text, ent.start_char, ent.label_, cue_near(ent), actor, container=facility_of)
    for m in PART_OF.finditer(text):  # "the Qorb area of Vellmar Shah district"
        cue = SPECIFIC_CUES.get(m.group(2).lower(), "city")
        add(m.group(1), m.start(1), "CUE", "city" if cue == "area" else cue, container=name_key(m.group(3)))
    for rx, label in ((CUE_OF, "CUE"), (CUE_AFTER, "CUE")):
        for m in rx.finditer(text):
            cue_word = _cue_word(m.group(0))
            add(m.group(1), m.start(1), label, SPECIFIC_CUES.get(cue_word, "place"))
    for m in CUE_APPOSED.finditer(text):
        add(m.group(1), m.start(1), "CUE", SPECIFIC_CUES.get((m.group(2) or "").lower(), "city"))
    for m in POSSESSIVE_PART.finditer(text):
        unit = m.group(3).lower().split()[-1]  # "local government area" -> "area"
        add(
            m.group(2), m.start(2), "CUE", SPECIFIC_CUES.get(unit, "district"), container=name_key(m.group(1))
        )
    for m in CUE_NEAR.finditer(text):
        near = text[max(0, m.start() - 12) : m.start(1)].lower()
        add(
            m.group(1),
            m.start(1),
            "NEAR",
            "place" if NEAR_OR_HIT.search(near) else None,
        )
    gaz = get_gazetteer()
    others = {
        i
        for ent in ctx.doc.ents
        if ent.label_ in ("PERSON", "ORG", "NORP")
        for i in range(ent.start_char, ent.end_char)
    }
    # characters of an organisation's name after "Ministry of", "Office for"... ("the Ministry of
    # Health"); spaCy also tags place lists as ORG ("Qqara, Vellmar"), so the head word is needed
    org_inner = {
        i
        for ent in ctx.doc.ents
        if ent.label_ == "ORG"
        for head in INSTITUTION_OF.finditer(ent.text)
        for i in range(ent.start_char + head.end(), ent.end_char)
    }
    for m in IN_REGION.finditer(text):
        region = m.group(3)
        if m.start(1) in org_inner or POSSESSIVE_AFTER.match(text, m.end(3)):
            continue  # "the Ministry of Health, Gaza"; "Qqara Qqorb, Ahmad's colleague": no place holds it
        if (m.start(1) in others or m.end(1) - 1 in others) and any(
            p.kind == "country" for p in gaz.lookup(region, fuzzy=False)
        ):
            continue  # "Bashar al-Assad, Syria's president": a person or an outlet
        then_country = m.group(5) and any(p.kind == "country" for p in gaz.lookup(m.group(5), fuzzy=False))
        if (
            m.group(5)
            and not then_country
            and LIST_GOES_ON.match(text, m.end(5))
            and not UNIT_TAIL.search(region)
        ):
            continue  # "Vellmar, Ostria, Zenn and Qorb": a list; "Qorb, Vellmar, Ostria": a hierarchy
        found = gaz.lookup(region, fuzzy=False)
        unit = UNIT_TAIL.search(region)
        if unit and not found:  # "Qqan, Qqan Local Government Area": a unit, known or not
            region = region[: unit.start()]
        if m.group(4) or not_place(region) or not (found or then_country or unit):
            continue  # "Homs, Idlib and Aleppo": a list
        named = gaz.lookup(m.group(1), fuzzy=False)
        if any(p.kind == "country" for p in named):
            # "Lebanon, Ohio": a town of the region's country that shares a name with a country
            region_countries = {p.country for p in found}
            if not any(p.kind != "country" and p.country in region_countries for p in named):
                continue
        if m.group(1).rsplit(None, 1)[-1].lower() in INSTITUTIONS:
            continue  # "the Qqara Secondary School, Vellmar-Ost": a building in the place
        cue = SPECIFIC_CUES.get((m.group(2) or "city").lower(), "city")
        if (
            not m.group(2)
            and any(p.kind == "country" for p in found)
            and not gaz.lookup(m.group(1), fuzzy=False)
        ):
            cue = "place"  # "Darfur, Sudan": an unknown name in a country may be a region
        add(m.group(1), m.start(1), "CUE", cue, container=name_key(region))
    # "Qorb in Vellmar countryside", "Zenn in al-Ostria"; read right to left, so that a region
    # already placed in a known one can hold a town ("Qorb in Jabal Vellmar in Ostria")
    held_starts: set[int] = set()
    for m in reversed(list(IN_PLACE.finditer(text))):
        region = m.group(3)
        if not_place(region) or not_place(m.group(1)):
            continue
        listed = AFTER_NAME_AND.search(text, max(0, m.start(1) - 40), m.start(1)) is not None
        if len(m.group(1)) <= 3 or (
            m.start(1) in others and not (locative_before(text, m.start(1)) or listed)
        ):
            continue  # "Bashar al-Assad in Damascus"; but "shelled Qqarb in Idleb", "Qqara and Qqorb in Z" name places
        last = m.group(1).rsplit(None, 1)[-1].lower()
        line_start = m.start(1) == 0 or text[max(0, m.start(1) - 4) : m.start(1)].rstrip(" \t").endswith(
            ("\n", ".", "|")
        )
        if (
            last.rstrip("s") in FACILITIES
            or line_start
            or sent_of(bounds, m.start(1)) != sent_of(bounds, m.start(1) - 1)
        ):
            continue  # "Al Ahli Hospital in Gaza" is a building; "Hospitals in X" begins a sentence
        region_words = region.rsplit(None, 1)
        unit_next = re.match(r"\s+(\w+)", text[m.end(3) : m.end(3) + 16])  # "Qorb in Vellmar East county"
        if (
            not gaz.lookup(region, fuzzy=False)
            and not (len(region_words) == 2 and region_words[1].lower() in UNIT_WORDS)
            and not (unit_next and unit_next.group(1).lower() in REGION_UNITS)
            and m.start(3) not in held_starts
        ):
            continue  # "Qqan in Vellmar LGA": a unit word makes an unknown name a region
        if any(p.kind == "country" for p in gaz.lookup(m.group(1), fuzzy=False)):
            continue
        # "west of X in Y": a reference point, held by its region but not made a town by it
        reference = DIRECTION_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        own = "camp" if (m.group(2) or "").endswith("camp") else "city"
        add(m.group(1), m.start(1), "CUE", None if reference else own, container=name_key(region))
        held_starts.add(m.start(1))
    for m in IN_PARENS.finditer(text):
        region = (
            m.group(4) if m.group(4) and not m.group(4).isupper() else m.group(3)
        )  # "(Qorb district, J&K)"
        unit = UNIT_TAIL.search(region)
        if unit:  # "(Vellmar Region)": the unit word written with a capital
            region = region[: unit.start()]
        known = m.group(4) is not None or bool(gaz.lookup(region, fuzzy=False))  # "(Qorb, Vellmar)"
        # "(Qorbaad, Somali region)": a demonym with its unit word names a region
        unit_written = m.group(4) is not None and re.match(r"\s+" + UNIT, text[m.end(4) : m.end(4) + 20])
        if region.isupper() or (not_place(region) and not unit_written) or not known or not_place(m.group(1)):
            continue
        add(m.group(1), m.start(1), "CUE", "city", container=name_key(region))
    _frames(text, add)
    for held in [m for m in out.values() if m.container and m.cue == "city"]:
        # "attacked Qqara and Qqorb in Vellmar LGA": every name of the list lies in the region
        for name_m in LIST_MEMBER.finditer(text, max(0, held.start - 80), held.start):
            if not not_place(name_m.group(1)) and name_m.start(1) not in org_inner:
                add(name_m.group(1), name_m.start(1), "CUE", "city", container=held.container)
    for m in CODED_AS.finditer(text):  # "in Qorbia [coded to Vellmar-Central Vellmar]"
        if _coded_place(m.group(1), text, m.end(1)):
            add(m.group(1), m.start(1), "CUE", "city", coded=True)
    for s, _e in datelines(text):
        head = DATELINE_CITY.match(text, s)
        if head:
            add(head.group(1), head.start(1), "DATELINE", None)
    return sorted(out.values(), key=lambda x: x.start)


def _coded_place(name: str, text: str, end: int) -> bool:
    """'coded as X' names a place (not an actor, "coded as Popular Resistance") when X is known to
    the gazetteer (or its head before a hyphen is: "Vellmar-Central Vellmar"), has a unit word, or names
    a facility."""
    if not_place(name) or re.match(r"\s+(?:forces|militia|group|resistance)\b", text[end : end + 20], re.I):
        return False
    if UNIT_AFTER_NAME.match(text, end) or name.rsplit(None, 1)[-1].lower().rstrip("s") in FACILITIES:
        return True
    gaz = get_gazetteer()
    return any(p.kind != "country" for part in {name, town_part(name)} for p in gaz.lookup(part, fuzzy=False))


def town_part(name: str) -> str:
    """The town of a coder's "Town-Part" place name: "Vellmar-Central Vellmar" -> "Vellmar"."""
    return name.split("-", 1)[0]


def aliases_after(text: str, end: int) -> tuple[str, ...]:
    """Other names written right after a place name, in square brackets or before its unit word."""
    m = ALIAS_AFTER.match(text, end)
    if m is None:
        return ()
    alias = m.group(1) or m.group(2)
    return () if not_place(alias) else (alias,)


def _near_keyword(text: str, keyword: re.Pattern[str], rx: re.Pattern[str]):
    """Matches of ``rx`` around the hits of a cheap ``keyword`` scan (names before it, places after it)."""
    seen = set()
    for k in keyword.finditer(text):
        pos, end = max(0, k.start() - WINDOW), min(len(text), k.end() + WINDOW)
        while (m := rx.search(text, pos, end)) is not None:
            # the next match may start inside this one's holder: "the X area of the Y neighbourhood of Z"
            pos = m.end(1)
            if m.start() <= k.start() and m.end() >= k.end() and m.start() not in seen:
                seen.add(m.start())
                yield m


def _frames(text: str, add) -> None:
    """Parts of places ("the X area of Y district"), districts with another name, "between X and Y"."""
    gaz = get_gazetteer()
    for rx in SUBPLACE_RXS:
        for m in _near_keyword(text, SUBPLACE_WORD, rx):
            part, holder, unit = m.group(1), m.group(2), m.group(3)
            last = holder.rsplit(None, 1)
            if not unit and len(last) == 2 and last[1].lower() in UNIT_WORDS:  # "Qorb Township"
                holder, unit = last
            if not_place(part, held=True) or not_place(holder) or is_region(holder):
                continue
            if not unit and not gaz.lookup(holder, fuzzy=False):
                continue  # "the Abu area, Hassan said": no place holds it
            unit_cue = UNIT_WORDS.get((unit or "").lower())
            # "Vellmar city" written in lower case: the unit; "Mexico City" is a name
            # "Qqara village in Vellmar-Ost district": a city's own district holds its quarters
            city_district = (
                unit == "district"
                and "-" in holder
                and any(p.kind == "city" for p in gaz.lookup(town_part(holder), fuzzy=False))
            )
            quarter = (unit in ("city", "town") or city_district) and QUARTER_OF.match(
                text, m.end(1)
            ) is not None
            add(part, m.start(1), "CUE", "city", container=name_key(holder), quarter=quarter)
            add(holder, m.start(2), "CUE", unit_cue)
    for m in _near_keyword(text, ALTERNATE_WORD, ALTERNATE_NAME):
        add(m.group(1), m.start(1), "CUE", UNIT_WORDS[m.group(2).lower()])
    for m in _near_keyword(text, DIRECTION_WORD, DIRECTION_FROM):
        if m.group(1).rsplit(None, 1)[-1].lower().rstrip("s") in FACILITIES:
            continue  # "the Qqara Clinic, east of Y": a building
        if not (not_place(m.group(1)) or is_region(m.group(1))) and gaz.lookup(m.group(2), fuzzy=False):
            add(m.group(1), m.start(1), "CUE", "place", container=name_key(m.group(2)))
    for m in _near_keyword(text, FEATURE_WORD, FEATURE):
        if not (not_place(m.group(1)) or is_region(m.group(1))):
            add(m.group(1), m.start(1), "CUE", "place")
    for m in _near_keyword(text, BETWEEN_WORD, BETWEEN):
        if PEOPLE_AFTER.match(text, m.end(2)) or re.match(r"\s+(?:\w+\s+){0,3}tribal\b", text[m.end(2) :]):
            continue  # "clashes between Qqara and Qqorb tribal militias": two groups, not two places
        if not (not_place(m.group(1)) or is_region(m.group(1))):
            add(m.group(1), m.start(1), "CUE", "city", first_end=True)


def _cue_word(phrase: str) -> str:
    for w in re.findall(r"[a-z]+", phrase.lower()):
        if w in SPECIFIC_CUES:
            return w
    return "place"


def cue_near(ent: SpacySpan) -> str | None:
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    after_of = ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "of"  # "the Darfur town of X"
    if after in SPECIFIC_CUES and not after_of:
        return SPECIFIC_CUES[after]
    last = ent[-1].lower_
    if last in SPECIFIC_CUES:
        return SPECIFIC_CUES[last]
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in SPECIFIC_CUES:
        return SPECIFIC_CUES[doc[ent.start - 2].lower_]
    return None


def datelines(text: str) -> list[tuple[int, int]]:
    head = text[:2000]
    return [(m.start(), m.end()) for m in DATELINE.finditer(head) if m.end() - m.start() < 70]
