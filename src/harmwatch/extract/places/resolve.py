"""Places of the incident, resolved against an offline gazetteer.

Candidates are spaCy's GPE/LOC/FAC entities and cue phrases ("the village of X", "X province").
Each mention is resolved in the gazetteer (homonyms settled by the country the report is about)
and scored: specific places beat regions and countries, mentions in the title and lead and in
sentences with attack words beat background ones, and datelines ("SANAA, Yemen (AP) —") or
capitals used for governments ("Moscow said") count little. The best place comes first, then
other places the lead lists with it, then its country.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from harmwatch.extract.context import LINE_FINAL, DocContext
from harmwatch.extract.lang import load_pack
from harmwatch.extract.places.frames import is_region, locative_before
from harmwatch.extract.places.gazetteer import Gazetteer, Place, get_gazetteer, name_key
from harmwatch.extract.places.mentions import (
    DEMONYMS,
    Mention,
    aliases_after,
    datelines,
    find_mentions,
    not_place,
    town_part,
)
from harmwatch.extract.places.ranking import PlaceWeights, place_weights
from harmwatch.records import Location, Span

EN = load_pack("en")

ATTACK_WORDS = EN.words("places", "attack_words")
SPEECH_VERBS = EN.words("places", "place_speech_verbs")
# the class of place a mention names, as a feature ("kind_town", "kind_admin1", ...)
KIND_CLASS = {
    "neighbourhood": "town",
    "city": "town",
    "camp": "town",
    "place": "town",
    "area": "town",
    "district": "district",
    "admin1": "admin1",
    "country": "country",
}
TOWN_CUES = frozenset({"city", "camp", "neighbourhood", "area"})  # "the village of X", "X camp"
REGION_CUES = frozenset({"district", "admin1"})
# "the village of X", "X camp": a settlement of its own, unlike a town's neighbourhood or area
# (coded notes place a strike in "the X neighbourhood of Y" at the town Y)
VILLAGE_CUES = frozenset({"city", "camp"})
SPECIFIC_UNITS = frozenset(EN.table("places", "specific_cues")) | frozenset(
    EN.table("places", "unit_words")
)  # "X district", "X province", "X state"
MAX_PLACES = 5
LOCATIVE = re.compile(EN.pattern("places", "locative"))
DIRECTION_OF = re.compile(EN.pattern("places", "direction_of_before"))
COUNTRYSIDE_BEFORE = re.compile(EN.pattern("places", "countryside_before"))
COUNTRYSIDE_AFTER = re.compile(EN.pattern("places", "countryside_after"), re.I)
SIDE_PREFIX = re.compile(EN.pattern("places", "side_prefix"))
# "speaking to reporters in Y", "at a news conference in Y": where someone spoke, not a place of the incident
SPEECH_VENUE_BEFORE = re.compile(EN.pattern("places", "speech_venue_before"))
SPEECH_AFTER = re.compile(r"\s*(?:has\s+|have\s+)?(?:\w+\s+)?(?:" + "|".join(SPEECH_VERBS) + r")\b")
PERSON_FROM = re.compile(
    r"\b(?:an?\s+)?(?:man|woman|individual|native|refugee|someone)\s+(?:originally\s+)?from\s+(?:the\s+)?$"
)
FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
ROAD_TO = re.compile(r"\b(?:road|way|route|highway)\s+to\s+(?:the\s+)?$")
ROAD_AFTER = re.compile(r"\s+(?:road|highway|street|avenue)\b")
SMALL_TOWN = 20_000
# "the village of X", "X village": a village, never a city this size (a namesake elsewhere)
VILLAGE_BEFORE = re.compile(r"\bvillages?\s+of\s+(?:the\s+)?$", re.I)
VILLAGE_AFTER = re.compile(r"\s+villages?\b", re.I)
VILLAGE_MAX = 50_000
# a region named only by these words ("Nord-Ouest", "Upper East") exists, translated, in many countries
COMPASS = frozenset(
    "north south east west northern southern eastern western central centre center middle upper lower far "
    "nord sud est ouest norte sur este oeste centro".split()
)
NEAR_KM = 25  # two candidate towns this close: one is a part or a suburb of the other's area  # a province's name beats towns of that name abroad smaller than this


# the most words of a line that is a title (a headline, a byline, a dateline), not a sentence
_TITLE_WORDS = 12


def _sentence_flags(ctx: DocContext) -> tuple[list[tuple[int, int]], list[bool]]:
    """The report's sentences (their bounds, and whether each tells of an attack), counted as the
    place ranking was fitted: a short paragraph without a final stop (a headline, a section's
    title, a byline) counts with the sentence after it."""
    bounds: list[tuple[int, int]] = []
    attack: list[bool] = []
    open_line = False
    for sent in ctx.doc.sents:
        hit = any(t.lower_ in ATTACK_WORDS for t in sent)
        if open_line and bounds:
            bounds[-1] = (bounds[-1][0], sent.end_char)
            attack[-1] = attack[-1] or hit
        else:
            bounds.append((sent.start_char, sent.end_char))
            attack.append(hit)
        words = [t for t in sent if not t.is_space]
        open_line = 0 < len(words) <= _TITLE_WORDS and words[-1].text[-1] not in LINE_FINAL
    return bounds, attack


def _doc_countries(
    ctx: DocContext, mentions: list[Mention], gaz: Gazetteer, holders: frozenset[str]
) -> dict[str, float]:
    votes: dict[str, float] = {}
    lead_end = len(ctx.text) // 3
    chained = frozenset(name_key(m.name) for m in mentions if m.container)
    # the countries of the known places each region is written as holding
    sibling_countries: dict[str, set[str]] = {}
    # the countries of the big places of exactly that name each region is written as holding
    held_any: dict[str, set[str]] = {}
    for m in mentions:
        if m.container and not not_place(m.name, held=True):
            readings = gaz.lookup(m.name, fuzzy=False)
            known = {  # a sizeable town; a village namesake abroad says nothing
                p.country
                for p in readings
                if p.kind == "admin1" or (p.kind == "city" and p.population >= 100_000)
            }
            if known:
                sibling_countries.setdefault(m.container, set()).update(known)
            own = name_key(m.name)
            sure = {  # a big place of exactly that name: not a village namesake, nor another spelling
                p.country
                for p in readings
                if name_key(p.name) == own and (p.kind == "admin1" or p.population >= 100_000)
            }
            if sure:
                held_any.setdefault(m.container, set()).update(sure)
    # a region written only as the holder of a place ("Qorb (Vellmar, Ostria)") and never tagged
    # as a place itself: a province of one country (or of the one its places share) says the country
    written = {name_key(m.name) for m in mentions}
    for key in {m.container for m in mentions if m.container} - written - chained:
        if _compass(key):
            continue  # "Nord-Ouest", "Western": a region of that name is in many countries, in other words
        first = min(m.start for m in mentions if m.container == key)
        code = _region_country(gaz.lookup(key, fuzzy=False), held_any.get(key, set()))
        if code is not None:
            votes[code] = votes.get(code, 0.0) + 2.0 * (2.0 if first < lead_end else 1.0)
    for m in mentions:
        if not_place(m.name, held=bool(m.container)) or m.label == "DATELINE" or is_region(m.name):
            continue
        found = _lookup(gaz, m.name)
        if _village(ctx.text, m):  # "the village of X": not the city of that name abroad
            found = tuple(p for p in found if p.kind == "city" and p.population < VILLAGE_MAX)
        if m.name.isupper() and len(m.name) <= 4:
            found = tuple(p for p in found if p.kind == "country")
        weight = 2.0 if m.start < lead_end else 1.0
        if m.container in chained:
            continue  # "Qqarb area of Spera district, Khost": the last name of the chain votes
        if not found and m.container and _compass(m.container):
            continue  # "Qqarb (Qqorb, Nord-Ouest)": a region of that name is in many countries
        if not found and m.container:  # "Qqarb (Mambasa, Ituri)": the regions written after it
            found = gaz.lookup(m.container, fuzzy=False)
            siblings = sibling_countries.get(m.container)
            if siblings and siblings.isdisjoint(p.country for p in found):
                continue  # "Qorb (Vellmar, Nord-Ost)": a known town in that region says it is elsewhere
        if not found:
            continue
        if m.container:  # "Qorb, Vellmar state": the country both names share
            held_in = {p.country for p in gaz.lookup(m.container, fuzzy=False)}
            shared = {p.country for p in found} & held_in
            # "Freetown, Western": a far bigger town of exactly that name elsewhere beats a holder
            # named in many countries; not a town of another name ("Jalalpur" for "Jalalpur Pirwala")
            top = _dominant(found)
            exact_elsewhere = (
                top is not None and top.country not in shared and name_key(top.name) == name_key(m.name)
            )
            if len(shared) == 1 and not exact_elsewhere:
                c = shared.pop()  # a holder named in several countries says less
                votes[c] = votes.get(c, 0.0) + (2.0 if len(held_in) == 1 else 1.0) * weight
                continue
            if held_in and not shared and all(p.population < 100_000 for p in found):
                continue  # "Spera district, Khost": a small namesake abroad of a place its holder places

        key = name_key(m.name)
        if key in holders:
            region = _as_region(found)
            if region is not None:  # "X, Vellmar, Samar": the name that holds others is a province
                votes[region.country] = votes.get(region.country, 0.0) + 2.0 * weight
                continue
            if _region_country(found, held_any.get(key, set())) is not None:
                continue  # a province of several countries, settled by the place it holds, which votes
        countries = {p.country for p in found if p.kind == "country"}
        if countries:
            for c in countries:
                votes[c] = votes.get(c, 0.0) + (0.5 if m.actor else 2.0) * weight
        else:
            top = _dominant(found)
            if top is not None:
                small = top.kind == "city" and top.population < 20_000
                votes[top.country] = votes.get(top.country, 0.0) + (1.0 if small else 1.5) * weight
    for ent in ctx.doc.ents:
        if ent.label_ in ("NORP", "GPE"):
            code = DEMONYMS.get(ent.text.lower().removesuffix("s"))
            if code and not ctx.text.startswith("-", ent.end_char):  # not "Saudi-led"
                votes[code] = votes.get(code, 0.0) + 1.0
    if ctx.title:
        for w in re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", ctx.title):
            for p in gaz.lookup(w, fuzzy=False):
                if p.kind == "country":
                    votes[p.country] = votes.get(p.country, 0.0) + 2.0
    return votes


def _compass(key: str) -> bool:
    """A region's name key made of compass words only ("nord ouest", "western")."""
    return all(w in COMPASS for w in key.split())


