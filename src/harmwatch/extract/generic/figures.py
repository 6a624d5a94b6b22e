"""Casualty figures and aggregates in any language."""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.extract.context import DocContext
from harmwatch.records import Aggregate, Casualty


@dataclass(frozen=True, slots=True)
class Figures:
    casualties: tuple[Casualty, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()


def find_figures(ctx: DocContext) -> Figures:
    return Figures()
