"""The incident's date, resolved against the publication date; unknown parts stay unknown.

Date phrases are found with regexes ("on Tuesday", "yesterday", "March 17", "8 Oct 2016",
"Saturday and Sunday", "between 30 September and 29 November") and resolved against a reference
day: the report's publication date or, failing it, the latest full date the text itself writes
("April 28, 2016" in a dated caption). Without a reference the year stays unknown
("XXXX-09-30"): a year is never taken from page chrome ("Updated: ... 1970", copyright lines) or
from background ("the war began in 2011"). The phrase chosen is the one attached to the attack:
in a sentence with attack words, early in the text, not a reporting date ("said on Tuesday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from harmwatch.extract.context import DocContext
from harmwatch.extract.dates.url import month_anchor, reference_day
from harmwatch.extract.generic.dates import DATELINE_DASH, TIED, dateline_head, lead_bonus, phrase_bounds
from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms
from harmwatch.records import DateRange, Span

EN = load_pack("en")

MONTHS = EN.table("dates", "months")
WEEKDAYS = tuple(EN.value("dates", "weekdays"))
MONTH = EN.pattern("dates", "month_template")
DAY = r"(?P<{0}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<{0}>(?:19|20)\d\d)"
WEEKDAY = EN.pattern("dates", "weekday_template")

# "Tuesday, April 1, 2016", "March 17", "Oct. 9, 2016"
MONTH_DAY = MONTH.format("m1") + r"\s+" + DAY.format("d1") + r"\b(?:,?\s+" + YEAR.format("y1") + r")?"
# "8 Oct 2016", "27 April", "the 8th of July"
DAY_MONTH = DAY.format("d2") + r"\s+(?:of\s+)?" + MONTH.format("m2") + r"(?:,?\s+" + YEAR.format("y2") + r")?"
ISO = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>0[1-9]|1[0-2])-(?P<d3>[0-2]\d|3[01])"
EXPLICIT = re.compile(
    EN.pattern(
        "dates",
        "explicit",
        weekday_w0=WEEKDAY.format("w0"),
        month_day=MONTH_DAY,
        day_month=DAY_MONTH,
        iso=ISO,
    ),
    re.I,
)
RELATIVE = re.compile(EN.pattern("dates", "relative", weekday_w=WEEKDAY.format("w")), re.I)
MONTH_ONLY = re.compile(
    EN.pattern("dates", "month_only", month_m=MONTH.format("m"), year_y=YEAR.format("y")), re.I
)
RANGE_JOIN = re.compile(EN.pattern("dates", "range_join"), re.I)
ATTACK = re.compile(EN.pattern("dates", "attack"), re.I)
REPORTING = re.compile(EN.pattern("dates", "reporting"), re.I)
# "Amnesty on Wednesday called for ...", "the army on Tuesday denied ...", "the group on Sunday
# apologised for ...": a finite verb of saying or of a stance (speech.json's verbs, the denying,
# admitting, regretting and accusing lemmas of stances.json), in the past, right after the date dates
# the statement, not the attack it is about; not a participle ("the raid on Monday condemned by
# ..."), nor "claimed" ("claimed the lives of")
_STANCE_VERBS = EN.table("stances", "lemma_classes")
_SAID = sorted(
    {
        w
        for w in (
            *EN.value("speech", "speech_verbs"),
            *(
                f
                for k in ("deny_verbs", "admit_verbs", "regret_verbs", "accuse_verbs")
                for lemma in _STANCE_VERBS[k]
                if not lemma.startswith("=") and " " not in lemma
                for f in forms(lemma)
            ),
        )
        if (w.endswith("ed") or w in ("said", "told", "wrote")) and w not in ("claimed", "continued")
    },
    key=len,
    reverse=True,
)
REPORTING_AFTER = re.compile(r"\s+(?:also\s+)?(?:" + "|".join(_SAID) + r")\b", re.I)
CHROME_LINE = re.compile(EN.pattern("dates", "chrome_line"), re.I)
CASUALTIES = re.compile(EN.pattern("dates", "casualties"), re.I)
DATELINE_AFTER = re.compile(r"\s*(?:\)?\s*:|\(\w[\w .]*\)\s*(?:--|-|—|–)|--|—|–)")
RANGE_DIGIT = re.compile(r"\s*(?:--|-|—|–)\s*\d")
CAPTION = re.compile(EN.pattern("dates", "caption"), re.I)
# "(Photo by ... /Getty Images)", "Source: Getty Images": the line is a photo's caption
CREDIT_LINE = re.compile(EN.pattern("dates", "credit_line"))
# "two days after an earlier drone strike ... wounded 6 people on March 4"
OTHER_INCIDENT_BEFORE = re.compile(EN.pattern("dates", "other_incident_before"))
BACKGROUND = re.compile(EN.pattern("dates", "background"), re.I)
# "from the start of May to Oct. 9": the bound of a period the figures cover
PERIOD_BOUND = re.compile(EN.pattern("dates", "period_bound"), re.I)
# "the September 19 report": the date of a document or a meeting, not of an attack
DOCUMENT_AFTER = re.compile(EN.pattern("dates", "document_after"), re.I)
# "the group's October 7 attack": a past attack named by its date
BACKGROUND_BEFORE = re.compile(EN.pattern("dates", "background_before"), re.I)
# "the attack that triggered the war", "fighting sparked by": where the war began
WAR_ORIGIN = re.compile(EN.pattern("dates", "war_origin"), re.I)
EPOCH_YEARS = frozenset({1969, 1970})
# burial and mourning: a date next to them is a funeral's
AFTERMATH = re.compile(EN.pattern("dates", "aftermath"), re.I)
# "JOS, Nigeria, Sept 16 (Reuters) -": an agency in a dateline, no photo caption
DATELINE_AGENCY = re.compile(r"\([A-Z][\w .]{0,30}\)\s*(?:--|-|—|–)")


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # 0 = Monday
    offset: int | None = None  # days before the reference ("yesterday" = 1)
    chrome: bool = False
    score: float = 0.0
    weekend: bool = False
    said: bool = False  # a finite verb of saying right after it ("on Wednesday called for")

    @property
    def vague(self) -> bool:
        """ "last week", "this weekend": no day of their own, no lead's date."""
        return self.offset == 7 or self.weekend

    def resolve(self, ref: date | None) -> str | None:
        """ISO start, with X for what the text and the reference do not give."""
        if self.offset is not None:
            return (ref - timedelta(days=self.offset)).isoformat() if ref else None
        if self.weekday is not None and self.month is None:
            if ref is None:
                return None
            back = (ref.weekday() - self.weekday) % 7
            return (ref - timedelta(days=back)).isoformat()
        if self.month is None:
            return None
        year = self.year
        if year is None and ref is not None and self.day is not None:
            year = ref.year
            try:
                if date(year, self.month, self.day) > ref + timedelta(days=1):
                    year -= 1  # "December 30" in a report of January 2
            except ValueError:
                return None
        y = f"{year:04d}" if year else "XXXX"
        d = f"{self.day:02d}" if self.day else "XX"
        return f"{y}-{self.month:02d}-{d}"