def _village(text: str, m: Mention) -> bool:
    """ "the village of X", "X village": X is a village, not a city of that name abroad; but a
    country's or a province's own name before "village" ("Mali village", "Huila village", as
    headlines write it) says where the village lies, and keeps its meaning."""
    if VILLAGE_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return True
    if not VILLAGE_AFTER.match(text, m.end):
        return False
    key = name_key(m.name)
    return not any(
        p.kind in ("country", "admin1") and name_key(p.name) == key
        for p in get_gazetteer().lookup(m.name, fuzzy=False)
    )


def _lookup(gaz: Gazetteer, name: str) -> tuple[Place, ...]:
    """Exact lookup; a name the gazetteer lacks, a side word before a region's name, lies in that region
    ("Northern Gaza Strip" -> "Gaza Strip"); "Northern Cape" and "Eastern Province" are found whole."""
    found = gaz.lookup(name, fuzzy=False)
    if not found:
        rest = SIDE_PREFIX.sub("", name)
        if rest != name:
            found = tuple(p for p in gaz.lookup(rest, fuzzy=False) if p.kind in ("admin1", "country"))
    return found


def _small_town(gaz: Gazetteer, name: str, country: str) -> tuple[Place, ...]:
    """ "the village of X" that the main table (1,000+ people) lacks: a town of 500 to 1,000 people
    of exactly that (Latin) name in the report's country, from the wider table that ships with it."""
    return tuple(
        f.place
        for f in gaz.find(name)
        if f.small
        and f.form is None
        and not f.inflected
        and f.place.country == country
        and f.place.kind == "city"
    )


