"""The incident's date in any language, resolved against the publication date; unknown parts stay unknown.

:func:`find_date` finds date phrases with the words of the pack ``lang/<code>/dates.json``:

- a day and a month, with an optional year: "le 3 mars 2024", "3. März", "3 de marzo de 2024",
  "3 березня", "3 марта 2024 года", "3 آذار/مارس"; a range "du 3 au 5 mars", "3-5 березня";
  numeric "03.03.2024" (day first) and ISO dates;
- a month with a year or a preposition: "en mars 2024", "im März", "у березні";
- a weekday, with or without its preposition or time of day: "dimanche matin", "am Sonntag",
  "el domingo", "у неділю", "в воскресенье", "يوم الأحد", "Sonntagabend";
- a relative day: "hier", "gestern", "ayer", "ontem", "вчера", "вчора", "أمس" (days before the
  reference), "aujourd'hui"...

Weekdays and relative days are resolved against the report's publication date (the most recent
such day on or before it; given, else the day its URL gives), or failing it the day of its
dateline ("Maputo, 13 abr (Lusa) –", its year from the URL's month), or the latest full date the
text writes (one in the URL's month, where the URL gives a month); a day and month, or a month
alone, without a year take the reference's year, else the URL month's; without any the year
stays unknown ("XXXX-03-03") and a weekday gives no day. The phrase chosen is the one tied to
the attack: in a sentence with attack words (dates.json's own, and the event and casualty words
of events.json and figures.json), early in the text, not a reporting date ("a déclaré dimanche",
"28 января сообщила"), not a bound ("depuis mars", "منذ انقلاب 25 أكتوبر"), not page furniture
(bylines, "publié le"). A bound is no reference for the year either. No text date: the
publication date (the gold convention); ``dateparser`` is not needed, the pack's month and
weekday tables read every absolute phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Protocol

from harmwatch.extract.context import DocContext
from harmwatch.extract.dates.url import month_anchor, reference_day
from harmwatch.extract.generic.numbers import _TRANSLATE, _norm_with, norm_token, strip_clitics
from harmwatch.extract.lang import load_pack
from harmwatch.records import DateRange, Span

_TOKEN = re.compile(
    r"(?P<d>\d+)|(?P<w>(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640])+"
    r"(?:['’ʼ-](?:[^\W\d_]|[\u064b-\u065f])+)*)"
)
_EPOCH_YEARS = frozenset({1969, 1970})
_NUMERIC = re.compile(
    r"(?<![\d./-])(?:(?P<d>[0-3]?\d)(?P<s>[./-])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)"
    r"|(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))(?![\d./-]?\d)"
)


class _Spanned(Protocol):
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    norm: str
    digits: bool


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    weekday: int | None = None  # 0 = Monday
    offset: int | None = None  # days before the reference ("hier" = 1)
    end_day: int | None = None  # a range's last day ("du 3 au 5 mars")
    chrome: bool = False
    dateline: bool = False  # the filing day of a dateline ("Maputo, 13 abr (Lusa) –"): the report's own day
    background: bool = False  # a background word before it ("aniversário", "dois anos após")
    reported: bool = False  # next to a reporting verb: when it was said ("pediu nesta quarta-feira")
    last: bool = False  # "last Tuesday": a week back where the report is from a Tuesday
    anaphoric: bool = False  # "накануне", "la veille": the eve of a day the text may have named
    score: float = 0.0
    weekend: bool = False  # "fim de semana", "week-end": its Saturday, no day of its own

    @property
    def vague(self) -> bool:
        """A weekend gives no day of its own: no lead's date."""
        return self.weekend

    def resolve(self, ref: date | None, day: int | None = None) -> str | None:
        """ISO date, with X for what the text and the reference do not give."""
        if self.offset is not None:
            return (ref - timedelta(days=self.offset)).isoformat() if ref else None
        if self.month is None and self.day is not None:
            return _numbered_day(ref, self.day, self.weekday)
        if self.weekday is not None and self.month is None:
            if ref is None:
                return None
            back = (ref.weekday() - self.weekday) % 7 or (7 if self.last else 0)
            return (ref - timedelta(days=back)).isoformat()
        if self.month is None:
            return None
        d = self.day if day is None else day
        year = self.year
        if year is None and ref is not None and d is not None:
            year = ref.year
            try:
                if date(year, self.month, d) > ref + timedelta(days=1):
                    year -= 1  # "30 décembre" in a report of 2 January
            except ValueError:
                return None
        elif year is None and ref is not None:
            # a month alone ("в январе", "em março"): the latest such month on or before the reference
            year = ref.year - (self.month > ref.month)
        y = f"{year:04d}" if year else "XXXX"
        dd = f"{d:02d}" if d else "XX"
        return f"{y}-{self.month:02d}-{dd}"


def _numbered_day(ref: date | None, day: int, weekday: int | None) -> str | None:
    """A day of the month without its month ("no dia 3", "domingo (10)"): the latest such day on
    or before the reference. A weekday with it that names another day of the last week gives way
    to the number where both cannot hold."""
    if ref is None:
        return None
    if weekday is not None:
        back = ref - timedelta(days=(ref.weekday() - weekday) % 7)
        if back.day == day:
            return back.isoformat()
    year, month = ref.year, ref.month
    for _ in range(3):  # a 31st looks back past the shorter months
        if day <= ref.day or (year, month) != (ref.year, ref.month):
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                pass
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


