"""Remove boilerplate (ads markers, repeated captions, related headlines, tags, newsletter
pitches, copyright lines) from text scraped off a page; report each removed segment.

Whole lines only are removed, so every kept sentence stays exactly as it was. The rules:

1. context-free, per line (:func:`harmwatch.clean.lines.line_reason`): ad markers, share bars,
   comment forms, photo credits, copyright, pitches, "Related" headers, page chrome, bylines;
2. next to a removed line (same block): the rest of a pitch ("Our free digest arrives in
   your inbox daily"), and the links under a "Related" header;
3. on the kept lines, until nothing changes: later copies of a line (duplicate), lowercase
   keyword lines standing alone (tags), and runs of two or more short unpunctuated lines whose
   words the article does not use (headlines of other stories).

The first kept line (the headline) is never taken for a related headline. Because the rules of
step 3 run to a fixed point on exactly what is output, ``clean_text(clean_text(x).text)`` keeps
everything.
"""

from __future__ import annotations

from collections import Counter

from harmwatch.clean import vocab as v
from harmwatch.clean.lines import (
    Line,
    caption_body,
    is_headline_like,
    is_tag_line,
    is_terminal,
    line_reason,
    split_lines,
)
from harmwatch.clean.published import published_date
from harmwatch.records import CleanText, RemovedSegment, Span

RELATED_OVERLAP_MAX = 0.25  # a run of headlines sharing fewer of its words with the article is unrelated
PITCH_MAX_WORDS = 40  # a longer line next to a pitch is an article paragraph, kept
PITCH_HEADING_WORDS = 8
RELATED_LINK_MAX_WORDS = 20
CAPTION_KEEP_WORDS = 15  # a longer caption may carry facts: only its credit goes (later copies: duplicate)


def clean_text(raw: str, only: frozenset[str] | None = None) -> CleanText:
    """Main text of scraped text: boilerplate lines removed, each reported with its reason.

    ``only`` limits the removals to these reasons (all of ``vocab.REASONS`` by default).
    """
    allowed = frozenset(v.REASONS) if only is None else only
    lines = split_lines(raw)
    reasons: dict[int, str] = {}
    trimmed: list[RemovedSegment] = []
    for i, line in enumerate(lines):
        reason = line_reason(line.text)
        if reason not in allowed:
            continue
        if reason == "caption":
            kept_line, cut = _trim_caption(raw, line)
            if kept_line is not None:
                lines[i] = kept_line
                trimmed.extend(cut)
                continue
        if reason:
            reasons[i] = reason
    if "newsletter" in allowed:
        _extend_pitches(lines, reasons)
    if "related_headlines" in allowed:
        _extend_related(lines, reasons)
    while True:
        added = _kept_line_rules(lines, reasons, allowed)
        if not added:
            break
        reasons.update(added)
    kept = [i for i in range(len(lines)) if i not in reasons]
    removed = sorted(_segments(raw, lines, reasons) + tuple(trimmed), key=lambda r: r.raw_span.start)
    published = published_date([lines[i].text for i in sorted(reasons) if reasons[i] in ("chrome", "byline")])
    return CleanText(text=_join(lines, kept), removed=tuple(removed), published=published)


def _trim_caption(raw: str, line: Line) -> tuple[Line | None, list[RemovedSegment]]:
    """A long caption keeps its words (they may be the only mention of a figure);
    its marker and credit go. Returns (the kept line, the removed pieces), or (None, [])."""
    start, end = caption_body(line.text)
    body = line.text[start:end]
    words = v.WORD.findall(body)
    if len(words) <= CAPTION_KEEP_WORDS or line_reason(body) is not None:
        return None, []
    cut = []
    for a, b in ((0, start), (end, len(line.text))):
        piece = line.text[a:b]
        if piece.strip():
            a += len(piece) - len(piece.lstrip())
            b -= len(piece) - len(piece.rstrip())
            span = Span(line.start + a, line.start + b)
            cut.append(RemovedSegment(raw[span.start : span.end], "caption", span))
    kept = Line(line.start + start, line.start + end, body, line.para_break, tuple(words))
    return kept, cut


# ---------- rules next to removed lines ----------


def _same_block(lines: list[Line], i: int, j: int) -> bool:
    """Lines i < j are consecutive non-blank lines with no blank line between."""
    return j == i + 1 and not lines[j].para_break


