"""Numbers in running text of any language: digits, number words, vague number nouns.

:func:`find_numbers` returns every number a report writes, as :class:`NumberMention` records whose
offsets index the text exactly (the text is never rewritten). Every word comes from the language
pack ``lang/<code>/numbers.json``:

- digits, with the language's thousand separators ("1.000" and "1 000" are one thousand where the
  language writes them so; a group after a separator has exactly three digits), Arabic-Indic
  digits (mapped one character for one, so offsets stay), a scale word after them ("3 millions",
  "10 mil", "5 тыс.", "3 آلاف");
- number words: through text2num on runs of number tokens ("vingt-trois", "veintitrés",
  "dreiundzwanzig", "vinte e três") or, for languages text2num does not read, through the pack's
  table of every inflected form (generated at build time by ``scripts/build_lang_forms.py``)
  composed by place value ("двадцяти трьох", "خمسة وعشرون", "ثلاثة آلاف");
- vague nouns, GOLD's rule: "des dizaines"/"Dutzende"/"десятки"/"عشرات" 12 and open, "hundreds"
  100, "thousands" 1000, "tens of thousands" 10000; rough nouns "une vingtaine"/"десяток" are
  approximate and bounded (20..20); a number before a rough noun multiplies it ("два десятки");
- a dual noun ("قتيلان", "شخصين") is two.

Never numbers: times ("21.55", "21:55", "21h30", "21 Uhr"), dates ("3.3.2024", a day before a
month name), years (a four-digit 19xx/20xx with a year cue before or after, or after a month),
percentages, ordinals and numbers glued to letters ("3e", "5km").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from text_to_num import text2num

from harmwatch.extract.lang import load_pack

# Arabic-Indic and Eastern Arabic-Indic digits -> ASCII, one character for one
_DIGITS = {0x0660 + i: ord("0") + i for i in range(10)} | {0x06F0 + i: ord("0") + i for i in range(10)}
_ARABIC_SEPS = {0x066C: ord(","), 0x066B: ord(".")}  # Arabic thousands and decimal separators
_TRANSLATE = _DIGITS | _ARABIC_SEPS

# a word: letters with combining marks, inner apostrophes/hyphens ("vingt-trois", "п'ять")
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640])+(?:['’ʼ-](?:[^\W\d_]|[\u064b-\u065f])+)*"
)
_SPACES = "\u00a0\u202f\u2009 "


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number the text writes; ``text[start:end]`` is its words (digits, words or a vague noun).

    ``value`` is the number (the lower bound for a vague noun: "des dizaines" 12). ``vague`` marks
    GOLD's vague words ("dozens", "десятки", "عشرات"); ``open_ended`` is True where the noun
    gives no upper bound ("des dizaines": 12..). ``approx_max`` is set for a rough but bounded
    quantity ("une vingtaine": 20, i.e. 20..20 approximate) and None otherwise; ``approximate``
    says the same as a flag. ``kind``: ``digits``, ``words``, ``vague``, ``dual`` or ``article``
    (the indefinite article that is also "one": "un", "eine", "uma" -- a lone victim, not a count).
    """

    start: int
    end: int
    value: int
    vague: bool = False
    approx_max: int | None = None
    approximate: bool = False
    open_ended: bool = False
    kind: str = "digits"

    @property
    def min(self) -> int:
        return self.value

    @property
    def max(self) -> int | None:
        return None if self.open_ended else self.value


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str  # as written
    norm: str  # lower-cased, normalised by the pack (char map, combining marks)