@dataclass(frozen=True)
class _Lang:
    code: str
    months: dict[str, int]
    month_words: dict[tuple[str, ...], int]  # multi-word months ("كانون الثاني")
    weekdays: dict[str, int]
    weekdays_with_prep: dict[str, int]
    weekday_preps: frozenset[str]
    weekday_last: frozenset[str]  # "passado", "dernier", "vergangenen", "الماضي"
    part_preps: frozenset[str]  # "de" of "na madrugada de segunda": a weekday's preposition after a day part
    compound_parts: tuple[str, ...]
    relative: dict[tuple[str, ...], int]
    relative_first: frozenset[str]  # first words of the relative phrases
    anaphoric: frozenset[tuple[str, ...]]  # relative days that may count from a day named before
    weekend: frozenset[tuple[str, ...]]  # "fim de semana", "week-end": its Saturday
    day_nouns: frozenset[str]  # "dia", "día": a day number without its month follows
    day_words: dict[tuple[str, ...], int]  # days written in words ("الثامن عشر" 18)
    day_words_first: frozenset[str]
    month_linkers: frozenset[str]  # between the day and the month ("3 de marzo")
    month_preps: frozenset[str]  # before a month alone ("en mars", "im März")
    day_parts: frozenset[str]
    day_linkers: frozenset[str]
    year_linkers: frozenset[str]
    year_after: frozenset[str]
    range_joiners: frozenset[str]
    bounds: frozenset[str]
    background: frozenset[str]  # "aniversário", "anos": a dated year before them is a past event
    since: frozenset[str]  # "since" words: a date two words after them is still a bound
    since_clauses: frozenset[tuple[str, ...]]  # "после того как": a since word opening a clause
    reporting: tuple[tuple[str, ...], ...]
    attack_words: frozenset[str]
    attack_stems: tuple[str, ...]
    aftermath_stems: tuple[str, ...]  # burial and mourning: "enterrados", "похоронили", "funérailles"
    chrome: tuple[str, ...]
    complementizers: frozenset[str]
    night_words: frozenset[str]  # "nuit", "Nacht", "ніч", "ليلة"
    night_to: frozenset[str]  # "au", "zum", "на", "إلى": the night's later day follows
    occurred: tuple[str, ...]  # "aconteceu", "ereignete", "произошл", "وقع": when the incident happened
    char_map: dict[int, str]


@cache
def _lang(code: str) -> _Lang:
    d: dict[str, Any] = load_pack(code).data("dates")
    norm_cfg = load_pack(code).data("numbers").get("normalize", {})
    char_map = {ord(k): v for k, v in norm_cfg.get("char_map", {}).items()}

    def n(w: str) -> str:
        return _norm_with(w, char_map)

    def words(w: str) -> tuple[str, ...]:
        return tuple(n(m.group(0)) for m in _TOKEN.finditer(w.translate(_TRANSLATE)))

    months: dict[str, int] = {}
    month_words: dict[tuple[str, ...], int] = {}
    for k, v in d.get("months", {}).items():
        ws = words(k)
        if len(ws) == 1:
            months[ws[0]] = int(v)
        elif ws:
            month_words[ws] = int(v)
    attack = [n(w) for w in d.get("attack", [])]
    relative = {words(k): int(v) for k, v in d.get("relative", {}).items() if words(k)}
    day_words = {words(k): int(v) for k, v in d.get("day_words", {}).items() if words(k)}
    return _Lang(
        code=code,
        months=months,
        month_words=month_words,
        weekdays={n(k): int(v) for k, v in d.get("weekdays", {}).items()},
        weekdays_with_prep={n(k): int(v) for k, v in d.get("weekdays_with_prep", {}).items()},
        weekday_preps=frozenset(n(w) for w in d.get("weekday_preps", [])),
        weekday_last=frozenset(n(w) for w in d.get("weekday_last", [])),
        part_preps=frozenset(n(w) for w in d.get("part_preps", [])),
        compound_parts=tuple(n(w) for w in d.get("weekday_compound_parts", [])),
        relative=relative,
        relative_first=frozenset(w[0] for w in relative),
        anaphoric=frozenset(words(w) for w in d.get("anaphoric", []) if words(w)),
        weekend=frozenset(words(w) for w in d.get("weekend", []) if words(w)),
        day_nouns=frozenset(n(w) for w in d.get("day_nouns", [])),
        day_words=day_words,
        day_words_first=frozenset(w[0] for w in day_words),
        month_linkers=frozenset(n(w) for w in d.get("month_linkers", [])),
        month_preps=frozenset(n(w) for w in d.get("month_preps", [])),
        day_parts=frozenset(n(w) for w in d.get("day_parts", [])),
        day_linkers=frozenset(n(w) for w in d.get("day_linkers", [])),
        year_linkers=frozenset(n(w) for w in d.get("year_linkers", [])),
        year_after=frozenset(n(w) for w in d.get("year_after", [])),
        range_joiners=frozenset(n(w) for w in d.get("range_joiners", [])),
        bounds=frozenset(n(w) for w in d.get("bounds", [])),
        background=frozenset(n(w) for w in d.get("background", [])),
        since=frozenset(n(w) for w in d.get("since", [])),
        since_clauses=frozenset(words(w) for w in d.get("since_clauses", []) if words(w)),
        reporting=tuple(words(w) for w in (*d.get("reporting", []), *_speech_verbs(code)) if words(w)),
        attack_words=frozenset(w for w in attack if len(w) <= 3),
        attack_stems=tuple(w for w in attack if len(w) > 3),
        aftermath_stems=tuple(n(w) for w in d.get("aftermath", [])),
        chrome=tuple(n(w) for w in d.get("chrome", [])),
        complementizers=frozenset(n(w) for w in d.get("complementizers", [])),
        night_words=frozenset(n(w) for w in d.get("night_words", [])),
        night_to=frozenset(n(w) for w in d.get("night_to", [])),
        occurred=tuple(n(w) for w in d.get("occurred", [])),
        char_map=char_map,
    )


def _speech_verbs(code: str) -> list[str]:
    """The speech pack's verbs of saying, every form ("disse", "disseram", "сообщили"): a date
    next to one is when something was said. A form that is also a range word ("بين": "he showed"
    and "between", as in "بين 3 و5 آذار") is left out."""
    pack = load_pack(code)
    verbs = pack.data("speech").get("speech_verbs", [])
    ranges = {
        w.lower()
        for w in (*pack.data("figures").get("between", []), *pack.data("dates").get("range_joiners", []))
    }
    return [form for v in verbs for form in v.split("|") if form.lower() not in ranges]