def _month(token: str) -> int:
    return MONTHS[token[:3].lower()]


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "Feb. 29" stays possible
    except ValueError:
        return False
    return True


def _chrome_spans(text: str) -> list[tuple[int, int]]:
    """Lines of page furniture (bylines with times, 'Updated:', copyright) where dates are not the incident's."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if CHROME_LINE.search(line) and len(line) < 200:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _mentions(text: str) -> list[DateMention]:
    chrome = _chrome_spans(text)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in EXPLICIT.finditer(text):
        g = m.groupdict()
        if g["m1"]:
            month, day, year = _month(g["m1"]), int(g["d1"]), g["y1"]
        elif g["m2"]:
            month, day, year = _month(g["m2"]), int(g["d2"]), g["y2"]
        else:
            month, day, year = int(g["m3"]), int(g["d3"]), g["y3"]
        if g["m1"] and g["m1"].lower() == "may" and not m.group(0)[:1].isupper():
            continue  # "may 10 people" is not a date
        y = int(year) if year else None
        if not _valid(y, month, day) or (y is not None and y in EPOCH_YEARS):
            continue
        out.append(DateMention(m.start(), m.end(), y, month, day))
        taken.append((m.start(), m.end()))
    for m in RELATIVE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = (m.group("word") or "").lower()
        if word:
            offset = {"today": 0, "tonight": 0, "this morning": 0, "earlier today": 0, "this weekend": None,
                      "last week": 7, "last weekend": None}.get(word, 1)  # fmt: skip
            if word in ("last weekend", "this weekend"):
                out.append(DateMention(m.start(), m.end(), None, None, None, weekday=5, weekend=True))
            else:
                out.append(DateMention(m.start(), m.end(), None, None, None, offset=offset))
        else:
            out.append(
                DateMention(
                    m.start(), m.end(), None, None, None, weekday=WEEKDAYS.index(m.group("w").lower())
                )
            )
    for m in MONTH_ONLY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.group("m").lower() == "may" and not m.group("m")[:1].isupper():
            continue
        y = int(m.group("y")) if m.group("y") else None
        out.append(DateMention(m.start(), m.end(), y, _month(m.group("m")), None))
    entries = sum(1 for d in out if _entry_head(text, d))
    for d in out:
        # "01 February 2022: In ...", line after line: a dated list's entries, not datelines
        d.chrome = any(s <= d.start < e for s, e in chrome) or (
            _dateline(text, d) and not (entries >= 2 and _entry_head(text, d))
        )
    for d in out:
        # "APRIL 23: Coffins are carried ... on April 23, 2019 in ...": a caption repeats its
        # dateline's day, and is page furniture as the dateline is
        line_start = text.rfind("\n", 0, d.start) + 1
        if (
            not d.chrome
            and d.day
            and any(
                o.chrome and line_start <= o.start < d.start and (o.month, o.day) == (d.month, d.day)
                for o in out
            )
        ):
            d.chrome = True
    out.sort(key=lambda d: d.start)
    return out


def _entry_head(text: str, d: DateMention) -> bool:
    """A full date opening its line ("01 February 2022: ...", "As reported on 24 February 2022:")."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return bool(d.year and d.day and d.start - line_start < 40 and re.match(r"\s*:", text[d.end :]))