@dataclass(frozen=True)
class _Lang:
    code: str
    engine: str  # "text2num" or "table"
    t2n: str
    t2n_spelling: dict[str, str]  # spellings text2num does not read -> one it reads ("veintiún")
    thousands: frozenset[str]
    decimal: frozenset[str]
    digit_suffixes: frozenset[str]
    words: frozenset[str]
    compound: re.Pattern[str] | None
    joiners: frozenset[str]
    articles: frozenset[str]
    numbers: dict[str, int]
    only_before_ten: frozenset[str]
    ten_words: frozenset[str]
    units_before_tens: bool
    scales: dict[str, int]
    scale_plural: dict[str, int]
    vague: dict[str, tuple[int, str, int]]
    linkers: frozenset[str]
    determiners: frozenset[str]
    several: frozenset[str]  # "einige", "plusieurs": with a rough noun or "hundert", vague and open
    approx_needs_determiner: bool
    duals: frozenset[str]
    time_after: frozenset[str]
    time_before: frozenset[str]
    percent: frozenset[str]
    year_before: frozenset[str]
    year_linkers: frozenset[str]
    year_after: frozenset[str]
    months: frozenset[str]
    ordinals: frozenset[str]  # "الثامن عشر" is the eighteenth: no number after an ordinal
    weekdays: frozenset[str]  # "الاثنين" is Monday, not "the two"
    char_map: dict[int, str]
    prefixes: tuple[str, ...]


_COMBINING = re.compile(r"[\u0300-\u0305\u0307\u0309-\u036f\u0610-\u061a\u064b-\u065f\u0670]")


def _norm_with(word: str, char_map: dict[int, str]) -> str:
    """Lower case, NFC, the pack's character map, no combining marks (Arabic vowel signs)."""
    return _COMBINING.sub("", unicodedata.normalize("NFC", word).lower().translate(char_map))


@lru_cache(maxsize=65536)
def norm_token(word: str, lang: str) -> str:
    """:func:`_norm_with` with the character map of ``lang``'s pack, cached per word."""
    return _norm_with(word, _lang(lang).char_map)


@cache
def _lang(code: str) -> _Lang:
    pack = load_pack(code)
    d: dict[str, Any] = pack.data("numbers")
    norm = d.get("normalize", {})
    char_map = {ord(k): v for k, v in norm.get("char_map", {}).items()}

    def n(w: str) -> str:
        return _norm_with(w, char_map)

    def nset(key: str) -> frozenset[str]:
        return frozenset(n(w) for w in d.get(key, []))

    morph = d.get("compound_morphemes", [])
    compound = None
    if morph:
        alt = "|".join(sorted((re.escape(n(m)) for m in morph), key=len, reverse=True))
        compound = re.compile(rf"(?:{alt})+")
    vague = {n(k): (int(v[0]), str(v[1]), int(v[2])) for k, v in d.get("vague", {}).items()}
    months: set[str] = set()
    weekdays: set[str] = set()
    for key, table in load_pack(code).data("dates").items():
        if key.startswith("months") and isinstance(table, dict):
            months.update(n(w) for w in table)
        if key.startswith("weekdays") and isinstance(table, dict):
            weekdays.update(n(w) for w in table)
    return _Lang(
        code=code,
        engine=d.get("engine", "table"),
        t2n=d.get("text2num_lang", code),
        t2n_spelling={n(k): str(v) for k, v in d.get("text2num_spelling", {}).items()},
        thousands=frozenset(d.get("thousands_sep", [])),
        decimal=frozenset(d.get("decimal_sep", [])),
        digit_suffixes=nset("digit_suffixes"),
        words=nset("words"),
        compound=compound,
        joiners=nset("joiners"),
        articles=nset("articles_one"),
        numbers={n(k): int(v) for k, v in d.get("numbers", {}).items()},
        only_before_ten=nset("only_before_ten"),
        ten_words=nset("ten_words"),
        units_before_tens=bool(d.get("units_before_tens", False)),
        scales={n(k): int(v) for k, v in d.get("scales", {}).items()},
        scale_plural={n(k): int(v) for k, v in d.get("scale_plural", {}).items()},
        vague=vague,
        linkers=nset("vague_linkers"),
        determiners=nset("determiners"),
        several=nset("several"),
        approx_needs_determiner=bool(d.get("approx_needs_determiner", False)),
        duals=nset("dual_forms"),
        time_after=nset("time_after"),
        time_before=nset("time_before"),
        percent=nset("percent"),
        year_before=nset("year_before"),
        year_linkers=nset("year_linkers"),
        year_after=nset("year_after"),
        months=frozenset(months),
        ordinals=nset("ordinal_words"),
        weekdays=frozenset(weekdays),
        char_map=char_map,
        prefixes=tuple(sorted((n(p) for p in norm.get("clitic_prefixes", [])), key=len, reverse=True)),
    )


