"""What a report in a language without a pack still says: where, and how many, in digits.

Public API::

    unclassified_event(ctx, places) -> Event | None
    digit_figures(ctx, limit=LEAD_CHARS) -> tuple[Casualty, ...]

No word of the language is read, so nothing is guessed: no sub-event type, weapon, perpetrator,
targets or date, and no figure says whether its people were killed or injured (``outcome:
"unknown"``: never counted as killed). The event is ``unclassified`` and is made only where the
report's lead (its sentences that begin in the first LEAD_CHARS characters, where a news report
states what happened) names both a specific place (a town or a region the gazetteer knows, not a
country) and a number written in digits. Such a report may as well be about a flood or a
football match: the linker joins an unclassified event to an incident only on strong evidence
(the same place, a shared figure, no contradicting date: ``link/cluster.py``), never lets it
found a chain, and the review pages show it as unclassified.

Places: those of the places stage, and, since no pack says how the language inflects a name,
a capitalised word of the lead that the stage left aside and whose ending, taken off (one or two
letters, or one letter for an "a"), leaves a name the gazetteer knows: "Harkivu", "Kramatorsku"
(locatives) are Kharkiv and Kramatorsk, "Odesi" is Odesa. Only a city of INFLECTED_MIN_POP people
or a region, never the first word of a sentence (any capitalised word stands there: "Napad",
attack, is no Napa), and all in one country: one the report names, else that of the largest
such place. The name as written (uninflected) is left to the places stage and its guards.

Digits that are no count: times, decimals, percentages and codes (``numbers.find_numbers``);
four-digit years 1900-2100; numbers with a leading zero; the parts of a date written in digits
("2024-05-12", "12/05/2024"); a day before or after a month name of the language (CLDR's month
names through babel: wide and abbreviated, format and stand-alone forms, so the genitive
"ožujka" as well as "ožujak"); and a number written with an ordinal point before a lower-case
word ("14. ožujka", "3. listopadu", "5. kerran"), the way many European languages write a day or
an ordinal.
"""

from __future__ import annotations

import re
from functools import cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.numbers import find_numbers
from harmwatch.extract.generic.text import (
    LEAD_CHARS,  # a sentence starting here or later is not the lead
    layout,
)
from harmwatch.extract.places.gazetteer import Place, get_gazetteer
from harmwatch.records import Casualty, Event, Location, Span

MIN_FIGURE = 2  # a lone "1" is more often "one of" or a list number than a count
MAX_FIGURES = 6  # the lead's first numbers; a table of figures is no incident report
NO_PACK = "und"  # find_numbers without any language data: digits only
INFLECTED_MIN_POP = 50_000  # an inflected name is taken for a city this size or larger
MIN_STEM = 4  # letters left once an ending is taken off

_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s*$")
_ORDINAL_POINT = re.compile(r"\.[ \u00a0]+[^\W\d_]")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}([-./])\d{1,2}\1\d{1,4}(?!\d)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[\s\"'«»„“”()\[\]-]*$")
_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_]{3,}")  # its first letter upper case


@cache
def month_names(language: str) -> frozenset[str]:
    """Lower-cased month names of ``language`` from CLDR (every width and context babel gives);
    empty for a code CLDR does not know."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for name in get_month_names(width, context, locale).values():
                names.add(name.lower().rstrip("."))
    return frozenset(n for n in names if len(n) >= 3)


def lead_end(ctx: DocContext, limit: int = LEAD_CHARS) -> int:
    """Where the report's lead ends: after the last sentence that begins before ``limit``."""
    end = 0
    for sent in ctx.doc.sents:
        if sent.start_char >= limit:
            break
        end = sent.end_char
    return end or min(len(ctx.text), limit)


def digit_figures(ctx: DocContext, limit: int = LEAD_CHARS) -> tuple[Casualty, ...]:
    """The numbers in digits of the report's lead that may be counts, as figures of unknown outcome."""
    text, end = ctx.text, lead_end(ctx, limit)
    months = month_names(ctx.language)
    out: list[Casualty] = []
    for n in find_numbers(text[:end], NO_PACK):
        if n.kind != "digits" or n.vague or n.value < MIN_FIGURE:
            continue
        if _not_a_count(text, n.start, n.end, n.value, months):
            continue
        out.append(
            Casualty(
                outcome="unknown",
                min=n.value,
                max=n.value,
                text=text[n.start : n.end],
                span=Span(n.start, n.end),
            )
        )
        if len(out) == MAX_FIGURES:
            break
    return tuple(out)


