"""Casualty figures ("at least 85 people were killed", "up to 100 injured") and aggregates."""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.extract.context import DocContext
from harmwatch.records import Aggregate, Casualty


@dataclass(frozen=True, slots=True)
class FigureResult:
    casualties: tuple[Casualty, ...]  # the incident's own figures, each with its source
    aggregates: tuple[Aggregate, ...]  # cumulative / conflict-wide tolls, kept apart


def find_figures(ctx: DocContext) -> FigureResult:
    return FigureResult((), ())