def _extend_pitches(lines: list[Line], reasons: dict[int, str]) -> None:
    """Lines that talk about subscriptions next to a pitch or copyright line join it."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if i in reasons or len(line.words) > PITCH_MAX_WORDS:
                continue
            if i + 1 < len(lines) and reasons.get(i + 1) == "newsletter" and _same_block(lines, i, i + 1):
                if len(line.words) <= PITCH_HEADING_WORDS and not is_terminal(line.text):
                    reasons[i] = "newsletter"  # the pitch's heading ("Get the Evening Digest")
                    changed = True
                    continue
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if any(
                reasons.get(j) in ("newsletter", "copyright") and _same_block(lines, min(i, j), max(i, j))
                for j in neighbours
            ) and v.NEWSLETTER_WEAK.search(line.text):
                reasons[i] = "newsletter"
                changed = True


def _extend_related(lines: list[Line], reasons: dict[int, str]) -> None:
    """The links listed under a "Related" / "Read more" header (until a real paragraph)."""
    for i, line in enumerate(lines):
        if reasons.get(i) != "related_headlines" or not v.RELATED_HEADER.match(line.text):
            continue
        for j in range(i + 1, len(lines)):
            if j in reasons:
                continue
            words = lines[j].words
            if len(words) > RELATED_LINK_MAX_WORDS or (is_terminal(lines[j].text) and len(words) > 6):
                break
            if lines[j].para_break:  # the list is the header's block
                break
            reasons[j] = "related_headlines"


# ---------- rules on the kept lines (run to a fixed point) ----------


def _kept_line_rules(lines: list[Line], reasons: dict[int, str], allowed: frozenset[str]) -> dict[int, str]:
    kept = [i for i in range(len(lines)) if i not in reasons]
    if not kept:
        return {}
    breaks = _kept_breaks(lines, kept)
    added: dict[int, str] = {}
    seen: set[str] = set()
    for k, i in enumerate(kept):
        key = lines[i].key
        if key in seen and "duplicate" in allowed and any(c.isalnum() for c in key):
            added[i] = "duplicate"
        seen.add(key)
        alone = (k == 0 or breaks[k]) and (k == len(kept) - 1 or breaks[k + 1])
        if alone and i not in added and "tags" in allowed and is_tag_line(lines[i].text):
            added[i] = "tags"
    if added or "related_headlines" not in allowed:  # runs wait until the headline is settled
        return added
    runs = _headline_runs(lines, kept, breaks)
    counts = Counter(w.lower() for i in kept for w in lines[i].words) if runs else Counter()
    for run in runs:
        if _overlap(lines, counts, run) < RELATED_OVERLAP_MAX:
            for i in run:
                added.setdefault(i, "related_headlines")
    return added


def _kept_breaks(lines: list[Line], kept: list[int]) -> list[bool]:
    """For each kept line: is it separated from the previous kept line by a blank line?"""
    breaks = []
    prev = -1
    for i in kept:
        breaks.append(prev >= 0 and any(lines[j].para_break for j in range(prev + 1, i + 1)))
        prev = i
    return breaks


def _headline_runs(lines: list[Line], kept: list[int], breaks: list[bool]) -> list[list[int]]:
    """Runs of 2+ headline-shaped lines inside one block (the first kept line excluded)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, i in enumerate(kept):
        if k > 0 and is_headline_like(lines[i].text):
            if run and breaks[k]:
                runs.append(run)
                run = []
            run.append(i)
        else:
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def _content_words(line: Line) -> list[str]:
    return [w for w in (x.lower() for x in line.words) if len(w) >= 4 and w not in v.OVERLAP_STOP]


def _overlap(lines: list[Line], counts: Counter[str], run: list[int]) -> float:
    """Mean share of each run line's content words that the rest of the text uses.

    ``counts``: lowercase word counts of all kept lines, the run included (subtracted here)."""
    in_run = Counter(w.lower() for i in run for w in lines[i].words)
    shares = []
    for i in run:
        words = _content_words(lines[i])
        if words:
            shares.append(sum(1 for w in words if counts[w] > in_run[w]) / len(words))
    return sum(shares) / len(shares) if shares else 1.0


# ---------- output ----------


def _join(lines: list[Line], kept: list[int]) -> str:
    parts: list[str] = []
    breaks = _kept_breaks(lines, kept)
    for k, i in enumerate(kept):
        if k:
            parts.append("\n\n" if breaks[k] else "\n")
        parts.append(lines[i].text)
    return "".join(parts)


def _segments(raw: str, lines: list[Line], reasons: dict[int, str]) -> tuple[RemovedSegment, ...]:
    """Removed lines, consecutive ones of one reason (same block) merged into one segment."""
    out: list[RemovedSegment] = []
    start = end = -1
    reason = None
    prev = -2
    for i in sorted(reasons):
        r = reasons[i]
        if r == reason and i == prev + 1 and not lines[i].para_break:
            end = lines[i].end
        else:
            if reason is not None:
                out.append(RemovedSegment(raw[start:end], reason, Span(start, end)))
            start, end, reason = lines[i].start, lines[i].end, r
        prev = i
    if reason is not None:
        out.append(RemovedSegment(raw[start:end], reason, Span(start, end)))
    return tuple(out)