def _dateline(text: str, d: DateMention) -> bool:
    """A date that heads a line ("Aug. 3 (UPI) --", "APRIL 23:", "KYIV, Nov 18 - ") or stands alone
    on it (a byline): the day the report was filed, not the incident's."""
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if DATELINE_AFTER.match(text, d.end) and d.start - line_start < 80:
        return True
    if (  # "CITY, Nov 18 - Text": a place, a comma, the date and a dash; "March 3 - 5" is a range
        d.start - line_start < 40
        and dateline_head(text[line_start : d.start].rstrip())
        and DATELINE_DASH.match(text, d.end)
        and not RANGE_DIGIT.match(text, d.end)
    ):
        return True
    return len(line.strip()) < 60 and not ATTACK.search(line)


def _reference(ctx: DocContext, mentions: list[DateMention]) -> date | None:
    """The report's "now" (``dates.url.reference_day``); a dateline here is a date of the page's
    chrome that heads its line."""
    return reference_day(ctx.published, ctx.url_date, mentions, lambda d: d.chrome and _dateline(ctx.text, d))


def _score(
    d: DateMention,
    text: str,
    sents: list[tuple[int, int]],
    others: tuple[int, int] = (0, 1 << 30),
    finite: frozenset[int] = frozenset(),
) -> float:
    """How likely the mention is the incident's date; ``others`` are the end of the date phrase
    before it and the start of the one after it (a funeral word dates the nearest phrase only);
    ``finite`` the ends of the text's finite verbs in the past ("called", not "condemned by")."""
    s_start, s_end = next(((a, b) for a, b in sents if a <= d.start < b), (d.start, d.end))
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    # a sentence never runs over a paragraph (a headline without a full stop, then the lead)
    s_start, s_end = max(s_start, line_start), min(s_end, line_end if line_end >= 0 else len(text))
    sentence = text[s_start:s_end]
    score = 0.0
    if ATTACK.search(sentence):
        score += 3.0
        if CASUALTIES.search(sentence):
            score += 1.0
    if AFTERMATH.search(text, max(s_start, others[0], d.start - 60), d.start) or AFTERMATH.search(
        text, d.end, min(s_end, others[1], d.end + 40)
    ):
        score -= 3.0  # "the victims were buried on Monday", "Sunday was declared a day of mourning"
    if (
        CAPTION.search(DATELINE_AGENCY.sub(" ", sentence))
        or CREDIT_LINE.search(text, line_start, line_end if line_end >= 0 else len(text))
        or _credited(text, line_end)
    ):
        score -= 3.0
    if OTHER_INCIDENT_BEFORE.search(text, s_start, d.start):
        score -= 3.0  # "a week after another air strike ... killed 20 civilians on September 2"
    before = text[max(s_start, d.start - 30) : d.start]
    said = REPORTING_AFTER.match(text, d.end)
    d.said = said is not None and said.end() in finite
    if REPORTING.search(before):
        score -= 2.5  # "said on Tuesday": when it was reported, not when it happened
    if BACKGROUND.search(before) and d.day is None and d.weekday is None and d.offset is None:
        score -= 2.0  # "since March", "in 2014"
        if not re.search(r"\bin\s+$", before):
            return -100.0  # "since November 2021": never the incident's date
    if d.day is None and re.match(r"(?i)(?:since|until|before|after)\b", text[d.start : d.end]):
        return -100.0
    if re.search(r"(?i)\b(?:since|until|before|prior to)\s+$", before):
        return -100.0  # "since Oct. 7": a bound, not the incident
    if d.month is not None and d.day is not None:
        if PERIOD_BOUND.search(text[s_start : d.start]):
            return -100.0  # "from March to Sept. 24": a period's bound
        if DOCUMENT_AFTER.match(text, d.end):
            score -= 3.0  # "the September 19 report"
        if BACKGROUND_BEFORE.search(text[max(s_start, d.start - 4) : d.start]) or WAR_ORIGIN.search(sentence):
            return -100.0  # "the group's October 7 attack", "the attack that triggered the war"
    if d.offset == 7:
        score -= 1.0  # "last week" is vague
    if d.chrome:
        score -= 4.0
    if d.month is not None and d.day is not None:
        score += 1.0  # an explicit day
    elif d.day is None and d.weekday is None and d.offset is None:
        score -= 1.5  # a month only
    score -= 0.0005 * min(d.start, 3000)  # earlier is likelier the incident
    return score