def _holder_keys(mentions: list[Mention]) -> frozenset[str]:
    """Name keys of the regions written as holding another place ("X, Y", "X (Y, Z)")."""
    return frozenset(m.container for m in mentions if m.container)


def _region_country(found: tuple[Place, ...], held: set[str]) -> str | None:
    """The country of a region written as holding places: the one country among its provinces (and
    countries) that the held places' big readings share; where they hold only unknown names, its
    provinces' one country, unless a country bears its name ("Niger" stays for the usual votes)."""
    admins = {p.country for p in found if p.kind == "admin1"}
    nations = {p.country for p in found if p.kind == "country"}
    if not admins:
        return None
    if held:
        shared = (admins | nations) & held
        if len(shared) == 1:
            return shared.pop()
        return None  # several, or none: the held places are known elsewhere ("Nord-Ouest" of another country)
    if nations or len(admins) != 1:
        return None
    return next(iter(admins))


def _as_region(found: tuple[Place, ...]) -> Place | None:
    """The province a holder's name means, where the gazetteer has one of that name in one country."""
    if any(p.kind == "country" for p in found):
        return None
    admins = [p for p in found if p.kind == "admin1"]
    return admins[0] if admins and len({p.country for p in admins}) == 1 else None


def _dominant(found: tuple[Place, ...]) -> Place | None:
    """The place a name most likely means when it is unique to one country or far the most populous."""
    if len({p.country for p in found}) == 1:
        return found[0]
    admins = [p for p in found if p.kind == "admin1"]
    if len({p.country for p in admins}) == 1:  # "Cauca": a province, not a village of that name abroad
        abroad = [p.population for p in found if p.kind == "city" and p.country != admins[0].country]
        if max(abroad, default=0) < SMALL_TOWN:
            return admins[0]
    cities = sorted((p for p in found if p.kind == "city"), key=lambda p: -p.population)
    if not cities:
        return None
    rivals = [p.population for p in cities if p.country != cities[0].country]
    if 0 in rivals:
        return None  # a namesake whose size the gazetteer does not give may be the bigger one
    return cities[0] if cities[0].population >= 10 * max(rivals, default=0) + 1000 else None


