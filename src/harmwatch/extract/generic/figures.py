"""Casualty figures and aggregates in any language, from number mentions and pack words.

A number is a casualty figure when a victim noun or an outcome noun follows it ("400 civils",
"18 morts", "zwei Tote"; one word may stand between: "zwei weiteren Toten"), or when a toll
phrase ends just before it ("la cifra de muertos llegó a 9"). Its outcome is the nearest
kill or injure word of its sentence (after the number preferred: "14 pessoas morreram e 50
ficaram feridas"). Qualifiers just before the number give its bounds ("au moins" -> min only,
"jusqu'à" -> max only, "environ" -> approximate, "entre 20 et 30" -> both). The source is the
sentence's source phrase ("selon X", "laut X") or ``report``. A figure in a sentence with an
aggregate cue ("depuis le début de la guerre", "seit 2022") is an aggregate, kept apart.

Pack ``figures.json`` keys: ``killed``, ``injured`` (outcome words, verbs and nouns),
``killed_nouns``, ``injured_nouns`` (outcome nouns that can follow a number), ``victims``
(group -> nouns), ``qualifiers`` (at_least | up_to | about -> phrases), ``between``, ``and``,
``sources`` (phrases that introduce a source), ``toll`` (toll phrases ending before a number),
``aggregate`` (cumulative cues), ``since`` (words that make a following year a cumulative cue),
``including`` (words introducing a subgroup: "dont", "darunter"), ``combined`` (words joining outcomes into one count: "morts ou blessés"), ``not_figure`` (words
after a number that make it no casualty count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.lexicon import Hit, list_matcher, lists_matcher, table_matcher
from harmwatch.extract.generic.numbers import find_numbers
from harmwatch.extract.generic.text import Layout, layout
from harmwatch.extract.lang import load_pack
from harmwatch.records import Aggregate, Casualty, Span

WINDOW_AFTER = 90  # characters after a number searched for its outcome word
WINDOW_BEFORE = 70
AGGREGATE_MIN = 1000  # a figure at least this large ...
AGGREGATE_FACTOR = 10  # ... and this many times every figure of the lead is an aggregate
LATE_SHARE = 0.5  # ... or, with no figure before it, past this share of the report
_WORD = re.compile(r"\w[\w'’\-]*")
_PUNCT_STOP = re.compile(r"[;:()\[\]«»“”\"]")


@dataclass(frozen=True, slots=True)
class Figures:
    casualties: tuple[Casualty, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()


def find_figures(ctx: DocContext) -> Figures:
    """Casualty figures of the report and the aggregates kept apart from them."""
    lang = ctx.language
    text = ctx.text
    lay = layout(ctx)
    numbers = sorted(find_numbers(text, lang), key=lambda n: n.start)
    if not numbers:
        return Figures()
    outcome_m = lists_matcher(lang, "figures", ("killed", "injured"))
    outcomes = outcome_m.find(text)
    heads = lists_matcher(lang, "figures", ("killed_nouns", "injured_nouns"))
    victims = table_matcher(lang, "figures", "victims")
    quals = table_matcher(lang, "figures", "qualifiers")
    between = list_matcher(lang, "figures", "between")
    and_m = list_matcher(lang, "figures", "and")
    not_fig = list_matcher(lang, "figures", "not_figure")
    toll = list_matcher(lang, "figures", "toll")
    combined = list_matcher(lang, "figures", "combined")
    including = list_matcher(lang, "figures", "including")
    casualties: list[Casualty] = []
    aggregates: list[Aggregate] = []
    seen: set[tuple] = set()
    used_as_max: set[int] = set()
    agg_sentences = _aggregate_sentences(ctx, lay)
    prev: tuple[int, int | None, int] | None = None  # the last figure: sentence, max, end
    for i, n in enumerate(numbers):
        if n.start in used_as_max or n.value <= 0 or n.kind == "article":
            continue  # an article that is also "one" ("un homme") is a lone victim, not a count
        s_start, s_end = lay.sentence_of(n.start)
        # "entre 20 et 30 morts": the second number is the max, and the noun follows it
        upper = _range_upper(text, numbers, i, s_start, between, and_m)
        if upper is not None:
            used_as_max.add(upper.start)
        head_pos = _skip_space(text, (upper or n).end)
        if not_fig.match_at(text, head_pos):
            continue
        head = heads.match_at(text, head_pos)
        victim = victims.match_at(text, head_pos)
        if head is None and victim is None:
            # one word (an adjective) may stand between the number and its noun
            w = _WORD.match(text, head_pos)
            if w and not w.group()[0].isdigit():
                nxt = _skip_space(text, w.end())
                if nxt - w.end() <= 2:
                    head = heads.match_at(text, nxt)
                    victim = victims.match_at(text, nxt)
        # where both could be read, the longer phrase is the noun ("personnes" vs "person")
        group = victim.label if victim else "people"
        outcome: str | None = None
        if head is not None:
            outcome = "killed" if head.label == "killed_nouns" else "injured"
            if combined.find(text, head.end, min(s_end, head.end + 25)):
                continue  # "morts ou blessés": one count of both
        elif victim is not None:
            limit = _next_number_limit(text, numbers, i, victim.end, and_m, including)
            hit = _nearest_outcome(outcomes, n, victim.end, s_start, min(s_end, limit), text)
            if hit is not None and combined.find(text, hit.end, min(s_end, hit.end + 25)):
                continue  # "getötet oder verletzt": one count of both
            outcome = hit.label if hit else None
        else:
            before = text[max(s_start, n.start - WINDOW_BEFORE) : n.start]
            if toll.find(before) and _ends_clause(text, n.end, s_end):
                hits = [
                    h for h in outcomes if s_start <= h.start < n.start and h.start >= n.start - WINDOW_BEFORE
                ]
                if hits:
                    outcome = hits[-1].label
        if outcome is None:
            continue
        lo, hi, approx, vague = _bounds(n, text, s_start, quals)
        if prev is not None and hi is not None and not vague and prev[1] is None and prev[0] == s_start:
            # "mindestens zwei Tote und 20 Verletzte": the qualifier covers the coordinated number
            gap = text[prev[2] : n.start].strip()
            if gap and and_m.match_at(gap, 0) and len(gap) <= 6:
                hi = None
        end = head.end if head else victim.end if victim else n.end
        if upper is not None:
            lo, hi, approx = n.value, upper.value, False
        span = Span(_qual_start(n, text, s_start, quals, between), max(end, n.end))
        phrase = text[span.start : span.end]
        if s_start in agg_sentences:
            aggregates.append(Aggregate(number=n.value, outcome=outcome, text=phrase, span=span))  # type: ignore[arg-type]
            continue
        prev = (s_start, hi, end)
        key = (outcome, lo, hi, group)
        if key in seen:
            continue
        seen.add(key)
        casualties.append(
            Casualty(
                outcome=outcome,  # type: ignore[arg-type]
                min=lo,
                max=hi,
                group=group,
                approximate=approx,
                vague=vague,
                source=_source(ctx, s_start, s_end),
                text=phrase,
                span=span,
            )
        )
    return _apart_by_size(casualties, aggregates, len(text))


def _apart_by_size(casualties: list[Casualty], aggregates: list[Aggregate], text_len: int) -> Figures:
    """A toll far larger than every figure before it is a cumulative one ("4,700 civilians
    since the war began" after "two dead"), even where no cue word says so."""
    kept: list[Casualty] = []
    top = 0
    for c in sorted(casualties, key=lambda c: c.span.start if c.span else 0):
        value = c.min or c.max or 0
        # with no figure before it, a toll that large in the report's tail is background
        # ("more than 5,600 people have been killed" closing a report of one strike)
        late = not top and c.span is not None and c.span.start >= LATE_SHARE * text_len
        if (
            (top or late)
            and value >= AGGREGATE_MIN
            and value >= AGGREGATE_FACTOR * top
            and c.span is not None
        ):
            aggregates.append(Aggregate(number=value, outcome=c.outcome, text=c.text, span=c.span))
            continue
        kept.append(c)
        top = max(top, value)
    return Figures(tuple(kept), tuple(aggregates))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u00a0\u202f\t":
        pos += 1
    return pos


def _ends_clause(text: str, pos: int, s_end: int) -> bool:
    """Nothing noun-like follows the number (it closes a toll phrase)."""
    rest = text[pos:s_end].lstrip()
    return not rest or not rest[0].isalnum() or rest[0].islower()


def _next_number_limit(text: str, numbers: list, i: int, pos: int, and_m, including) -> int:
    """Where the search for this number's outcome word stops: at the next number, unless only
    an "and" joins them ("zwölf Erwachsene und zwei Kinder getötet") or the next is a subgroup
    ("42 Personen, unter ihnen 6 Frauen, seien verletzt worden")."""
    for m in numbers[i + 1 :]:
        if m.start < pos:
            continue
        gap = text[pos : m.start].strip(" ,")
        if not gap or and_m.match_at(gap, 0) and len(gap) <= 6 or including.find(gap) and len(gap) <= 25:
            return len(text)
        return m.start
    return len(text)


def _nearest_outcome(
    outcomes: list[Hit], n, after_pos: int, s_start: int, s_end: int, text: str
) -> Hit | None:
    best: tuple[float, Hit] | None = None
    for h in outcomes:
        if h.start < s_start or h.start >= s_end:
            continue
        if h.start >= after_pos:
            d = h.start - after_pos
            if d > WINDOW_AFTER or _PUNCT_STOP.search(text, after_pos, h.start):
                continue
            score = float(d)
        elif h.end <= n.start:
            d = n.start - h.end
            if d > WINDOW_BEFORE or _PUNCT_STOP.search(text, h.end, n.start):
                continue
            score = d * 1.3
        else:
            continue
        if best is None or score < best[0]:
            best = (score, h)
    return best[1] if best else None


def _qual_hit(text: str, pos: int, s_start: int, quals) -> Hit | None:
    window_start = max(s_start, pos - 30)
    before = text[window_start:pos]
    stripped = before.rstrip()
    found = None
    for h in quals.finditer(text, window_start, window_start + len(stripped)):
        if h.end == window_start + len(stripped):
            found = h
    return found


def _bounds(n, text: str, s_start: int, quals) -> tuple[int | None, int | None, bool, bool]:
    if n.vague:
        return n.value, None, False, True
    lo: int | None = n.value
    hi: int | None = n.value
    approx = False
    if n.approx_max is not None:
        hi, approx = n.approx_max, True
    elif n.approximate:
        approx = True
    q = _qual_hit(text, n.start, s_start, quals)
    if q is not None:
        if q.label == "at_least":
            hi = None
        elif q.label == "up_to":
            lo = None
        elif q.label == "about":
            approx = True
    return lo, hi, approx, False


def _qual_start(n, text: str, s_start: int, quals, between) -> int:
    q = _qual_hit(text, n.start, s_start, quals) or _qual_hit(text, n.start, s_start, between)
    return q.start if q else n.start


def _range_upper(text: str, numbers: list, i: int, s_start: int, between, and_m):
    """The upper number of "entre 20 et 30" / "20 à 30" when ``numbers[i]`` opens a range."""
    if i + 1 >= len(numbers):
        return None
    n, m = numbers[i], numbers[i + 1]
    gap = text[n.end : m.start].strip()
    if not gap or len(gap) > 6 or not and_m.match_at(gap, 0) or and_m.match_at(gap, 0).end != len(gap):
        return None
    return m if _preceded_by(between, text, n.start, s_start) else None


def _preceded_by(matcher, text: str, pos: int, s_start: int) -> bool:
    return _qual_hit(text, pos, s_start, matcher) is not None


def _aggregate_sentences(ctx: DocContext, lay: Layout) -> set[int]:
    """Starts of the sentences that speak of cumulative tolls."""
    lang = ctx.language
    out: set[int] = set()
    for h in list_matcher(lang, "figures", "aggregate").finditer(ctx.text):
        out.add(lay.sentence_of(h.start)[0])
    year = re.compile(r"\s+(?:\w+\s+){0,2}(?:19|20)\d\d(?!\d)")
    months = _month_words(lang)
    for h in list_matcher(lang, "figures", "since").finditer(ctx.text):
        if year.match(ctx.text, h.end) or _month_follows(ctx.text, h.end, months):
            out.add(lay.sentence_of(h.start)[0])
    return out


# "depuis octobre", "seit dem 7. Oktober", "с 24 февраля": a since-word, then at most two short
# words or numbers (an article, a day), then a month name of the pack's dates.json
_SINCE_GAP = re.compile(r"(?:[\s.,]+(?:\d{1,2}|\w{1,3})(?!\w)){0,2}[\s.,]+(\w+)")


@cache
def _month_words(lang: str) -> frozenset[str]:
    months = load_pack(lang).value("dates", "months") or {}
    return frozenset(str(m).lower() for m in months if " " not in str(m))


def _month_follows(text: str, pos: int, months: frozenset[str]) -> bool:
    m = _SINCE_GAP.match(text, pos)
    if m is None:
        return False
    word = m.group(1).lower()
    # Arabic writes the clitic and article on the month ("منذ الشهر"): only whole month names count
    return word in months


def _source(ctx: DocContext, s_start: int, s_end: int) -> str:
    """Who gives the sentence's figures: the words after a source phrase, else ``report``."""
    text = ctx.text
    for h in list_matcher(ctx.language, "figures", "sources").finditer(text, s_start, s_end):
        rest = text[h.end : s_end]
        m = re.match(r"\s*([^,.;:«»“”\"()]{2,80})", rest)
        if m:
            words = m.group(1).split()[:6]
            if words:
                return " ".join(words)
    return "report"