def _tokens(text: str, L: _Lang) -> list[_Tok]:
    plain = text.translate(_TRANSLATE)
    return [
        _Tok(
            m.start(),
            m.end(),
            m.group(0) if m.group("d") else norm_token(m.group(0), L.code),
            bool(m.group("d")),
        )
        for m in _TOKEN.finditer(plain)
    ]


def _gap(text: str, a: _Tok, b: _Tok, allowed: str = " \u00a0\u202f\t") -> bool:
    """Only spaces (or the allowed characters) between two tokens."""
    return all(c in allowed for c in text[a.end : b.start]) and b.start - a.end <= 3


def _lookup(L: _Lang, norm: str, table: Any) -> str | None:
    return strip_clitics(norm, L.code, table)


def _month_at(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[int, int] | None:
    """(month, index of its last token) for a month name at token i (single or multi-word)."""
    if i >= len(toks) or toks[i].digits:
        return None
    for words, month in L.month_words.items():
        k = len(words)
        seq = toks[i : i + k]
        if (
            len(seq) == k
            and _lookup(L, seq[0].norm, {words[0]})
            and all(t.norm == w for t, w in zip(seq[1:], words[1:], strict=False))
        ):
            return month, i + k - 1
    key = _lookup(L, toks[i].norm, L.months)
    if key is None:
        return None
    return L.months[key], i


def _after_month(L: _Lang, toks: list[_Tok], j: int, text: str) -> int:
    """Skip an alternative month name right after one ("آذار/مارس", "آذار (مارس)")."""
    if j + 1 < len(toks) and _gap(text, toks[j], toks[j + 1], " /()"):
        other = _month_at(L, toks, j + 1, text)
        if other is not None:
            j = other[1]
            if text[toks[j].end : toks[j].end + 1] == ")":
                return j
    return j


def _year_at(L: _Lang, toks: list[_Tok], j: int, text: str) -> tuple[int, int] | None:
    """(year, last index) for a year after token j ("2024", "de 2024", "2024 года")."""
    k = j + 1
    if k < len(toks) and toks[k].norm in L.year_linkers and _gap(text, toks[j], toks[k], " ,"):
        k += 1
    if k < len(toks) and toks[k].digits and len(toks[k].norm) == 4 and _gap(text, toks[k - 1], toks[k], " ,"):
        y = int(toks[k].norm)
        if 1900 <= y <= 2100:
            if (
                k + 1 < len(toks)
                and toks[k + 1].norm.rstrip(".") in L.year_after
                and _gap(text, toks[k], toks[k + 1])
            ):
                k += 1
            return y, k
    return None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _mentions(text: str, L: _Lang, toks: list[_Tok]) -> list[_Mention]:
    out: list[_Mention] = []
    taken: set[int] = set()  # token indices already in a mention
    plain = text.translate(_TRANSLATE)
    for m in _NUMERIC.finditer(plain):
        if m.group("d") and m.group("s") == "-" and not _dash_date_ok(plain, m):
            continue
        if m.group("d"):
            day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        else:
            day, month, year = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
        if 1 <= month <= 12 and _valid(year, month, day) and year not in _EPOCH_YEARS:
            out.append(_Mention(m.start(), m.end(), year, month, day))
            taken.update(i for i, t in enumerate(toks) if m.start() <= t.start < m.end())
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        got = _day_month(L, toks, i, text) or _month_only(L, toks, i, text) or _weekday(L, toks, i, text)
        got = got or _relative(L, toks, i, text) or _weekend(L, toks, i, text) or _day_noun(L, toks, i, text)
        if got is None:
            i += 1
            continue
        mention, last = got
        out.append(mention)
        taken.update(range(i, last + 1))
        i = last + 1
    out.sort(key=lambda d: d.start)
    return out


def _dash_date_ok(plain: str, m: re.Match[str]) -> bool:
    """ "10-03-2024" is a date where the digits stand alone, not inside a longer code."""
    return not re.match(r"[-\w]", plain[m.end() : m.end() + 1])


def _day_at(toks: list[_Tok], i: int, text: str) -> int | None:
    t = toks[i]
    if not t.digits or len(t.norm) > 2:
        return None
    day = int(t.norm)
    return day if 1 <= day <= 31 else None


def _skip_day_suffix(toks: list[_Tok], i: int, text: str) -> int:
    """Index of the last token of a day: "3", "3." "1er", "3-го" (the suffix is glued to the digits)."""
    if i + 1 < len(toks) and toks[i + 1].start - toks[i].end <= 1 and not toks[i + 1].digits:
        between = text[toks[i].end : toks[i + 1].start]
        if (between in ("", "-") and len(toks[i + 1].norm) <= 3) or (
            between == "." and toks[i + 1].norm in "ºª"
        ):
            # "1er", "3-го", "1.º" (not "3.Mai")
            return i + 1
    return i


def _day_month(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    day = _day_at(toks, i, text)
    if day is None:
        word = _day_word_at(L, toks, i, text)
        if word is None:
            return None
        day, j = word
    else:
        j = _skip_day_suffix(toks, i, text)
    end_day = None
    # a range: "3-5 mars", "du 3 au 5 mars", "3. bis 5. März"
    k = j + 1
    if k < len(toks) and toks[k].norm in L.range_joiners:
        n = k + 1
        if n < len(toks) and toks[n].norm in L.day_linkers:
            n += 1  # "entre le 12 et le 19 octobre"
        if n < len(toks) and _day_at(toks, n, text):
            end_day = _day_at(toks, n, text)
            j = _skip_day_suffix(toks, n, text)
    elif (
        k < len(toks)
        and _day_at(toks, k, text)
        and re.fullmatch(r"\s*[-–]\s*", text[toks[j].end : toks[k].start])
    ):
        end_day = _day_at(toks, k, text)
        j = _skip_day_suffix(toks, k, text)
    k = j + 1
    if k < len(toks) and toks[k].norm in L.month_linkers:
        k += 1  # "3 de marzo", "الثامن عشر من نيسان"
    if k >= len(toks) or toks[k].start - toks[k - 1].end > 3:
        return None
    got = _month_at(L, toks, k, text)
    if got is None:
        return None
    month, last = got
    last = _after_month(L, toks, last, text)
    year = None
    y = _year_at(L, toks, last, text)
    if y is not None:
        year, last = y
    if not _valid(year, month, day) or (
        end_day is not None and (end_day <= day or not _valid(year, month, end_day))
    ):
        return None
    if year in _EPOCH_YEARS:
        return None
    return _Mention(toks[i].start, toks[last].end, year, month, day, end_day=end_day), last


def _day_word_at(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[int, int] | None:
    """A day written in words ("الثامن عشر", "premier"): (day, index of its last token)."""
    if toks[i].digits or _lookup(L, toks[i].norm, L.day_words_first) is None:
        return None
    best: tuple[int, int] | None = None
    for words, day in L.day_words.items():
        k = len(words)
        seq = toks[i : i + k]
        if len(seq) != k or (best is not None and i + k - 1 <= best[1]):
            continue
        if _lookup(L, seq[0].norm, {words[0]}) is None:
            continue
        if all(_lookup(L, a.norm, {w}) is not None for a, w in zip(seq[1:], words[1:], strict=False)):
            best = (day, i + k - 1)
    return best


def _month_only(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    got = _month_at(L, toks, i, text)
    if got is None:
        return None
    month, last = got
    last = _after_month(L, toks, last, text)
    y = _year_at(L, toks, last, text)
    if y is not None:
        return _Mention(toks[i].start, toks[y[1]].end, y[0], month, None), y[1]
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and (
        prev.norm in L.month_preps or prev.norm in L.day_linkers or prev.norm in L.bounds
    ):
        return _Mention(toks[i].start, toks[last].end, None, month, None), last
    return None


def _weekday(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    t = toks[i]
    if t.digits:
        return None
    key = _lookup(L, t.norm, L.weekdays)
    wd = L.weekdays[key] if key is not None else None
    if wd is None and t.norm in L.weekdays_with_prep and i > 0 and toks[i - 1].norm in L.weekday_preps:
        wd = L.weekdays_with_prep[t.norm]
    if (
        wd is None
        and t.norm in L.weekdays_with_prep
        and i > 1
        and toks[i - 1].norm in L.part_preps
        and toks[i - 2].norm in L.day_parts
    ):
        wd = L.weekdays_with_prep[t.norm]  # "na madrugada de segunda", not "de segunda mão"
    if wd is None and L.compound_parts:  # "Sonntagabend"
        for form, value in L.weekdays.items():
            if t.norm.startswith(form) and t.norm[len(form) :] in L.compound_parts:
                wd = value
                break
    if wd is None:
        return None
    start, last = t.start, i
    if i > 0 and toks[i - 1].norm in L.day_linkers and _gap(text, toks[i - 1], t):
        start = toks[i - 1].start
    if i + 1 < len(toks) and toks[i + 1].norm in L.day_parts and _gap(text, t, toks[i + 1]):
        last = i + 1
    mention = _Mention(start, toks[last].end, None, None, None, weekday=wd)
    # "no último domingo", "el martes pasado", "am vergangenen Dienstag", "الثلاثاء الماضي"
    near = [toks[k] for k in (i - 2, i - 1, i + 1, last + 1) if 0 <= k < len(toks) and k != i]
    mention.last = any(
        _lookup(L, x.norm, L.weekday_last) and _same_phrase(text, min(x.start, t.start), max(x.end, t.end))
        for x in near
    )
    mention, last = _day_in_brackets(mention, toks, last, text)
    return _day_after_weekday(L, mention, toks, last, text)


def _day_after_weekday(
    L: _Lang, mention: _Mention, toks: list[_Tok], last: int, text: str
) -> tuple[_Mention, int]:
    """A weekday's day of the month right after it, its month left out: "dans la nuit de samedi 21
    à dimanche 22 juin", "domingo 31"; a month after the number makes it a day and month of its
    own ("lundi 6 octobre"), read at the number. A number that a content word follows is a count
    ("a tué dimanche 12 civils", "matou esta terça-feira 20 pessoas", "убил в воскресенье 12
    мирных жителей"); a short word after it is a preposition ("domingo 10 num bar", "samedi 21 à
    dimanche 22")."""
    k = last + 1
    if mention.day is not None or k >= len(toks) or not _gap(text, toks[last], toks[k], " \u00a0"):
        return mention, last
    day = _day_at(toks, k, text)
    if day is None or _day_month(L, toks, k, text) is not None:
        return mention, last
    if re.match(r"[./:,-]?\d|\w|[.:]\d", text[toks[k].end : toks[k].end + 2]):
        return mention, last  # "samedi 21h", "domingo 10:30", "domingo 3.5"
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if (
        nxt is not None
        and not nxt.digits
        and _gap(text, toks[k], nxt, " \u00a0")
        and len(nxt.norm) > 3
        and nxt.norm not in L.day_linkers
        and nxt.norm not in L.range_joiners
        and nxt.norm not in L.night_to
    ):
        return mention, last  # "a tué dimanche 12 civils", "الأحد 12 مدنيا": a count after the weekday
    mention.day, mention.end = day, toks[k].end
    return mention, k


def _same_phrase(text: str, start: int, end: int) -> bool:
    """No punctuation between two words of one phrase ("domingo passado", not "domingo, último dia")."""
    return end - start < 40 and not re.search(r"[,.;:()!?\n]", text[start:end])


_BRACKET_DAY = re.compile(r"[ \u00a0]?\((?P<d>[0-3]?\d)(?:[./](?P<m>[01]?\d))?\)")


def _day_in_brackets(mention: _Mention, toks: list[_Tok], last: int, text: str) -> tuple[_Mention, int]:
    """A weekday's day of the month in brackets, the Brazilian way: "na segunda-feira (11)",
    "no domingo (10/3)"; the mention then spans the brackets and holds the day (and month)."""
    m = _BRACKET_DAY.match(text, mention.end)
    if m is None:
        return mention, last
    day, month = int(m.group("d")), int(m.group("m")) if m.group("m") else None
    if not 1 <= day <= 31 or (month is not None and not (1 <= month <= 12 and _valid(None, month, day))):
        return mention, last
    mention.day, mention.month, mention.end = day, month, m.end()
    if month is not None:
        mention.weekday = None  # a day and a month: resolved like "10 de março"
    while last + 1 < len(toks) and toks[last + 1].start < m.end():
        last += 1
    return mention, last


def _weekend(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    """ "neste fim de semana", "am Wochenende": the weekend's Saturday, counted back like a weekday."""
    if toks[i].digits:
        return None
    for words in L.weekend:
        k = len(words)
        seq = toks[i : i + k]
        if len(seq) == k and all(a.norm == w for a, w in zip(seq, words, strict=False)):
            if all(_gap(text, a, b, " \u00a0-") for a, b in zip(seq, seq[1:], strict=False)):
                return _Mention(
                    toks[i].start, seq[-1].end, None, None, None, weekday=5, weekend=True
                ), i + k - 1
    return None


def _day_noun(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    """ "no dia 3", "el pasado día 3": a day of the month whose month the text leaves out (a
    month after it makes it a day and month, read at the number). A day and month in digits
    without a year ("no dia 9/3", "em 2/9", "el 3/5", "le 3/5") follows a day noun or a day's
    preposition (the pack's ``day_linkers``)."""
    noun = toks[i].norm in L.day_nouns
    if (
        not (noun or toks[i].norm in L.day_linkers)
        or i + 1 >= len(toks)
        or not _gap(text, toks[i], toks[i + 1])
    ):
        return None
    day = _day_at(toks, i + 1, text)
    if day is None or _day_month(L, toks, i + 1, text) is not None:
        return None
    slash = re.match(r"/(?P<m>[01]?\d)(?![\d/]|[.,]\d)", text[toks[i + 1].end :])
    if slash is not None and i + 2 < len(toks) and 1 <= int(slash.group("m")) <= 12:
        month = int(slash.group("m"))  # "no dia 9/3", "em 2/9"
        if _valid(None, month, day) and (day, month) != (24, 7):  # "24/7": round the clock
            return _Mention(toks[i].start, toks[i + 2].end, None, month, day), i + 2
    if not noun:
        return None
    after = text[toks[i + 1].end : toks[i + 1].end + 2]
    if re.match(r"[./:-]?\d|\w", after):
        return None  # "dia 10/03/24", "dia 3h": another format, a time
    return _Mention(toks[i].start, toks[i + 1].end, None, None, day), i + 1


def _relative(L: _Lang, toks: list[_Tok], i: int, text: str) -> tuple[_Mention, int] | None:
    if toks[i].digits or _lookup(L, toks[i].norm, L.relative_first) is None:
        return None
    best: tuple[int, int] | None = None
    said: tuple[str, ...] = ()
    for words, offset in L.relative.items():
        k = len(words)
        seq = toks[i : i + k]
        if len(seq) != k or (best is not None and k <= best[1] - i + 1):
            continue
        first = _lookup(L, seq[0].norm, {words[0]})
        if first is None or any(a.norm != w for a, w in zip(seq[1:], words[1:], strict=False)):
            continue
        if any(not _gap(text, a, b, " \u00a0\u202f\t-'’") for a, b in zip(seq, seq[1:], strict=False)):
            continue
        best, said = (offset, i + k - 1), words
    if best is None:
        return None
    mention = _Mention(toks[i].start, toks[best[1]].end, None, None, None, offset=best[0])
    mention.anaphoric = said in L.anaphoric
    return mention, best[1]


# ---------------------------------------------------------------- choosing the incident's date


def _between(toks: list[_Tok], a: int, b: int) -> list[_Tok]:
    """The tokens starting in [a, b)."""
    return toks[bisect_left(toks, a, key=lambda t: t.start) : bisect_left(toks, b, key=lambda t: t.start)]


def _line_of(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (b if b >= 0 else len(text))


def _has_attack(L: _Lang, toks: list[_Tok]) -> bool:
    for t in toks:
        if t.digits:
            continue
        if t.norm in L.attack_words or _lookup(L, t.norm, L.attack_words):
            return True
        if _has_stem(L, [t], L.attack_stems):
            return True
    return False


def _has_stem(L: _Lang, toks: list[_Tok], stems: tuple[str, ...]) -> bool:
    """Whether a word starts with one of the stems (after the language's clitics)."""
    if not stems:
        return False
    for t in toks:
        if t.digits:
            continue
        if t.norm.startswith(stems) or strip_clitics(t.norm, L.code, _Prefixed(stems)) is not None:
            return True
    return False


def _since_bound(L: _Lang, text: str, toks: list[_Tok], d: _Mention) -> bool:
    """Whether toks open with a since word that bounds the date after them; one that opens a clause
    before it, past a comma or as a conjunction of the pack's `since_clauses` ("после того, как в
    воскресенье снаряд попал", "після того як у понеділок"), leaves the date the clause's own."""
    if not _lookup(L, toks[0].norm, L.since) or "," in text[toks[0].end : d.start]:
        return False
    norms = tuple(t.norm for t in toks)
    return not any(norms[: len(c)] == c for c in L.since_clauses)


def _after_clause(text: str, d: _Mention, after: list[_Tok]) -> list[_Tok]:
    """The words after a date up to the first punctuation: "morreram no domingo, disse a polícia"
    and "6 января, сообщили" end the date's clause at the comma; the verb after it reports the
    clause, it does not date the report."""
    out: list[_Tok] = []
    prev = d.end
    for t in after:
        if re.search(r"[,;:()«»\"“”—–]", text[prev : t.start]):
            break
        out.append(t)
        prev = t.end
    return out


class _Prefixed:
    """A container that holds every word starting with one of the stems (for clitic stripping)."""

    def __init__(self, stems: tuple[str, ...]) -> None:
        self.stems = stems

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(self.stems) and word.startswith(self.stems)


def _reporting(L: _Lang, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """A reporting verb just before the date (up to three words between) or after it (up to two)."""
    for phrase in L.reporting:
        k = len(phrase)
        if any(before[s : s + k] == phrase for s in range(max(0, len(before) - k - 3), len(before) - k + 1)):
            return True
        if any(after[s : s + k] == phrase for s in range(0, 3)):
            return True
    return False


@cache
def _pack_matchers(lang: str) -> tuple[Any, ...]:
    """The engine's matchers of the pack's event and casualty words (events.json, figures.json)."""
    try:
        from harmwatch.extract.generic.lexicon import lists_matcher, table_matcher
    except ImportError:  # pragma: no cover - the engine's matcher is not installed
        return ()
    return (
        lists_matcher(lang, "figures", ("killed", "injured")),
        lists_matcher(lang, "events", ("violence",)),
        table_matcher(lang, "events", "types"),
    )


def _pack_attack(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the pack's event or casualty words occur in text[start:end]."""
    return any(next(iter(m.finditer(text, start, end)), None) is not None for m in _pack_matchers(lang))


def _score(
    d: _Mention,
    text: str,
    sents: list[tuple[int, int]],
    L: _Lang,
    toks: list[_Tok],
    seen: dict[int, bool],
    others: tuple[int, int] = (0, 1 << 30),
) -> float:
    """How likely the mention is the incident's date; ``others`` are the end of the date phrase
    before it and the start of the one after it (a funeral word dates the nearest phrase only)."""
    s_start, s_end = next(((a, b) for a, b in sents if a <= d.start < b), _line_of(text, d.start))
    sent_toks = _between(toks, s_start, s_end)
    score = 0.0
    if s_start not in seen:
        seen[s_start] = _has_attack(L, sent_toks) or _pack_attack(text, L.code, s_start, s_end)
    if seen[s_start]:
        score += 3.0
    preceding = [t for t in sent_toks if t.end <= d.start]
    before = preceding[-5:]
    following = [t for t in sent_toks if t.start >= d.end][:5]
    after_toks = following
    if len(preceding) > 1:
        # a date inside its clause: a reporting verb after a comma reports the clause ("tués
        # mardi, a indiqué"); a date opening its sentence may still be the reporting's ("Mardi,
        # l'armée a indiqué")
        after_toks = _after_clause(text, d, after_toks)
    after = tuple(t.norm for t in after_toks)[:4]
    said = tuple(t.norm for t in before)
    cut = max((k + 1 for k, w in enumerate(said) if w in L.complementizers), default=0)
    d.reported = _reporting(L, said[cut:], after)
    if d.reported:
        score -= (
            REPORTED  # "a déclaré dimanche", "28 января сообщила": when it was said, not when it happened
        )
    prev = before[-1] if before else None
    if prev is not None and (prev.norm in L.bounds or _lookup(L, prev.norm, L.bounds)):
        return -100.0  # "depuis mars", "seit Sonntag", "منذ أمس": a bound
    if len(before) >= 2 and before[-1].norm in L.day_linkers and before[-2].norm in L.bounds:
        return -100.0  # "depuis le 3 mars"
    if any(_since_bound(L, text, before[k:], d) for k in range(len(before))):
        return -100.0  # "depuis le coup d'État du 3 mars", "منذ انقلاب 25 أكتوبر": a bound, another event
    if d.chrome:
        score -= 4.0
    own = [t for t in preceding[-7:] if t.start >= others[0]] + [
        t for t in following if t.end <= others[1] and not (d.start <= t.start < d.end)
    ]
    if _has_stem(L, own, L.aftermath_stems):
        score -= 3.0  # "enterrados nesta segunda-feira", "похоронили 4 марта": a funeral's day
    if _has_stem(
        L, [t for t in own if t.end <= d.start][-4:] + [t for t in own if t.start >= d.end][:2], L.occurred
    ):
        score += OCCURRED  # "o crime aconteceu no dia 3", "ocurrido el domingo": when it happened
    near = preceding[-8:]
    d.background = d.year is not None and any(_lookup(L, t.norm, L.background) for t in near)
    if d.day is not None:
        score += 1.0  # a day the text writes: "3 de março", "no domingo (10)", "no dia 3"
    elif d.day is None and d.weekday is None and d.offset is None:
        score -= 1.5  # a month only
    score -= 0.0005 * min(d.start, 3000)
    return score


def phrase_bounds(text: str, mentions: Sequence[_Spanned], k: int) -> tuple[int, int]:
    """The end of the date phrase before mention k and the start of the one after it; "lundi 11
    mars", "в субботу, 9 марта" are one phrase of two mentions."""

    def joined(a: _Spanned, b: _Spanned) -> bool:
        return re.fullmatch(r"[\s,]{0,3}", text[a.end : b.start]) is not None

    i = k
    while i > 0 and joined(mentions[i - 1], mentions[i]):
        i -= 1
    j = k
    while j + 1 < len(mentions) and joined(mentions[j], mentions[j + 1]):
        j += 1
    return (
        mentions[i - 1].end if i else 0,
        mentions[j + 1].start if j + 1 < len(mentions) else len(text),
    )


def _night_of(mentions: list[_Mention], toks: list[_Tok], L: _Lang) -> None:
    """ "la nuit du vendredi au samedi", "ليلة الأحد إلى الاثنين": the night ends on the later day."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = _between(toks, a.end, b.start)
        gap += [t for t in _between(toks, b.start, b.end)[:1] if t.norm in L.night_to]  # "au samedi"
        if not gap or not all(t.norm in L.night_to or t.norm in L.day_linkers for t in gap):
            continue
        if not any(t.norm in L.night_to for t in gap):
            continue
        before = _between(toks, max(0, a.start - 40), a.start)[-3:]
        if any(_lookup(L, t.norm, L.night_words) for t in before):
            a.score -= 5.0


# after a dateline's date: an agency in brackets or slashes and a dash ("(Lusa) -", "/ТАСС/")
_DATELINE_AGENCY = re.compile(
    r"[ \t]*\.?[ \t]*(?:\([^()\n\d]{2,30}\)[ \t]*\.?[ \t]*(?:--|-|—|–|:)|/[^/\n\d]{2,20}/)"
)
# or a dash or a colon after "CITY, date", "CITY – date", "City, le date" ("КИЕВ, 12 марта —",
# "GOMA, 4 mai 2024 -", "بغداد – 21 تشرين الأول:"); a line opening "12 березня — ..." is a timeline's
# entry, not a dateline
DATELINE_DASH = re.compile(r"[ \t]*\.?[ \t]*(?:--|—|–|-(?=\s)|:)")
# or a full stop and the lead's first word, where the head is a place's name ("БЕЛГОРОД, 12 марта.
# Три человека ...", "КИЇВ, 3 квітня. У неділю ..."); "В среду, 12 марта. Взрыв ..." is no dateline
_DATELINE_STOP = re.compile(r"\.[ \t]+[«\"“„]?(?P<first>[^\W\d_])")
_DATELINE_HEAD = re.compile(r"(?:[,،]|\s[-–—])(?:\s+(?P<linker>\w+))?")


def _chrome(text: str, d: _Mention, L: _Lang, toks: list[_Tok]) -> bool:
    """A date on a line of page furniture: a byline, "publié le", a line holding nothing but a date."""
    a, b = _line_of(text, d.start)
    line = text[a:b]
    low = _norm_with(line, L.char_map)
    if len(line) < 200 and any(w in low for w in L.chrome):
        return True
    if re.search(r"\b\d{1,2}:\d\d\b", line) and len(line) < 120:
        return True
    if d.start - a < 80 and _DATELINE_AGENCY.match(text, d.end):
        d.dateline = True
        return True  # "Lisboa, 12 mar (Lusa) -", "МОСКВА, 12 марта. /ТАСС/": the report's own date
    if (
        d.start - a < 40
        and dateline_head(
            text[a : d.start].rstrip(), lambda w: _norm_with(w.lower(), L.char_map) in L.day_linkers
        )
        and (DATELINE_DASH.match(text, d.end) or _dateline_stop(text, d.end, text[a : d.start], L))
    ):
        d.dateline = True
        return True
    rest = (line[: d.start - a] + line[d.end - a :]).strip(" ,.-–—|/()\t")
    if len(rest) < 25 and not _has_attack(L, _between(toks, a, b)):
        return True
    return False


def dateline_head(head: str, linker: Callable[[str], bool] = lambda _w: False) -> bool:
    """A dateline's place before its date: "KYIV,", "بغداد –", "Paris, le" (``linker`` tells the
    language's words that may stand between the place and the date, "le")."""
    for m in _DATELINE_HEAD.finditer(head):
        if m.end() == len(head) and m.start() > 0:
            word = m.group("linker")
            return word is None or linker(word)
    return False


def _dateline_stop(text: str, end: int, head: str, L: _Lang) -> bool:
    """A full stop after the date and a capital after it, the head before its comma a place's
    name: every word of it capitalised but short particles ("RIO DE JANEIRO", "Rio de Janeiro"),
    none a weekday or a relative day ("Вчера, 12 марта.", "Mardi, 12 mars.")."""
    m = _DATELINE_STOP.match(text, end)
    if m is None or not m.group("first").isupper():
        return False
    words = re.findall(r"[^\W\d_]+", head.split(",")[0])
    norms = [_norm_with(w.lower(), L.char_map) for w in words]
    return (
        bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or len(w) <= 3 for w in words)
        and not any(w in L.weekdays or w in L.weekdays_with_prep or (w,) in L.relative for w in norms)
    )


def _reference(ctx: DocContext, mentions: list[_Mention]) -> date | None:
    """The report's "now" (``dates.url.reference_day``): "Maputo, 13 abr (Lusa) –" heads it."""
    return reference_day(ctx.published, ctx.url_date, mentions, lambda d: d.dateline)


def _sentences(ctx: DocContext) -> list[tuple[int, int]]:
    try:
        return [(s.start_char, s.end_char) for s in ctx.doc.sents]
    except (ValueError, AttributeError):
        return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n؟]+[.!?؟]?", ctx.text)]


def find_date(ctx: DocContext) -> DateRange:
    """The incident's date range; the publication date where the text gives none."""
    text = ctx.text
    L = _lang((ctx.language or "").lower())
    toks = _tokens(text, L)
    mentions = _mentions(text, L, toks)
    if not mentions:
        return _published(ctx)
    sents = _sentences(ctx)
    seen: dict[int, bool] = {}  # sentence start -> whether it holds attack words
    for k, d in enumerate(mentions):
        d.chrome = _chrome(text, d, L, toks)
        d.score = _score(d, text, sents, L, toks, seen, phrase_bounds(text, mentions, k))
    _night_of(mentions, toks, L)
    _reported_phrases(text, mentions)
    ref = _reference(ctx, [d for d in mentions if d.score > -50])  # a bound ("since 2021") is no "now"
    _stale_years(mentions, ref)
    for k, d in enumerate(mentions):
        if d.anaphoric and any(m.score > -50 and not m.chrome and not m.anaphoric for m in mentions[:k]):
            # "30 декабря ... Накануне вечером": the eve of the day named before, another event
            d.score -= 2.0
        if d.background and ref is not None and d.year is not None and d.year < ref.year:
            # "no aniversário do massacre de 5 de março de 2020", "dois anos após 10 de março de 2022":
            # a past event's date (a year before the report's; "de 10 anos" is an age, not this)
            d.score -= 2.0
    if ref is not None:  # without a reference the lead's "dimanche" gives no day: no preference
        lead_bonus(mentions, sents, text)
    month_ref = month_anchor(ctx.published, ctx.url_date)
    for d in sorted(mentions, key=lambda d: (-d.score, d.start)):
        if d.score < -50:
            break
        start = d.resolve(_year_ref(d, ref, month_ref))
        if start is None:
            named = _named_day(d, mentions, ref, month_ref)
            if named is not None:
                return DateRange(
                    start=named, end=named, text=text[d.start : d.end], span=Span(d.start, d.end)
                )
            if d.weekday is not None or d.offset is not None:
                # "dimanche" with no reference: the phrase, its day unknown (no year is invented
                # from another, weaker date)
                return DateRange(text=text[d.start : d.end], span=Span(d.start, d.end))
            continue
        if ref and "X" not in start and start > ref.isoformat():
            continue  # after the report: not the incident
        end = d.resolve(ref, d.end_day) if d.end_day else start
        return DateRange(start=start, end=end, text=text[d.start : d.end], span=Span(d.start, d.end))
    return _published(ctx)


def _reported_phrases(text: str, mentions: list[_Mention]) -> None:
    """A reporting verb dates its whole phrase: "قالت ...، اليوم الأربعاء، إن", "a annoncé lundi 3
    mars": the mention the verb stands next to and the ones joined to it were said, not done."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.reported == b.reported or not re.fullmatch(r"[\s,]{0,3}", text[a.end : b.start]):
            continue
        other = b if a.reported else a
        other.reported = True
        other.score -= REPORTED


def _stale_years(mentions: list[_Mention], ref: date | None) -> None:
    """A date written with a year, half a year and more before the report, where the text also
    dates something in the report's last month ("Em 14 de março de 2024, seis moradores foram
    mortos. Um ano depois ... na noite de 16 de março", "спустя год после нападения 15 марта 2024
    года ... в субботу вечером"): an earlier incident recalled, not this one (-2, as a
    `background` word gives)."""
    if ref is None:
        return
    days = {id(d): _days_before(d, ref) for d in mentions}
    recent = any(
        d.score > -50
        and not d.chrome
        and not d.reported
        and (n := days[id(d)]) is not None
        and 0 <= n <= RECENT_DAYS
        for d in mentions
    )
    if not recent:
        return
    for d in mentions:
        n = days[id(d)]
        if d.year is not None and n is not None and n > STALE_DAYS and not d.background:
            d.score -= 2.0


def _days_before(d: _Mention, ref: date) -> int | None:
    """How many days before the reference the mention falls (a month alone: its last day)."""
    iso = d.resolve(ref)
    if iso is None or "X" in iso[:7]:
        return None
    if "X" in iso:
        y, m = int(iso[:4]), int(iso[5:7])
        last = date(y, m + 1, 1) - timedelta(days=1) if m < 12 else date(y, 12, 31)
        return (ref - last).days
    return (ref - date.fromisoformat(iso)).days


# a date in an attack sentence, neither a reporting date, nor a funeral's, nor page furniture
TIED = 2.0
# what a reporting verb next to a date takes off its score ("a déclaré dimanche")
REPORTED = 2.5
# what a verb of happening next to a date adds ("o ataque aconteceu no dia 3"): less than the lead's
# bonus, so that "a morte de um policial, ocorrida na quinta-feira" further on stays another event's
OCCURRED = 1.5
# a full date this many days before the reference is old, where the text also dates something recent
STALE_DAYS = 180
RECENT_DAYS = 31


class _Scored(_Spanned, Protocol):
    score: float
    chrome: bool

    @property
    def vague(self) -> bool: ...


def lead_bonus(mentions: Sequence[_Scored], sents: list[tuple[int, int]], text: str) -> None:
    """The first sentence with a date tied to the attack is the lead, and the lead dates the
    incident: its tied dates get +1.5, so that a day and month written further on, most often an
    earlier attack's ("Накануне, 11 марта ...", "l'embuscade du 3 mai", "On July 14, a similar
    blast ..."), does not outweigh the lead's "on Sunday" or "yesterday" by its written day."""
    tied = [d for d in mentions if d.score >= TIED and not d.chrome and not d.vague]
    if not tied:
        return
    first = min(tied, key=lambda d: d.start)
    a, b = next(((a, b) for a, b in sents if a <= first.start < b), (first.start, first.end))
    line_end = text.find("\n", first.end)
    b = min(b, line_end if line_end >= 0 else len(text))
    for d in tied:
        if a <= d.start < b:
            d.score += 2.0


def _year_ref(d: _Mention, ref: date | None, month_ref: date | None) -> date | None:
    """What a day and month without a year are resolved against: the reference (the publication
    day, else the latest full date of the text), else the last day of the URL's month."""
    if (
        ref is None
        and month_ref is not None
        and (d.month is not None or d.day is not None)
        and d.year is None
    ):
        return month_ref
    return ref


def _named_day(d: _Mention, mentions: list[_Mention], ref: date | None, month_ref: date | None) -> str | None:
    """A weekday with no day to count back from ("neste domingo", no publication day) is the day
    of a day and month the text writes, where that date falls on that weekday (its year from the
    reference or the URL's month): "domingo" and "13 de abril" of a report filed in April 2025 are
    2025-04-13. No such date: None (the weekday alone gives no day)."""
    if d.weekday is None or d.month is not None or d.offset is not None:
        return None
    for other in sorted(mentions, key=lambda m: (-m.score, m.start)):
        if other is d or other.score < -50 or other.month is None or other.day is None:
            continue
        iso = other.resolve(_year_ref(other, ref, month_ref))
        if iso is None or "X" in iso:
            continue
        if date.fromisoformat(iso).weekday() == d.weekday:
            return iso
    return None


def _published(ctx: DocContext) -> DateRange:
    """No date in the text: reports are about the day they appear (the gold convention), when known."""
    if ctx.published is None:
        return DateRange()
    day = ctx.published.isoformat()
    return DateRange(start=day, end=day)