def _not_a_count(text: str, start: int, end: int, value: int, months: frozenset[str]) -> bool:
    digits = text[start:end]
    if re.fullmatch(r"\d{4}", digits) and 1900 <= value <= 2100:
        return True  # a year
    if digits.startswith("0"):
        return True  # "05": a month, a day or a code, never a count
    for m in _NUMERIC_DATE.finditer(text, max(0, start - 11), min(len(text), end + 11)):
        if m.start() <= start and end <= m.end():
            return True  # a part of "2024-05-12" or "12/05/2024"
    if _ORDINAL_POINT.match(text, end):
        return True  # "14. ožujka": a day or an ordinal
    after = _WORD_AFTER.match(text, end)
    if after and after.group(1).lower() in months:
        return True  # "14 ožujka", "3 mart"
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return bool(before and before.group(1).lower() in months)  # "March 14"


def unclassified_event(ctx: DocContext, places: tuple[Location, ...]) -> Event | None:
    """The conservative event of a report without a pack, or None where its lead does not name
    both a specific place and a number in digits."""
    end = lead_end(ctx)
    lead_places = [p for p in places if p.kind != "country" and p.span is not None and p.span.start < end]
    inflected = inflected_places(ctx, places, end)
    lead_places = sorted(lead_places + list(inflected), key=lambda p: p.span.start if p.span else 0)
    if not lead_places:
        return None
    figures = digit_figures(ctx)
    if not figures:
        return None
    first = lead_places[0]
    seen = {(first.country, first.name)}
    ordered = [first]
    for p in (*places, *inflected):
        if (p.country, p.name) not in seen:
            seen.add((p.country, p.name))
            ordered.append(p)
    anchor = figures[0].span
    sentence = Span(*layout(ctx).sentence_of(anchor.start)) if anchor else None
    return Event(
        main=True,
        sub_event_type=None,
        locations=tuple(ordered),
        casualties=figures,
        span=sentence,
        unclassified=True,
    )


def inflected_places(ctx: DocContext, places: tuple[Location, ...], end: int) -> tuple[Location, ...]:
    """Places of the lead written with a case ending the places stage could not take off (see the
    module's docstring), one per place, in text order."""
    taken = [(p.span.start, p.span.end) for p in places if p.span is not None]
    # a place the stage found in the lead already; one it found only later is found here again
    known = {(p.country, p.name) for p in places if p.span is not None and p.span.start < end}
    countries = {p.country for p in places if p.country}
    gaz = get_gazetteer()
    found: list[tuple[re.Match[str], Place]] = []
    for m in _CAPITALISED.finditer(ctx.text, 0, end):
        if not m.group(0)[0].isupper() or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _SENTENCE_START.search(ctx.text, 0, m.start()):
            continue
        place = _uninflected(m.group(0), gaz, countries)
        if place is not None and (place.country, place.name) not in known:
            known.add((place.country, place.name))
            found.append((m, place))
    if found and not countries:
        countries = {max(found, key=lambda f: f[1].population)[1].country}
    out: list[Location] = []
    for m, place in found:
        if place.country not in countries:
            continue
        out.append(
            Location(
                name=place.name,
                admin1=place.admin1,
                country=place.country,
                lat=place.lat,
                lon=place.lon,
                kind=place.kind,
                text=m.group(0),
                span=Span(m.start(), m.end()),
            )
        )
    return tuple(out)


def _uninflected(word: str, gaz, countries: set[str]) -> Place | None:
    stems = [word[:-1], word[:-2], word[:-1] + "a"]
    for stem in stems:
        if len(stem) < MIN_STEM or stem == word:
            continue
        for found in gaz.find(stem):
            p = found.place
            if p.kind == "country" or found.inflected or (countries and p.country not in countries):
                continue
            if p.kind == "admin1" or p.population >= INFLECTED_MIN_POP:
                return p
    return None
