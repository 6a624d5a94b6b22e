"""Shared by the speaker tests: a report of our written sets by id, and the check that the quote
opening with given words is given a speaker like the expected one."""

from __future__ import annotations

import json
from pathlib import Path

from harmwatch.extract.speech.quotes import find_quotes

WRITTEN = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "written"


def written_report(name: str, report_id: str) -> dict:
    """The report ``report_id`` of the written set ``name`` (``en_speakers5``)."""
    for line in (WRITTEN / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] == report_id:
            return doc
    raise KeyError(report_id)


def speakers(make_ctx, text: str, start: str, published: str | None = None) -> dict[str, str | None]:
    """Each quote's speaker, keyed by its opening words as long as ``start``."""
    ctx = make_ctx(text) if published is None else make_ctx(text, published)
    return {q.text[: len(start)]: q.speaker for q in find_quotes(ctx)}


def assert_speaker_like(make_ctx, text: str, start: str, speaker: str) -> None:
    """The quote opening with ``start`` has a speaker holding ``speaker``."""
    found = speakers(make_ctx, text, start)
    assert start in found, found
    assert found[start] is not None and speaker.lower() in found[start].lower(), found


def assert_report_speaker(make_ctx, name: str, report_id: str, start: str) -> None:
    """In a written report, the quote opening with ``start`` has the gold speaker, or one of its
    names holding the other."""
    doc = written_report(name, report_id)
    gold = next(q["speaker"] for q in doc["quotes"] if q["text_start"].startswith(start))
    found = speakers(make_ctx, doc["text"], start, doc["published"])
    got = found.get(start)
    assert got is not None and (gold.lower() in got.lower() or got.lower() in gold.lower()), found
