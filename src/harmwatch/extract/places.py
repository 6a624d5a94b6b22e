"""Places of the incident, resolved against an offline gazetteer.

Candidates are spaCy's GPE/LOC/FAC entities and cue phrases ("the village of X", "X province").
Each mention is resolved in the gazetteer (homonyms settled by the country the report is about)
and scored: specific places beat regions and countries, mentions in the title and lead and in
sentences with attack words beat background ones, and datelines ("SANAA, Yemen (AP) —") or
capitals used for governments ("Moscow said") count little. The best place comes first, then
other places the lead lists with it, then its country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from harmwatch.extract.context import DocContext
from harmwatch.extract.gazetteer import Gazetteer, Place, get_gazetteer, name_key
from harmwatch.records import Location, Span

ATTACK_WORDS = frozenset(
    """attack attacks attacked airstrike airstrikes strike strikes struck bomb bombs bombed bombing
    bombings bombardment shelling shelled shell shells missile missiles rocket rockets drone drones
    killed kill kills killing killings dead deaths died wounded wounding injured injuring explosion
    explosions blast blasts exploded massacre massacred raid raids gunmen gunman fired shot shooting
    hit hits targeted targeting ambush ambushed clashes clash abducted kidnapped burned torched
    destroyed detonated suicide casualties victims toll""".split()
)
SPEECH_VERBS = frozenset(
    "said says say denied denies accused accuses condemned condemns claimed claims".split()
)
PLACE_LABELS = ("GPE", "LOC", "FAC")
SPECIFIC_CUES = {
    "village": "city",
    "town": "city",
    "city": "city",
    "district": "district",
    "neighborhood": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "suburb": "neighbourhood",
    "camp": "camp",
    "market": "place",
    "stronghold": "city",
    "area": "area",
    "province": "admin1",
    "governorate": "admin1",
    "region": "admin1",
    "state": "admin1",
    "oblast": "admin1",
}
LEADING = re.compile(
    r"^(?:[Tt]he|[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Ff]rom|northern|southern|eastern|western|central|north|south|east|west)\s+"
)
ARTICLE_START = re.compile(r"(?:al|el|an|ad|ar|as|ash|at|az)-[A-Z]")
POSSESSIVE = re.compile(r"['\u2019]s?$")
TRAILING = re.compile(
    r"\s+(province|governorate|district|region|oblast|state|city|town|village|neighbou?rhood|area|county|"
    r"municipality|local government area|lga)$",
    re.I,
)
ACTOR_AFTER = re.compile(
    r"-led|-backed|-based|['\u2019]s\b|\s+(?:military|forces|army|troops|air|government|officials)\b"
)
ACTOR_BEFORE = re.compile(
    r"\b(?:forces|military|army|troops|government|police|authorities) of\s+(?:the\s+)?$"
)
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "compound", "amod", "agent"})
WORD = r"(?:(?:al|el|an|ad|ar|as|ash|at|az)-)?[A-Z][\w\-]*(?:['\u2019](?!s\b)\w+)?"
CAP = WORD + r"(?:\s+(?:al-|el-|de\s|du\s)?" + WORD + "){0,3}"
PART_OF = re.compile(
    r"\b(" + CAP + r")\s+(village|area|neighbou?rhood|locality)\s+(?:of|in)\s+(?:the\s+)?(" + CAP + r")"
    r"\s+(?:district|province|city|county|region|area|municipality)\b"
)
CUE_OF = re.compile(
    r"\b(?:village|town|city|district|neighbou?rhood|suburb|province|governorate|region|area|camp)s?\s+of\s+("
    + CAP
    + ")"
)
CUE_AFTER = re.compile(
    r"\b("
    + CAP
    + r")\s+(?:province|governorate|district|region|oblast|refugee camp|camp|neighbou?rhood|village|city|town)\b"
    r"(?!\s+of\b)"
)
CUE_NEAR = re.compile(
    r"\b(?:near|outside|in|at|on|of|from|into|capital,?|hit|struck|targeted|bombed|shelled|stronghold of|and|or)\s+("
    + CAP
    + ")"
)
IN_REGION = re.compile(  # "Goyali, Gadabay", "in Tarinkot district, Urozgan"
    r"\b(" + CAP + r")(?:\s+(district|province|city|area|village|town|county))?"
    r"(?=,\s+(?:(?:northern|southern|eastern|western|central)\s+)?(" + CAP + r")\b"
    r"(?:(,? *(?:and|or|&)\b)|, *(" + CAP + r"))?)"
)
IN_PARENS = re.compile(  # "Ndaro (Ntega, Kirundo)", "Bugabira commune (Kirundo)"
    r"\b("
    + CAP
    + r")(?:\s+(commune|hill|district|village|town|city|area|sector|upazila|municipality|department))?"
    r"\s+\((" + CAP + r")(?:,\s*(" + CAP + r"))?\)"
)
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][\w.]*,\s*)?[A-Z][A-Za-z'.\- ]{1,30}(?:,\s*[A-Z][\w .'\-]{1,25})?\s*(?:\([^)\n]{1,30}\))?"
    r"\s*(?:—|–|-{1,2}|:)\s"
)
DEMONYMS = {
    "syrian": "SY",
    "yemeni": "YE",
    "iraqi": "IQ",
    "afghan": "AF",
    "pakistani": "PK",
    "ukrainian": "UA",
    "russian": "RU",
    "israeli": "IL",
    "palestinian": "PS",
    "gazan": "PS",
    "lebanese": "LB",
    "libyan": "LY",
    "sudanese": "SD",
    "somali": "SO",
    "nigerian": "NG",
    "malian": "ML",
    "burkinabe": "BF",
    "congolese": "CD",
    "ethiopian": "ET",
    "kenyan": "KE",
    "saudi": "SA",
    "iranian": "IR",
    "turkish": "TR",
    "egyptian": "EG",
    "indian": "IN",
    "burmese": "MM",
    "myanmar": "MM",
    "colombian": "CO",
    "mexican": "MX",
    "brazilian": "BR",
    "haitian": "HT",
    "sri lankan": "LK",
    "bangladeshi": "BD",
    "cameroonian": "CM",
    "nigerien": "NE",
    "chadian": "TD",
    "mozambican": "MZ",
    "filipino": "PH",
    "american": "US",
    "british": "GB",
    "french": "FR",
}
DATELINE_CITY = re.compile(r"[ \t]*(?:[A-Z][\w.]*,\s*)?([A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)?)")
NOT_PLACES = frozenset(
    """taliban houthi houthis huthi huthis hamas hezbollah hizbollah isis isil daesh boko haram al-shabaab shabaab
    wagner janjaweed boko-haram monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday eyewitnesses""".split()
)
KIND_RANK = {
    "neighbourhood": 3,
    "city": 3,
    "district": 3,
    "camp": 3,
    "place": 3,
    "area": 2,
    "admin1": 2,
    "country": 1,
}
MAX_PLACES = 5


@dataclass(slots=True)
class Mention:
    name: str  # as written, without "the" / "'s" / "province"
    start: int
    end: int
    sent: int  # sentence index (-1: the title)
    cue: str | None  # what the words around it say it is
    label: str
    actor: bool = False  # "Russia said", "Israel's military": a government, not a place
    container: str = ""  # name key of the region written after it ("Goyali, Gadabay")
    place: Place | None = None
    score: float = 0.0


def _not_place(name: str) -> bool:
    """Days, months, armed groups and demonyms that NER or a capitalised-word cue takes for places."""
    low = name.lower().replace(" ", "-")
    return low in NOT_PLACES or low.removesuffix("s") in DEMONYMS or low.removeprefix("al-") in NOT_PLACES


def _sentence_flags(ctx: DocContext) -> tuple[list[tuple[int, int]], list[bool]]:
    bounds, attack = [], []
    for sent in ctx.doc.sents:
        bounds.append((sent.start_char, sent.end_char))
        attack.append(any(t.lower_ in ATTACK_WORDS for t in sent))
    return bounds, attack


def _sent_of(bounds: list[tuple[int, int]], pos: int) -> int:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if bounds[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _clean_name(text: str, start: int) -> tuple[str, int, int, str | None] | None:
    """Drop "the"/"northern", a possessive and a trailing "province"/"town" (which becomes the cue)."""
    name, s = text, start
    m = LEADING.match(name)
    while m:
        name, s = name[m.end() :], s + m.end()
        m = LEADING.match(name)
    name = POSSESSIVE.sub("", name)
    cue = None
    t = TRAILING.search(name)
    if t and t.start() > 0:
        word = t.group(1).lower()
        cue = SPECIFIC_CUES.get(
            word, "admin1" if word in ("county", "lga", "local government area") else "city"
        )
        name = name[: t.start()]
    name = name.rstrip(" ,.;:-\u2013\u2014\"'")
    if len(name) < 2 or not (name[0].isupper() or ARTICLE_START.match(name)):
        return None
    return name, s, s + len(name), cue


def _mentions(ctx: DocContext, bounds: list[tuple[int, int]]) -> list[Mention]:
    text = ctx.text
    out: dict[tuple[int, int], Mention] = {}

    def add(
        raw: str, start: int, label: str, cue: str | None, actor: bool = False, container: str = ""
    ) -> None:
        got = _clean_name(raw, start)
        if got is None:
            return
        name, s, e, own_cue = got
        cue = cue or own_cue
        old = out.get((s, e))
        if old is None:
            out[(s, e)] = Mention(name, s, e, _sent_of(bounds, s), cue, label, actor, container)
        else:
            old.cue = old.cue or cue
            old.container = old.container or container
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
            add(ent.text, ent.start_char, ent.label_, _cue_near(ent), actor)
    for m in PART_OF.finditer(text):  # "the Uluk area of Dawlat Shah district"
        cue = SPECIFIC_CUES.get(m.group(2).lower(), "city")
        add(m.group(1), m.start(1), "CUE", "city" if cue == "area" else cue, container=name_key(m.group(3)))
    for rx, label in ((CUE_OF, "CUE"), (CUE_AFTER, "CUE")):
        for m in rx.finditer(text):
            cue_word = _cue_word(m.group(0))
            add(m.group(1), m.start(1), label, SPECIFIC_CUES.get(cue_word, "place"))
    for m in CUE_NEAR.finditer(text):
        add(m.group(1), m.start(1), "NEAR", None)
    gaz = get_gazetteer()
    others = {
        i
        for ent in ctx.doc.ents
        if ent.label_ not in PLACE_LABELS
        for i in range(ent.start_char, ent.end_char)
    }
    for m in IN_REGION.finditer(text):
        if m.start(1) in others or m.end(1) - 1 in others:
            continue  # "Bashar al-Assad, Syria's president": a person or an outlet
        region = m.group(3)
        then_country = m.group(5) and any(p.kind == "country" for p in gaz.lookup(m.group(5), fuzzy=False))
        if m.group(5) and not then_country:
            continue  # "Kabul, Ghor, Laghman": a list; "El Fasher, Darfur, Sudan": a hierarchy
        found = gaz.lookup(region, fuzzy=False)
        if m.group(4) or _not_place(region) or not (found or then_country):
            continue  # "Homs, Idlib and Aleppo": a list
        if any(p.kind == "country" for p in gaz.lookup(m.group(1), fuzzy=False)):
            continue
        cue = SPECIFIC_CUES.get((m.group(2) or "city").lower(), "city")
        if (
            not m.group(2)
            and any(p.kind == "country" for p in found)
            and not gaz.lookup(m.group(1), fuzzy=False)
        ):
            cue = "place"  # "Darfur, Sudan": an unknown name in a country may be a region
        add(m.group(1), m.start(1), "CUE", cue, container=name_key(region))
    for m in IN_PARENS.finditer(text):
        region = m.group(4) or m.group(3)
        known = m.group(4) is not None or bool(gaz.lookup(region, fuzzy=False))  # "(Ntega, Kirundo)"
        if region.isupper() or _not_place(region) or not known or _not_place(m.group(1)):
            continue
        add(m.group(1), m.start(1), "CUE", "city", container=name_key(region))
    for s, _e in _datelines(text):
        head = DATELINE_CITY.match(text, s)
        if head:
            add(head.group(1), head.start(1), "DATELINE", None)
    return sorted(out.values(), key=lambda x: x.start)


def _cue_word(phrase: str) -> str:
    for w in re.findall(r"[a-z]+", phrase):
        if w in SPECIFIC_CUES:
            return w
    return "place"


def _cue_near(ent: SpacySpan) -> str | None:
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


def _doc_countries(ctx: DocContext, mentions: list[Mention], gaz: Gazetteer) -> dict[str, float]:
    votes: dict[str, float] = {}
    lead_end = len(ctx.text) // 3
    for m in mentions:
        if _not_place(m.name) or m.label == "DATELINE":
            continue
        found = gaz.lookup(m.name, fuzzy=False)
        if m.name.isupper() and len(m.name) <= 4:
            found = tuple(p for p in found if p.kind == "country")
        if not found:
            continue
        weight = 2.0 if m.start < lead_end else 1.0
        if m.container:  # "Balneario Gaivota, Santa Catarina": the country both names share
            shared = {p.country for p in found} & {p.country for p in gaz.lookup(m.container, fuzzy=False)}
            if len(shared) == 1:
                c = shared.pop()
                votes[c] = votes.get(c, 0.0) + 2.0 * weight
                continue
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


def _dominant(found: tuple[Place, ...]) -> Place | None:
    """The place a name most likely means when it is unique to one country or far the most populous."""
    if len({p.country for p in found}) == 1:
        return found[0]
    cities = sorted((p for p in found if p.kind == "city"), key=lambda p: -p.population)
    if not cities:
        return None
    rivals = [p.population for p in cities if p.country != cities[0].country]
    return cities[0] if cities[0].population >= 10 * max(rivals, default=0) + 1000 else None


def _resolve(m: Mention, gaz: Gazetteer, countries: dict[str, float]) -> Place | None:
    if _not_place(m.name):
        return None
    if m.name.isupper() and len(m.name) <= 4:  # acronyms: only countries ("US", "DRC")
        found = tuple(p for p in gaz.lookup(m.name, fuzzy=False) if p.kind == "country")
    else:
        found = gaz.lookup(m.name, fuzzy=False)
        if not found and m.label != "NEAR":
            found = tuple(p for p in gaz.lookup(m.name) if countries.get(p.country, 0.0) > 0)
    if not found:
        return None
    want_admin = m.cue == "admin1"

    def rank(p: Place) -> tuple:
        in_doc = countries.get(p.country, 0.0)
        kind_fit = 1 if (p.kind == "admin1") == want_admin else 0
        return (in_doc > 0, p.kind == "country", in_doc, kind_fit, p.population)

    if m.container:  # "Goyali, Gadabay": a place in Gadabay's country
        near = {p.country for p in gaz.lookup(m.container, fuzzy=False)}
        found = tuple(p for p in found if p.country in near)
        if not found:
            return None
    best = max(found, key=rank)
    if m.label in ("NEAR", "DATELINE") and best.kind != "country" and countries.get(best.country, 0.0) <= 0:
        if countries or best.population < 50_000:
            return None  # a capitalised word after "in" that names a place elsewhere: too weak
    return best


def _score(
    m: Mention,
    text: str,
    attack: list[bool],
    datelines: list[tuple[int, int]],
    countries: dict[str, float],
    top_country: str | None,
) -> float:
    if _not_place(m.name):
        return -1.0
    if m.place is None:
        if m.label in ("NEAR", "DATELINE") or m.name.isupper():
            return -1.0  # a capitalised word the gazetteer does not know
        if m.label == "FAC" and m.cue not in ("camp", "district", "city", "place"):
            return -1.0
        if m.label == "LOC" and m.cue is None:
            return -1.0
    kind = m.place.kind if m.place else (m.cue or "place")
    score = float(KIND_RANK.get(kind, 2))
    if m.place is None:
        score -= 0.5 if m.cue else 2.0
    if m.cue in ("city", "district", "camp"):
        score += 1.0
    if m.container:
        score += 0.5
    if 0 <= m.sent < len(attack) and attack[m.sent]:
        score += 2.0
    if m.sent <= 2:
        score += 1.5 - 0.5 * m.sent
    before = text[max(0, m.start - 12) : m.start].lower()
    if re.search(r"\b(?:in|on|near|at|of|outside)\s+(?:the\s+)?$", before):
        score += 1.0
    after = text[m.end : m.end + 20].lower()
    if re.match(r"\s*(?:has\s+|have\s+)?(?:\w+\s+)?(?:" + "|".join(SPEECH_VERBS) + r")\b", after):
        score -= 3.0  # "Moscow said": a government, not a place
    if re.search(r"\bfrom\s+(?:the\s+)?$", before):
        score -= 1.0  # where someone speaks or comes from
    if re.match(r"-based\b", after):
        score -= 4.0
    if any(s <= m.start < e for s, e in datelines):
        score -= 4.0
    if m.place is not None and countries and m.place.country != top_country:
        ratio = countries.get(m.place.country, 0.0) / countries[top_country]
        score -= 4.0 * (1 - ratio) + (1.0 if ratio < 0.5 else 0.0)
    if m.actor and kind == "country":
        score -= 3.0
    score -= 0.1 * min(m.sent, 10)
    return score


def _inside(inner: Mention, outer: Mention) -> bool:
    if inner.container and inner.container == name_key(outer.name):
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
        return (
            same_region
            and name_key(outer.name) == name_key(outer.place.admin1)
            and inner.place != outer.place
        )
    return False


def _datelines(text: str) -> list[tuple[int, int]]:
    head = text[:2000]
    return [(m.start(), m.end()) for m in DATELINE.finditer(head) if m.end() - m.start() < 70]


def _location(m: Mention, gaz: Gazetteer, fallback_country: str | None) -> Location:
    p = m.place
    if p is None:
        return Location(
            name=m.name,
            country=fallback_country,
            kind=m.cue or "place",
            text=m.name,
            span=Span(m.start, m.end),
        )
    return Location(
        name=m.name,
        admin1=p.admin1,
        country=p.country,
        lat=p.lat,
        lon=p.lon,
        kind=p.kind,
        text=m.name,
        span=Span(m.start, m.end),
    )


def find_places(ctx: DocContext) -> tuple[Location, ...]:
    """The incident's places, most specific incident place first, its country last."""
    if not ctx.text.strip():
        return ()
    gaz = get_gazetteer()
    bounds, attack = _sentence_flags(ctx)
    if not bounds:
        return ()
    mentions = _mentions(ctx, bounds)
    countries = _doc_countries(ctx, mentions, gaz)
    top_country = max(countries, key=countries.get) if countries else None
    datelines = _datelines(ctx.text)
    for m in mentions:
        m.place = _resolve(m, gaz, countries)
        m.score = _score(m, ctx.text, attack, datelines, countries, top_country)
    # one entry per place: its best mention, plus a little for being repeated
    best: dict[str, Mention] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        if m.score < 0:
            continue
        key = f"{m.place.name}|{m.place.country}|{m.place.kind}" if m.place else name_key(m.name)
        counts[key] = counts.get(key, 0) + 1
        if key not in best or m.score > best[key].score:
            best[key] = m
    if not best:
        if top_country and (c := gaz.country(top_country)):
            return (Location(name=c.name, country=c.country, kind="country"),)
        return ()
    total = {k: m.score + 0.5 * min(counts[k], 4) for k, m in best.items()}
    ranked = sorted(best.items(), key=lambda kv: (-total[kv[0]], kv[1].start))
    first = ranked[0][1]
    for key, m in ranked[1:4]:  # a place inside the winner, nearly as strong, is more specific
        gap = 3.0 if m.container and m.container == name_key(first.name) else 2.0
        if total[key] >= total[ranked[0][0]] - gap and _inside(m, first):
            first = m
            break
    country = first.place.country if first.place else top_country
    out = [_location(first, gaz, country)]
    seen = {name_key(first.name)}
    for _key, m in ranked[1:]:
        if len(out) >= MAX_PLACES - 1:
            break
        if name_key(m.name) in seen:
            continue
        if m.score >= first.score - 3.0 and (m.place is None or m.place.country == country):
            seen.add(name_key(m.name))
            out.append(_location(m, gaz, country))
    if country and all(loc.kind != "country" for loc in out):
        c = gaz.country(country)
        if c is not None:
            out.append(Location(name=c.name, country=c.country, kind="country"))
    return tuple(out)
