"""Quantities in running text: digits, number words, vague words and their modifiers.

``"at least 85"`` -> min 85, max None; ``"up to 100"`` -> max 100; ``"between 20 and 30"`` and
``"20-30"`` -> 20..30; ``"about 40"`` -> 40..40 approximate; ``"twenty-three"`` -> 23; vague words
follow ACLED's rule: ``"a dozen"`` 12..12, ``"dozens"`` 12.., ``"scores"`` 20.., ``"hundreds"``
100.., ``"thousands"`` 1000.. (all ``vague``). "several" and "many" are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from text_to_num import text2num

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

_UNITS = list(EN.value("numbers", "units"))
_WORD = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
WORD_NUMBER = rf"{_WORD}(?:[ \t-]+{_WORD}|(?<=hundred)\s+and\s+{_WORD})*"
DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+(?![\d,]\d)"

# vague words: (value, open-ended); "a dozen" is 12..12, "dozens" 12..
VAGUE: dict[str, tuple[int, bool]] = {k: (v[0], v[1]) for k, v in EN.table("numbers", "vague").items()}
_VAGUE_RE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(VAGUE, key=len, reverse=True))
BASE = rf"(?:{_VAGUE_RE}|{DIGITS}|{WORD_NUMBER})"

MIN_MODS = tuple(EN.value("numbers", "min_mods"))
MAX_MODS = tuple(EN.value("numbers", "max_mods"))
APPROX_MODS = tuple(EN.value("numbers", "approx_mods"))
_MODS = sorted((*MIN_MODS, *MAX_MODS, *APPROX_MODS), key=len, reverse=True)
_MOD_RE = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in _MODS)

QUANTITY_RE = re.compile(
    rf"(?<![\w$£€.,/-])(?:(?P<mod>{_MOD_RE})\s+)?"
    rf"(?:between\s+(?P<lo>{BASE})\s+and\s+(?P<hi>{BASE})"
    rf"|(?P<n1>{BASE})(?:(?P<dash>\s*[-–]\s*|\s+to\s+)(?P<n2>{BASE}))?)"
    r"(?![\w]|[:.,/]\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    min: int | None
    max: int | None
    approximate: bool
    vague: bool
    start: int  # offsets of the whole phrase (modifier included) in the searched text
    end: int
    value_start: int  # offsets of the number itself (without the modifier)
    is_range: bool = False


def number_value(words: str) -> tuple[int, bool, bool] | None:
    """(value, vague, open-ended) of one number: digits, number words or a vague word."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w in VAGUE:
        value, open_ended = VAGUE[w]
        return value, True, open_ended
    if w[0].isdigit():
        try:
            return int(w.replace(",", "")), False, False
        except ValueError:
            return None
    try:
        return int(text2num(w, "en")), False, False
    except ValueError:
        return None


def find_quantities(text: str) -> Iterator[Quantity]:
    """Every quantity phrase in ``text``, left to right (ranges "from 50 to 57" are split)."""
    pos = 0
    while True:
        m = QUANTITY_RE.search(text, pos)
        if not m:
            return
        q = _quantity(m, text)
        if q is None:
            pos = m.start() + max(1, len(m.group(0).split()[0]))
            continue
        yield q
        pos = q.end


def _quantity(m: re.Match[str], text: str) -> Quantity | None:
    mod = " ".join((m.group("mod") or "").lower().split())
    if m.group("lo"):
        low, high = number_value(m.group("lo")), number_value(m.group("hi"))
        if low is None or high is None:
            return None
        return Quantity(low[0], high[0], False, low[1] or high[1], m.start(), m.end(), m.start("lo"), True)
    first = number_value(m.group("n1"))
    if first is None:
        return None
    end = m.end()
    if m.group("n2"):
        second = number_value(m.group("n2"))
        before = text[max(0, m.start() - 5) : m.start()].lower()
        dash = m.group("dash").strip()
        ok = second is not None and second[0] > first[0] and not first[1] and not second[1]
        if ok and second is not None and (dash != "to" or not before.endswith("from ")):
            return Quantity(
                first[0], second[0], mod in APPROX_MODS, False, m.start(), end, m.start("n1"), True
            )
        end = m.end("n1")
    value, vague, open_ended = first
    lo: int | None = value
    hi: int | None = None if open_ended else value
    approximate = False
    if mod in MIN_MODS:
        hi = None
    elif mod in MAX_MODS:
        lo, hi = None, value
    elif mod in APPROX_MODS:
        approximate = True
    return Quantity(lo, hi, approximate, vague, m.start(), end, m.start("n1"))