def _resolve(
    m: Mention,
    gaz: Gazetteer,
    countries: dict[str, float],
    top: str | None,
    named: frozenset[str] = frozenset(),
    holders: frozenset[str] = frozenset(),
    village: bool = False,
) -> Place | None:
    if not_place(m.name, held=bool(m.container)):
        return None
    if is_region(m.name):  # "the Sahel": a world region, unless the report's country has a province so named
        provinces = [
            p for p in gaz.lookup(m.name, fuzzy=False) if p.kind == "admin1" and countries.get(p.country)
        ]
        return provinces[0] if provinces and (m.cue == "admin1" or m.container) else None
    if m.name.isupper() and len(m.name) <= 4:  # acronyms: only countries ("US", "DRC")
        found = tuple(p for p in gaz.lookup(m.name, fuzzy=False) if p.kind == "country")
    elif len(m.name) < 4 and not m.cue:
        found = tuple(p for p in gaz.lookup(m.name, fuzzy=False) if p.kind == "country")
    else:
        found = _lookup(gaz, m.name)
        if not found and m.name.endswith(")"):  # "Qorb (Rabat-e Vellmar)": either name
            outer, _, inner = m.name[:-1].partition(" (")
            found = gaz.lookup(outer, fuzzy=False) or gaz.lookup(inner, fuzzy=False)
        if not found and m.coded and "-" in m.name:  # "coded to Vellmar-Central Vellmar": the town part
            found = tuple(p for p in gaz.lookup(town_part(m.name), fuzzy=False) if p.kind != "country")
        if not found and top is not None and (m.cue in TOWN_CUES or m.cue == "place" or village):
            found = _small_town(gaz, m.name, top)
        if not found and m.label != "NEAR":
            found = tuple(p for p in gaz.lookup(m.name) if countries.get(p.country, 0.0) > 0)
        elif not found and top is not None:  # "in Tall Qorbat": another spelling, in the report's own country
            found = tuple(p for p in gaz.lookup(m.name) if p.country == top and p.kind == "city")
    if found and village:  # "the village of X": a namesake city abroad is no village of the report
        found = tuple(p for p in found if p.kind == "city" and p.population < VILLAGE_MAX)
    if not found:
        return None
    want_admin = m.cue == "admin1" or (m.cue is None and name_key(m.name) in holders)

    def rank(p: Place) -> tuple:
        in_doc = countries.get(p.country, 0.0)
        kind_fit = 1 if (p.kind == "admin1") == want_admin else 0
        # a namesake in a province the report names ("Qqotin ... Sumy oblast") beats a bigger one elsewhere
        admin_named = bool(p.admin1 and p.kind == "city" and name_key(p.admin1) in named)
        return (in_doc > 0, p.kind == "country", admin_named, in_doc, kind_fit, p.population)

    near = {p.country for p in gaz.lookup(m.container, fuzzy=False)} if m.container else set()
    if top in near:  # "Qorb in the countryside of Vellmar": the holder in the report's country
        near = {top}
    if m.container and not near:  # "Qorb in Jabal Vellmar": an unknown holder in the report's country
        found = tuple(p for p in found if p.country == top)
        if not found:
            return None
    if near:  # "Qorb, Vellmar": a place in Vellmar's country
        inside = tuple(p for p in found if p.country in near)
        if not inside:
            # the holder names a region elsewhere too ("Qorb (Vellmar, Nord-Ost)"): keep the
            # report's own country; a namesake abroad is no place
            inside = tuple(p for p in found if countries.get(p.country, 0.0) > 0 and p.country not in near)
            if not inside or countries.get(max(inside, key=rank).country, 0.0) < max(countries.values()):
                return None
        found = inside
    best = max(found, key=rank)
    in_doc = countries.get(best.country, 0.0)
    if m.label in ("NEAR", "DATELINE") and best.kind != "country" and in_doc <= 0:
        if countries or best.population < 50_000:
            return None  # a capitalised word after "in" that names a place elsewhere: too weak
    if m.cue in TOWN_CUES and best.kind == "city" and countries and in_doc <= 0:
        return None  # "the village of X" known only in a country the report is not about: one the gazetteer lacks
    if m.cue == "district" and best.kind == "city" and countries and in_doc < max(countries.values()):
        return None  # "Nawa district" in a report on Afghanistan: a district the gazetteer lacks
    return best


