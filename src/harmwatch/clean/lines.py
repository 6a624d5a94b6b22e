"""Line model of scraped text and the context-free verdict on one line.

A line is judged on its own words here (is it an ad marker, a caption credit, a share bar, a
copyright notice, ...); judgements that need neighbours (duplicates, runs of headlines, tag
lines, pitch blocks) live in :mod:`harmwatch.clean.boilerplate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harmwatch.clean import vocab as v

_LINE = re.compile(r"[^\r\n]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_SPACE = re.compile(r"\s+")
CREDIT_TAIL_CHARS = 160  # longer than any credit the caption patterns accept
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the raw text: its stripped words and where they are in the raw."""

    start: int  # offsets of the stripped line in the raw text
    end: int
    text: str
    para_break: bool  # a blank line separates it from the previous non-blank line
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        """Comparison key for duplicates: case, spacing and quote styles ignored."""
        return _SPACE.sub(" ", self.text.translate(_QUOTES)).casefold()


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines of ``raw`` (any newline convention), stripped, with raw offsets."""
    lines: list[Line] = []
    prev_end = 0
    for m in _LINE.finditer(raw):
        seg = m.group()
        stripped = seg.strip()
        gap = raw[prev_end : m.start()]
        if not stripped:
            continue
        lead = len(seg) - len(seg.lstrip())
        start = m.start() + lead
        para_break = bool(lines) and len(_NEWLINE.findall(gap)) >= 2  # blank lines lie in the gap
        lines.append(
            Line(start, start + len(stripped), stripped, para_break, tuple(v.WORD.findall(stripped)))
        )
        prev_end = m.end()
    return lines


def is_terminal(text: str) -> bool:
    """Does the line end like a sentence (or a clause: , ; :)?"""
    return bool(v.TERMINAL.search(text))


def _is_share(text: str, words: list[str] | tuple[str, ...]) -> bool:
    if v.SHARE_LINE.match(text):
        return True
    if len(words) < 2 or len(words) > 14 or len(text) > 120:
        return False
    lowered = [w.lower() for w in words]
    shareish = [w for w in lowered if v.SHARE_GLUED.fullmatch(w)]
    platforms = sum(1 for w in lowered if w in v.SHARE_PLATFORM or _glued_platform(w))
    if platforms == 0:
        return False
    return len(shareish) * 2 >= len(lowered) and (platforms >= 2 or len(shareish) == len(lowered))


def _glued_platform(word: str) -> bool:
    return len(word) > 8 and bool(v.SHARE_GLUED.fullmatch(word)) and any(p in word for p in v.SHARE_PLATFORM)


def _is_date_chrome(text: str, words: list[str]) -> bool:
    if len(words) > 25 or not any(c.isdigit() for c in text):
        return False
    if v.DATE_CHROME_ANY.search(text) and ("|" in text or "•" in text or v.DATE_KEYWORD.match(text)):
        return True
    if not v.DATE_KEYWORD.match(text):
        return False
    datey = sum(1 for w in words if w.isdigit() or w.lower().rstrip(".") in v.DATE_TOKENS or _is_clock(w))
    return datey * 10 >= len(words) * 6


def _is_clock(word: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", word))


def caption_body(text: str) -> tuple[int, int]:
    """Bounds of a caption line's own words, without its marker ("Image caption") and credit."""
    start, end = 0, len(text)
    m = v.CAPTION_PREFIX.match(text)
    if m:
        start = m.end()
    pos = max(start, len(text) - CREDIT_TAIL_CHARS)
    tails = [
        m.start() for m in (v.CAPTION_TAIL.search(text, pos), v.CAPTION_AGENCY_TAIL.search(text, pos)) if m
    ]
    if tails:
        end = min(tails)
    while end > start and text[end - 1] in _CREDIT_SEPARATORS:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


_CREDIT_SEPARATORS = frozenset(" \t-—–|:;,/(")


def _has_credit(text: str, lowered: str) -> bool:
    """Does the line end with a photo credit? (cheap substring tests before the patterns)"""
    tail = max(0, len(text) - CREDIT_TAIL_CHARS)  # a credit sits at the end: search there only
    end = lowered[tail:]
    if any(h in end for h in v.CREDIT_HINTS) and v.CAPTION_TAIL.search(text, tail):
        return True
    return (text[-1:] in ")]" or "/" in end or "—" in end or "–" in end) and bool(
        v.CAPTION_AGENCY_TAIL.search(text, tail)
    )


def line_reason(text: str) -> str | None:
    """Why this line, alone, is boilerplate (a reason of ``vocab.REASONS``), or None."""
    words = v.WORD.findall(text)
    n = len(words)
    if v.ADVERTISEMENT.match(text):
        return "advertisement"
    if _is_share(text, words):
        return "share"
    if v.COMMENTS.match(text):
        return "comments"
    if v.CAPTION_PREFIX.match(text) or v.CAPTION_WHOLE.match(text):
        return "caption"
    lowered = text.lower()
    if n <= 40 and any(h in lowered for h in v.COPYRIGHT_HINTS) and v.COPYRIGHT.search(text):
        return "copyright"
    if _has_credit(text, lowered):
        return "caption"
    if v.HASHTAGS.match(text):
        return "tags"
    if n <= 25 and (
        v.NEWSLETTER.match(text)
        or (any(h in lowered for h in v.NEWSLETTER_HINTS) and v.NEWSLETTER_ANYWHERE.search(text))
    ):
        return "newsletter"
    if v.RELATED_HEADER.match(text):
        return "related_headlines"
    if n <= 20 and v.READ_MORE_LINK.match(text):
        return "related_headlines"
    if v.CHROME.match(text) or v.BARE_URL.match(text) or _is_date_chrome(text, words):
        return "chrome"
    if n <= 14 and v.BYLINE.match(text):
        return "byline"
    return None


def is_tag_line(text: str) -> bool:
    """A line of lowercase keywords ("harbour shelling grain exports"), not a sentence fragment."""
    tokens = [t.strip(",") for t in text.split()]
    tokens = [t for t in tokens if t]
    if not 1 <= len(tokens) <= 10 or any(c in text for c in '.!?:;"“”()[]'):
        return False
    if len(tokens) == 1 and len(tokens[0]) < 4:
        return False
    for t in tokens:
        if t != t.lower() or t == t.upper() or t in v.SENTENCE_WORDS:
            return False  # capitalised, uncased (digits, other scripts) or a grammar word
    return True


def is_headline_like(text: str) -> bool:
    """Short, no final punctuation: the shape of a link to another story."""
    n = len(v.WORD.findall(text))
    return (
        3 <= n <= 16 and not is_terminal(text) and any(c.isalpha() for c in text) and not v.BULLET.match(text)
    )