def _statement_days(mentions: list[DateMention]) -> None:
    """A statement's day ("Amnesty on Wednesday called for an inquiry into a strike") gives way
    (-2.5, as a reporting date) to a weekday or a relative day the text ties to the attack ("The
    strike late on Sunday ..."); without one it stays: the incident is then the statement's day."""
    if any(
        not d.said
        and not d.chrome
        and not d.vague
        and d.month is None
        and d.score >= TIED
        and (d.weekday is not None or d.offset is not None)
        for d in mentions
    ):
        for d in mentions:
            if d.said:
                d.score -= 2.5


def _credited(text: str, line_end: int) -> bool:
    """The next line is a short photo credit ("Pics/AFP", "Photo: Reuters"): this line is its caption."""
    if line_end < 0:
        return False
    m = re.match(r"\s*([^\n]*)", text[line_end:])
    nxt = m.group(1).strip() if m else ""
    return 0 < len(nxt) < 40 and CAPTION.search(nxt) is not None


def _range_end(mentions: list[DateMention], i: int, text: str) -> DateMention | None:
    if i + 1 >= len(mentions):
        return None
    a, b = mentions[i], mentions[i + 1]
    if RANGE_JOIN.match(text[a.end : b.start]) and (a.weekday is None) == (b.weekday is None):
        return b
    return None


def find_date(ctx: DocContext) -> DateRange:
    text = ctx.text
    mentions = _mentions(text)
    if not mentions:
        return _published(ctx)
    ref = _reference(ctx, mentions)
    sents = [(s.start_char, s.end_char) for s in ctx.doc.sents]
    finite = frozenset(t.idx + len(t) for t in ctx.doc if t.tag_ == "VBD")
    for k, d in enumerate(mentions):
        d.score = _score(d, text, sents, phrase_bounds(text, mentions, k), finite)
    _statement_days(mentions)
    if ref is not None:  # without a reference the lead's "on Sunday" gives no day: no preference
        lead_bonus(mentions, sents, text)
    order = sorted(range(len(mentions)), key=lambda i: (-mentions[i].score, mentions[i].start))
    for i in order:
        best = mentions[i]
        if best.score < -50:
            break
        month_ref = month_anchor(ctx.published, ctx.url_date)
        use_month = ref is None and month_ref is not None and best.month is not None and best.year is None
        start = best.resolve(month_ref if use_month else ref)
        if start is None and best.weekday is None and best.offset is None:
            continue
        if start and ref and start[:4] != "XXXX" and "X" not in start and start > ref.isoformat():
            continue  # after the report (a later caption or update): not the incident
        end_m = _range_end(mentions, i, text)
        end = end_m.resolve(ref) if end_m else start
        if (
            end_m is not None
            and best.year is None
            and end_m.year is not None
            and start
            and start[:4] == "XXXX"
        ):
            start = f"{end_m.year:04d}{start[4:]}"  # "30 October - 1 November 2014"
        stop = end_m.end if end_m else best.end
        return DateRange(start=start, end=end, text=text[best.start : stop], span=Span(best.start, stop))
    return _published(ctx)


def _published(ctx: DocContext) -> DateRange:
    """No date in the text: reports are about the day they appear (the gold convention), when known."""
    if ctx.published is None:
        return DateRange()
    day = ctx.published.isoformat()
    return DateRange(start=day, end=day)