def _features(
    m: Mention,
    text: str,
    attack: list[bool],
    heads: list[tuple[int, int]],
    countries: dict[str, float],
    top_country: str | None,
) -> dict[str, float] | None:
    """The named features of one mention (see ``ranking.py``); None: not a candidate at all."""
    if not_place(m.name, held=bool(m.container)) or (m.place is None and is_region(m.name)):
        return None
    if m.place is None:
        if (m.label in ("NEAR", "DATELINE") and m.cue is None) or m.name.isupper():
            return None  # a capitalised word the gazetteer does not know
        if (
            m.label == "FAC"
            and m.cue not in ("camp", "district", "city", "place", "area")
            and not m.container
        ):
            return None
        if m.label == "LOC" and m.cue is None:
            return None
    f: dict[str, float] = {}
    kind = _kind(m)
    f["kind_" + KIND_CLASS.get(kind, "other")] = 1.0
    if m.place is None:
        f["unknown_" + ("plain" if m.cue is None else "near" if m.label == "NEAR" else "cued")] = 1.0
        if m.cue in TOWN_CUES and (top_country is None or not m.container or _holder_home(m, countries)):
            f["unknown_cued_home"] = 1.0  # "the village of Qqara" in the report's own country
    else:
        f["log_population"] = math.log10(1 + m.place.population) / 6
        if _names_region(m):
            f["shares_region_name"] = 1.0  # a town named like its province: the bare name may mean either
    if m.cue in ("city", "district", "camp"):
        f["cue_specific"] = 1.0
    if m.cue in REGION_CUES:
        f["cue_region"] = 1.0  # "X district", "X province": a region named after its town
    if m.container:
        f["held"] = 1.0
    if m.first_end:
        f["between_first"] = 1.0  # "between X and Y": placed at X
    if m.coded:
        f["coded"] = 1.0  # "[coded to X]": the report's own coding of the place
    if 0 <= m.sent < len(attack) and attack[m.sent]:
        f["attack_sentence"] = 1.0
    if m.sent <= 2:
        f[f"sent{max(m.sent, 0)}"] = 1.0
    f["sentence_index"] = min(m.sent, 10) / 10
    before = text[max(0, m.start - 24) : m.start].lower()
    if LOCATIVE.search(before):
        f["locative"] = 1.0
    if DIRECTION_OF.search(before):
        f["direction_of"] = 1.0  # "Qqara, east of Y": a reference point for the place named before it
    if COUNTRYSIDE_BEFORE.search(before) or COUNTRYSIDE_AFTER.match(text, m.end):
        f["countryside"] = 1.0  # "the northern countryside of Y": the region around a more specific place
    after = text[m.end : m.end + 20].lower()
    if SPEECH_AFTER.match(after) or SPEECH_VENUE_BEFORE.search(text[max(0, m.start - 60) : m.start]):
        f["speaks"] = 1.0  # "Abuja said", "told reporters in Abuja": a government or a venue, not a place
    if re.search(r"\([^()\n]{0,40}$", text[max(0, m.start - 40) : m.start]) and re.match(
        r"[^()\n]{0,40}\)", text[m.end : m.end + 40]
    ):
        f["in_brackets"] = 1.0  # "Qqara (Y, Z)": the regions in brackets hold the place
    if PERSON_FROM.search(before):
        f["person_from"] = 1.0  # "a man from Y": where a person comes from
    elif FROM.search(before):
        f["from"] = 1.0  # where someone speaks or comes from
    if ROAD_TO.search(before):
        f["road_to"] = 1.0  # "on the road to Y": a destination, not where it happened
    if ROAD_AFTER.match(after):
        f["road_after"] = 1.0  # "the Y-Z road": a road named after the towns it joins
    if any(s <= m.start < e for s, e in heads):
        f["dateline"] = 1.0
    if m.place is not None and countries and top_country is not None and m.place.country != top_country:
        ratio = countries.get(m.place.country, 0.0) / countries[top_country]
        f["foreign_share"] = 1 - ratio
        if ratio < 0.5:
            f["foreign_minor"] = 1.0
        if m.place.kind != "country":
            f["foreign_namesake"] = 1.0
    if m.actor and kind == "country":
        f["actor_country"] = 1.0
    return f


