"""Remove boilerplate (ads markers, repeated captions, related headlines, tags, newsletter
pitches, copyright lines) from text scraped off a page; report each removed segment."""

from __future__ import annotations

from harmwatch.records import CleanText


def clean_text(raw: str) -> CleanText:
    return CleanText(text=raw.strip())