def strip_clitics(norm: str, lang: str, known: Any) -> str | None:
    """``norm`` itself when ``known`` holds it, else the form without a clitic prefix that it holds."""
    if norm in known:
        return norm
    prefixes = _lang(lang).prefixes
    if not prefixes:
        return None
    for p in prefixes:
        if norm.startswith(p) and len(norm) - len(p) >= 3 and norm[len(p) :] in known:
            return norm[len(p) :]
    return None


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number ``text`` writes, left to right (see the module's docstring)."""
    L = _lang((lang or "").lower())
    toks = [
        _Tok(m.start(), m.end(), m.group(0), norm_token(m.group(0), L.code)) for m in _WORD.finditer(text)
    ]
    out = _digits(text, L, toks)
    taken = [(m.start, m.end) for m in out]
    out.extend(m for m in _words(L, toks) if not any(s < m.end and m.start < e for s, e in taken))
    out.sort(key=lambda m: m.start)
    return out


# ---------------------------------------------------------------- digits

_DIGIT_RUN = re.compile(r"\d+(?:[.,'’\u00a0\u202f\u2009 ]\d+)*")


def _digits(text: str, L: _Lang, toks: list[_Tok]) -> list[NumberMention]:
    plain = text.translate(_TRANSLATE)
    out: list[NumberMention] = []
    for m in _DIGIT_RUN.finditer(plain):
        for start, end, value, frac in _split_run(m.group(0), m.start(), L):
            mention = _digit_mention(plain, text, start, end, value, frac, L, toks)
            if mention is not None:
                out.append(mention)
    return out


def _split_run(run: str, offset: int, L: _Lang) -> list[tuple[int, int, int, str]]:
    """Numbers in a run of digits and separators: (start, end, integer value, decimal digits)."""
    if re.fullmatch(r"\d{1,4}[./]\d{1,2}[./]\d{1,4}", run):
        return []  # a date ("3.3.2024", "03/03/24")
    parts = re.split(r"([.,'’\u00a0\u202f\u2009 ])", run)
    out: list[tuple[int, int, int, str]] = []
    i = 0
    pos = offset
    while i < len(parts):
        head = parts[i]
        start = pos
        end = pos + len(head)
        digits = head
        frac = ""
        j = i + 1
        while j + 1 < len(parts):
            sep, grp = parts[j], parts[j + 1]
            if len(head) <= 3 and len(grp) == 3 and _thousands(sep, L) and not frac:
                digits += grp
            elif sep in L.decimal and not frac and sep not in _SPACES:
                frac = grp
            else:
                break
            end += len(sep) + len(grp)
            j += 2
        out.append((start, end, int(digits), frac))
        pos = end
        if j < len(parts):
            pos += len(parts[j])  # the separator that ended this number
        i = j + 1
    return out


def _thousands(sep: str, L: _Lang) -> bool:
    if sep in _SPACES:
        return any(s in _SPACES for s in L.thousands)
    return sep in L.thousands


def _tok_after(toks: list[_Tok], end: int, text: str) -> _Tok | None:
    k = bisect_left(toks, end, key=lambda t: t.start)
    if k < len(toks):
        t = toks[k]
        return t if text[end : t.start].strip(" \u00a0\u202f\t") in ("", ".") else None
    return None


def _tok_before(toks: list[_Tok], start: int, text: str) -> _Tok | None:
    k = bisect_right(toks, start, key=lambda t: t.end)
    if k > 0:
        prev = toks[k - 1]
        if text[prev.end : start].strip(" \u00a0\u202f\t(") == "":
            return prev
    return None


def _digit_mention(
    plain: str,
    text: str,
    start: int,
    end: int,
    value: int,
    frac: str,
    L: _Lang,
    toks: list[_Tok],
) -> NumberMention | None:
    chunk = plain[start:end]
    after = plain[end : end + 3]
    before = plain[max(0, start - 1) : start]
    if before.isalpha() and _glued_clitic(plain, start, L):
        before = ""  # "و110" (and 110): a one-letter clitic on the digits
    if before and (before.isalpha() or before in "/:_" or (before == "-" and not _range_dash(plain, start))):
        return None  # inside a code, a date ("3/3/2024"), a time or a ratio
    if before in ".," and plain[max(0, start - 2) : start - 1].isdigit():
        return None  # the tail of a time or a decimal ("21.55")
    if re.match(r"[:/]\d|[.,]\d", after):
        return None  # the head of a time, a date or a decimal the run did not take
    if re.fullmatch(r"\d{1,2}[.:h]\d{2}", chunk) or re.match(r"h\d{2}\b|h\b", after):
        return None  # a time ("21.55", "21h30", "21h")
    if after[:1] in "%٪" and after[:1] or after[:2] in (" %", " ٪"):
        return None
    if after[:1].isalpha():
        return None  # "3e", "5km"
    if after[:1] == "-" and after[1:2].isalpha():
        suffix = re.match(r"-([^\W\d_]+)", plain[end:])
        if not suffix or _norm_with(suffix.group(1), L.char_map) not in L.digit_suffixes:
            return None  # an ordinal or a compound ("3-й", "10-летний")
        end += len(suffix.group(0))
    nxt = _tok_after(toks, end, text)
    prv = _tok_before(toks, start, text)
    if nxt is not None and (nxt.norm in L.time_after or nxt.norm in L.percent):
        return None
    if prv is not None and prv.norm in L.time_before:
        return None
    if nxt is not None and _is_month(nxt.norm, L):
        return None  # "3 mars", "3. März", "3 березня": a day of a date
    if nxt is not None and nxt.norm in L.year_linkers:
        nxt2 = _tok_after(toks, nxt.end, text)
        if nxt2 is not None and _is_month(nxt2.norm, L):
            return None  # "3 de marzo"
    if not frac and len(chunk) == 4 and 1900 <= value <= 2100:
        prv2 = _tok_before(toks, prv.start, text) if prv is not None and prv.norm in L.year_linkers else None
        if (
            (prv is not None and (prv.norm in L.year_before or _is_month(prv.norm, L)))
            or (prv2 is not None and _is_month(prv2.norm, L))
            or (nxt is not None and nxt.norm in L.year_after)
            or re.match(r"\s*[-–/]\s*\d{2,4}\b", plain[end:])
            or re.search(r"\d{4}\s*[-–/]\s*$", plain[:start])
            or (prv is None and nxt is None)
            or re.match(r"\s*(?:[.,;:)\]\"“”»’']|$)", plain[end : end + 2])
            or re.match(r"\s+\d{1,2}:\d\d", plain[end:])
            or re.match(r"\s+\w{1,3}\s+(?:19|20)\d\d(?!\d)", plain[end:])
            or re.search(r"(?<!\d)(?:19|20)\d\d\s+\w{1,3}\s+$", plain[max(0, start - 12) : start])
        ):
            return None  # a year: a year word, a month, a range of years, a time, or no noun after it
    scale = None
    if nxt is not None:
        scale = L.scales.get(nxt.norm) or L.scales.get(nxt.norm.rstrip("."))
    if frac:
        if not scale or nxt is None:
            return None  # a decimal is no count
        return NumberMention(start, nxt.end, int(round((value + float("0." + frac)) * scale)), kind="digits")
    if scale and nxt is not None:
        return NumberMention(start, nxt.end, value * scale, kind="digits")
    rough = _rough_after(L, toks, nxt)
    if rough is not None:
        return _multiplied(start, value, rough)
    return NumberMention(start, end, value, kind="digits")


def _glued_clitic(plain: str, start: int, L: _Lang) -> bool:
    """A one-letter clitic prefix of the pack written on the digits, itself at the start of a word."""
    letter = plain[start - 1]
    word_start = start - 1 == 0 or not plain[start - 2].isalnum()
    return word_start and _norm_with(letter, L.char_map) in L.prefixes


def _range_dash(plain: str, start: int) -> bool:
    """A dash between two numbers ("20-30"): the second number is a number of its own."""
    return bool(re.search(r"\d\s*[-–]$", plain[max(0, start - 3) : start]))


def _is_month(norm: str, L: _Lang) -> bool:
    return (
        norm in L.months or norm.rstrip(".") in L.months or strip_clitics(norm, L.code, L.months) is not None
    )


# ---------------------------------------------------------------- words


def _lookup(tok: _Tok, L: _Lang, table: Any) -> str | None:
    return strip_clitics(tok.norm, L.code, table)


def _words(L: _Lang, toks: list[_Tok]) -> list[NumberMention]:
    out: list[NumberMention] = []
    i = 0
    while i < len(toks):
        got = _vague_at(L, toks, i) or _dual_at(L, toks, i) or _number_at(L, toks, i)
        if got is None:
            i += 1
            continue
        mention, nxt = got
        out.append(mention)
        i = nxt
    return out


def _vague_at(L: _Lang, toks: list[_Tok], i: int) -> tuple[NumberMention, int] | None:
    """A vague or rough noun at token i, with its determiner and "of thousands" ("des dizaines de milliers")."""
    first = i
    if (
        L.vague
        and toks[i].norm in L.determiners
        and i + 1 < len(toks)
        and toks[i + 1].start - toks[i].end <= 2
    ):
        i += 1
    key = _lookup(toks[i], L, L.vague)
    if key is None:
        return None
    value, mode, unit = L.vague[key]
    has_det = i > first
    if mode == "approx" and L.approx_needs_determiner and not has_det:
        return None
    start = toks[first].start
    end = toks[i].end
    j = i + 1
    if j < len(toks) and toks[j].norm in L.linkers:
        j += 1
    if j < len(toks) and toks[j].start - end < 6:
        scale = _lookup(toks[j], L, L.scale_plural)
        if scale is not None:
            return NumberMention(
                start, toks[j].end, unit * L.scale_plural[scale], True, None, False, True, "vague"
            ), j + 1
    if mode == "approx" and not (has_det and toks[first].norm in L.several):
        return NumberMention(start, end, value, False, value, True, False, "vague"), i + 1
    # "des dizaines"; "einige Dutzend" (several dozen): vague, open
    return NumberMention(start, end, value, True, None, False, True, "vague"), i + 1


def _rough_after(L: _Lang, toks: list[_Tok], nxt: _Tok | None) -> tuple[int, int, str] | None:
    """A vague noun right after a number ("два десятки", "trois centaines"): (end, unit, mode)."""
    if nxt is None:
        return None
    key = _lookup(nxt, L, L.vague)
    if key is None:
        return None
    value, mode, unit = L.vague[key]
    return nxt.end, unit, mode


def _multiplied(start: int, value: int, rough: tuple[int, int, str]) -> NumberMention:
    end, unit, _mode = rough
    total = value * unit
    return NumberMention(start, end, total, False, total, True, False, "vague")


def _dual_at(L: _Lang, toks: list[_Tok], i: int) -> tuple[NumberMention, int] | None:
    if not L.duals or _lookup(toks[i], L, L.duals) is None:
        return None
    return NumberMention(toks[i].start, toks[i].end, 2, kind="dual"), i + 1


def _is_number_word(tok: _Tok, L: _Lang) -> bool:
    w = tok.norm
    if L.engine == "text2num":
        if w in L.words or w in L.articles:
            return True
        if "-" in w and all(p in L.words or p in L.joiners or p in L.articles for p in w.split("-")):
            return True
        return bool(L.compound is not None and L.compound.fullmatch(w) and w not in L.joiners)
    return _lookup(tok, L, L.numbers) is not None and _lookup(tok, L, L.weekdays) is None


def _number_at(L: _Lang, toks: list[_Tok], i: int) -> tuple[NumberMention, int] | None:
    if not _is_number_word(toks[i], L):
        return None
    if i > 0 and L.ordinals and toks[i - 1].norm in L.ordinals and toks[i].start - toks[i - 1].end <= 2:
        return None
    # the run of number words (and joiners between them), tokens close together
    run = [i]
    j = i + 1
    while j < len(toks) and toks[j].start - toks[j - 1].end <= 2:
        if _is_number_word(toks[j], L):
            run.append(j)
            j += 1
        elif toks[j].norm in L.joiners and j + 1 < len(toks) and _is_number_word(toks[j + 1], L):
            run.extend((j, j + 1))
            j += 2
        else:
            break
    if L.engine == "text2num":
        got = _text2num_run(L, toks, run)
    else:
        got = _table_run(L, toks, run)
    if got is None:
        return None
    value, last = got
    start, end = toks[i].start, toks[last].end
    k = last + 1
    # a scale after the words ("drei Millionen" is read by text2num; "три тысячи" by the table)
    rough = _rough_after(L, toks, toks[k] if k < len(toks) and toks[k].start - end <= 2 else None)
    if rough is not None:
        return _multiplied(start, value, rough), k + 1
    if last == i and value in (100, 1000) and i > 0 and toks[i - 1].norm in L.several:
        if toks[i].start - toks[i - 1].end <= 2:  # "mehrere hundert": several hundred, vague
            return NumberMention(toks[i - 1].start, end, value, True, None, False, True, "vague"), last + 1
    kind = "article" if last == i and toks[i].norm in L.articles else "words"
    return NumberMention(start, end, value, kind=kind), last + 1


def _text2num_run(L: _Lang, toks: list[_Tok], run: list[int]) -> tuple[int, int] | None:
    """The longest prefix of the run text2num reads: (value, index of its last token)."""
    for n in range(len(run), 0, -1):
        last = run[n - 1]
        if toks[last].norm in L.joiners:
            continue
        words = " ".join(L.t2n_spelling.get(toks[k].norm, toks[k].norm) for k in run[:n])
        if n == 1 and toks[last].norm in L.articles:
            return 1, last
        try:
            return int(text2num(words, L.t2n)), last
        except (ValueError, IndexError, KeyError):
            continue
    return None


def _table_run(L: _Lang, toks: list[_Tok], run: list[int]) -> tuple[int, int] | None:
    """Compose a run of table words by place value: "двадцяти трьох" 23, "خمسة وعشرون" 25, "ثلاثة آلاف" 3000."""
    total = 0
    group = 0
    used: set[int] = set()  # place classes taken in this group: 100, 10, 1
    last: int | None = None
    first_idx = run[0]
    for k in run:
        tok = toks[k]
        key = _lookup(tok, L, L.numbers)
        if key is None:
            continue  # a joiner
        v = L.numbers[key]
        if key in L.only_before_ten:
            nxt = next((r for r in run if r > k), None)
            if nxt is None or _lookup(toks[nxt], L, L.ten_words) is None:
                break
        if v >= 1000 and key in L.scales:
            total += (group or 1) * v
            group, used = 0, set()
            last = k
            continue
        if key in L.ten_words and used == {1} and group < 10 and k != first_idx:
            group += 10  # Arabic teens: "ثلاثة عشر"
            used = {10, 1}
            last = k
            continue
        if v == 100 and used == {1} and k != first_idx:
            group *= 100  # "ثلاث مئة"
            used = {100}
            last = k
            continue
        cls = 100 if v >= 100 else 10 if v >= 10 else 1
        if cls in used:
            break
        if used and cls > min(used):
            # only Arabic-style "five and twenty" puts a smaller place first
            if not (L.units_before_tens and cls == 10 and min(used) == 1 and 10 not in used):
                break
        if cls == 10 and v < 20:
            used |= {10, 1}
        else:
            used.add(cls)
        group += v
        last = k
    if last is None:
        return None
    return total + group, last