def _kind(m: Mention) -> str:
    kind = m.place.kind if m.place else (m.cue or "place")
    if kind == "admin1" and m.place is None and m.container:
        kind = "area"  # "Qqara region (Y, Z)": a region inside a district is a locality
    if m.place is not None and m.place.kind == "city" and m.cue in REGION_CUES:
        kind = "district" if m.cue == "district" else "admin1"  # "X district": the region, not the town X
    return kind


def _holder_home(m: Mention, countries: dict[str, float]) -> bool:
    """The region written as holding an unknown place is (also) in one of the report's countries, or unknown."""
    held_in = {p.country for p in get_gazetteer().lookup(m.container, fuzzy=False)}
    return not held_in or any(countries.get(c, 0.0) > 0 for c in held_in)


def _held_by(inner: Mention, outer: Mention) -> bool:
    """``inner`` is written as inside ``outer`` ("X (Vellmar Region)" and "Velmar": one place)."""
    if not inner.container or outer.container == name_key(inner.name):
        return False  # "Marib city (Qqirwah, Marib)": Qqirwah holds the city, not the other way round
    a, b = inner.place, outer.place
    if a is not None and b is not None and a.admin1 and b.admin1 and name_key(a.admin1) != name_key(b.admin1):
        return False  # "a man from Afrin in Idleb": the gazetteer puts them in different provinces
    holder = _unit_free(inner.container)  # "Qqara in Qqorb LGA": held by "Qqorb"
    return holder == name_key(outer.name) or (b is not None and holder == name_key(b.name))


def _unit_free(key: str) -> str:
    """A holder's name key without a trailing unit word ("chikun lga" -> "chikun")."""
    head, _, last = key.rpartition(" ")
    return head if head and (last in SPECIFIC_UNITS) else key


def _holder_of(m: Mention, candidates: Iterable[Mention]) -> Mention | None:
    """The first of ``candidates`` written as holding ``m``."""
    return next((c for c in candidates if c is not m and _held_by(m, c)), None)


def _inside(inner: Mention, outer: Mention) -> bool:
    if _held_by(inner, outer):
        return inner.place is None or outer.place is None or inner.place.country == outer.place.country
    if inner.place is None and inner.cue not in ("city", "district", "camp"):
        return False
    if outer.place is None:
        return False
    if outer.place.kind == "country":
        return (
            inner.place is not None
            and inner.place.country == outer.place.country
            and inner.place.kind != "country"
        )
    if outer.place.admin1 and inner.place is not None and inner.place.kind == "city":
        same_region = name_key(inner.place.admin1 or "") == name_key(outer.place.admin1)
        if outer.place.kind == "admin1" and inner.place.country == outer.place.country:
            # a province GeoNames' older table does not name ("Ituri"): a town in its sentence is in it
            same_region = same_region or inner.sent == outer.sent
        return (
            same_region
            and name_key(outer.name) == name_key(outer.place.admin1)
            and inner.place != outer.place
        )
    return False


def _names_region(m: Mention) -> bool:
    """A town whose bare name also names a province of its country: written bare, it may mean either."""
    p = m.place
    return (
        p is not None
        and p.kind == "city"
        and any(
            q.kind == "admin1" and q.country == p.country for q in get_gazetteer().lookup(m.name, fuzzy=False)
        )
    )


def _holder(m: Mention, gaz: Gazetteer, country: str | None) -> Place | None:
    """The known place written as holding an unknown one ("X (Y, Z)", "X in Y"), in the report's country."""
    if not m.container or (country is None and _compass(m.container)):
        return None  # "(Qqorb, Nord-Ouest)" in a report of no known country: no country at all
    found = [p for p in gaz.lookup(m.container, fuzzy=False) if p.kind != "country" and p.admin1]
    if country:
        found = [p for p in found if p.country == country]
    if not found:
        return None
    return min(found, key=lambda p: (p.kind != "admin1", -p.population))


def _next_known(m: Mention, mentions: list[Mention], country: str | None) -> Place | None:
    """The first place we can place written after ``m`` in its sentence ("between X and Y (A, B)")."""
    for other in mentions:
        if other.start > m.start and other.sent == m.sent and other.place is not None:
            if other.place.kind != "country" and other.place.country == country and other.place.admin1:
                return other.place
    return None


def _unknown_place(mentions: list[Mention], text: str) -> Mention | None:
    """The first name written after a locative word ("in X", "near X") that is no actor, day or group."""
    for m in mentions:
        if m.place is None and not m.actor and m.label in ("NEAR", "CUE", "GPE", "LOC"):
            if not_place(m.name) or is_region(m.name) or m.name.isupper():
                continue
            if locative_before(text, m.start):
                return m
    return None


