"""The report as it arrives, before cleaning: the input of extraction and ingestion."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One report as it arrives: text or HTML, with what the caller knows about it."""

    id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