def _location(
    m: Mention, text: str, gaz: Gazetteer, fallback_country: str | None, mentions: list[Mention] | None = None
) -> Location:
    p = m.place
    aliases = aliases_after(text, m.end)
    if p is None:
        # "Qqarb in Idleb": the region that holds it; else the next place in its sentence
        holder = _holder(m, gaz, fallback_country) or _next_known(m, mentions or [], fallback_country)
        return Location(
            name=m.name,
            admin1=holder.admin1 if holder else None,
            country=holder.country if holder else fallback_country,
            kind=m.cue or "place",
            text=m.name,
            span=Span(m.start, m.end),
            aliases=aliases,
        )
    if name_key(p.name) != name_key(m.name) and p.name not in aliases:
        aliases = (*aliases, p.name)  # "Tall Qorbat" resolved to the gazetteer's "Tall Qorabt"
    return Location(
        name=m.name,
        admin1=p.admin1,
        country=p.country,
        lat=p.lat,
        lon=p.lon,
        kind=_kind(m),  # "X district": the region, though the gazetteer knows only the town X
        text=m.name,
        span=Span(m.start, m.end),
        aliases=aliases,
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate mention of a place, with its named features and the key of the place it names."""

    mention: Mention
    key: str
    features: dict[str, float]


@dataclass(frozen=True, slots=True)
class Scene:
    """A report's place mentions after resolution, and those that are candidates for its place."""

    mentions: list[Mention]
    countries: dict[str, float]
    top_country: str | None
    candidates: list[Candidate]


def _key(m: Mention) -> str:
    """One key per place: "X district" and the town X are two places."""
    return f"{m.place.name}|{m.place.country}|{_kind(m)}" if m.place else name_key(m.name)


def place_scene(ctx: DocContext) -> Scene | None:
    """Resolve every place mention of a report and describe each candidate by its features."""
    if not ctx.text.strip():
        return None
    gaz = get_gazetteer()
    bounds, attack = _sentence_flags(ctx)
    if not bounds:
        return None
    mentions = find_mentions(ctx, bounds)
    holders = _holder_keys(mentions)
    countries = _doc_countries(ctx, mentions, gaz, holders)
    top_country = max(countries, key=countries.__getitem__) if countries else None
    heads = datelines(ctx.text)
    named = frozenset(name_key(m.name) for m in mentions) | holders
    raw: list[tuple[Mention, dict[str, float]]] = []
    for m in mentions:
        m.place = _resolve(m, gaz, countries, top_country, named, holders, _village(ctx.text, m))
        feats = _features(m, ctx.text, attack, heads, countries, top_country)
        if feats is not None:
            raw.append((m, feats))
    counts: dict[str, int] = {}
    for m, _f in raw:
        counts[_key(m)] = counts.get(_key(m), 0) + 1
    containers = {m.container for m, _f in raw if m.container}
    located = [
        m for m, _f in raw if m.place is not None and m.place.kind != "country" and m.place.lat is not None
    ]
    regional = [m for m, _f in raw if m.place is None or m.place.kind != "country"]
    out = []
    for m, f in raw:
        key = _key(m)
        f["mentions"] = min(counts[key], 4) / 4
        if name_key(m.name) in containers and not m.container:
            f["holds_other"] = 1.0  # "Y" of "Qqara, Y": a region that holds another candidate
        if any(_key(o) != key and _inside(m, o) for o in regional):
            f["inside_other"] = 1.0  # a place inside another candidate (not a country): the more specific one
        if m in located and m.place is not None:
            others = [
                (_km(m.place, o.place), o.place) for o in located if _key(o) != key and o.place is not None
            ]
            if others:
                f["far_from_others"] = min(math.log10(1 + min(km for km, _p in others)), 3.0) / 3
            if m.place.kind == "city":  # a town next to another: the bigger is the wider reference
                close = [o for km, o in others if km <= NEAR_KM and o.kind == "city"]
                if any(o.population < m.place.population for o in close):
                    f["near_smaller"] = 1.0
                if any(o.population > m.place.population for o in close):
                    f["near_bigger"] = 1.0
        out.append(Candidate(m, key, f))
    return Scene(mentions, countries, top_country, out)


def _km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        raise ValueError(f"no coordinates for {a.name} or {b.name}")
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12_742 * math.asin(min(1.0, math.sqrt(h)))


def candidate_location(c: Candidate, scene: Scene, ctx: DocContext) -> Location:
    """The place a candidate would be reported as, were it ranked first."""
    m = c.mention
    country = m.place.country if m.place else scene.top_country
    return _location(m, ctx.text, get_gazetteer(), country, scene.mentions)


def find_places(
    ctx: DocContext, weights: PlaceWeights | None = None, scene: Scene | None = None
) -> tuple[Location, ...]:
    """The incident's places, most specific incident place first, its country last. ``weights``
    (default: the shipped ``place_weights.json``) and a ``scene`` already built are for the
    fitting script, which scores the same mentions under many weights."""
    scene = scene or place_scene(ctx)
    if scene is None:
        return ()
    w = weights or place_weights()
    gaz = get_gazetteer()
    mentions, top_country = scene.mentions, scene.top_country
    # one entry per place: its best mention
    best: dict[str, Mention] = {}
    cued_home: set[str] = set()
    floor = w.margin("min_score")
    for c in scene.candidates:
        m = c.mention
        m.score = w.score(c.features)
        if m.score < floor:
            continue
        if c.key not in best or m.score > best[c.key].score:
            best[c.key] = m
        if c.features.get("unknown_cued_home"):
            cued_home.add(c.key)
    if not best:
        out = []
        unknown = _unknown_place(mentions, ctx.text)
        if unknown is not None:  # "held in Qqara Robit": a name the gazetteer lacks, where nothing is known
            out.append(_location(unknown, ctx.text, gaz, top_country, mentions))
        if top_country and (home := gaz.country(top_country)):
            out.append(Location(name=home.name, country=home.country, kind="country"))
        return tuple(out)
    total = {k: m.score for k, m in best.items()}
    # ties: the longer of two names at one place ("Qqara-Vell" over the "Qqara" NER cut from it)
    ranked = sorted(best.items(), key=lambda kv: (-total[kv[0]], kv[1].start, kv[1].start - kv[1].end))
    top = ranked[0][1]
    first_at: dict[str, int] = {}
    for c in scene.candidates:
        first_at[c.key] = min(first_at.get(c.key, c.mention.start), c.mention.start)
    if top.place is not None:
        # "the village of Qqara" the gazetteer lacks, in the report's country, before a known region;
        # before a known town only where it is written first and is nearly as strong as a place
        # inside the winner must be ("near the village of Qqara, in the Vellmar area", "Qqara camp
        # on the outskirts of Vellmar": the town is the wider area the small place lies in; not a
        # town's own neighbourhood)
        village = next(
            (
                kv
                for kv in ranked
                if kv[0] in cued_home
                and (
                    _kind(top) in ("admin1", "district", "country")
                    or (
                        kv[1].cue in VILLAGE_CUES
                        and not kv[1].quarter
                        and not ctx.text.startswith("(", top.end + 1)  # "Y (Z, W)": a coder's geocode
                        and kv[1].start < first_at[ranked[0][0]]  # before any mention of the town
                        and total[kv[0]] >= total[ranked[0][0]] - w.margin("inside_gap")
                    )
                )
            ),
            None,
        )
        if village is not None:
            ranked.remove(village)
            ranked.insert(0, village)
    first = ranked[0][1]
    for key, m in ranked[1:4]:  # a place inside the winner, nearly as strong, is more specific
        if first.first_end:
            break  # "between X and Y towns, X township": the incident is placed at X
        gap = w.margin("held_gap") if _held_by(m, first) else w.margin("inside_gap")
        if total[key] >= total[ranked[0][0]] - gap and _inside(m, first):
            first = m
            break
    quarter = None
    if first.quarter:  # "the Qqara area of Vellmar city": the town is the place, its quarter comes next
        town = _holder_of(first, best.values())
        if town is not None:
            quarter, first = first, town
    country = first.place.country if first.place else top_country
    out = [_location(first, ctx.text, gaz, country, mentions)]
    seen = {name_key(first.name)}
    if quarter is not None:
        out.append(_location(quarter, ctx.text, gaz, country, mentions))
        seen.add(name_key(quarter.name))
    holding = _holder_of(first, best.values())
    if holding is not None:  # "the Qqara district of Kyiv": the city that holds the place comes next
        out.append(_location(holding, ctx.text, gaz, country, mentions))
        seen.update((first.container, name_key(holding.name)))
    for _key, m in ranked:
        if len(out) >= MAX_PLACES - 1:
            break
        if m is first or m is quarter or m is holding or name_key(m.name) in seen:
            continue
        if m.score >= first.score - w.margin("list_gap") and (m.place is None or m.place.country == country):
            seen.add(name_key(m.name))
            out.append(_location(m, ctx.text, gaz, country))
    if country and all(loc.kind != "country" for loc in out):
        nation = gaz.country(country)
        if nation is not None:
            out.append(Location(name=nation.name, country=nation.country, kind="country"))
    return tuple(out)
