"""Varied synthetic reports (written for the tests, no real report's words): attacks of several
kinds in several places, with figures, sources, quotes and denials, plus non-incident news."""

from __future__ import annotations

import json
import random
from pathlib import Path

PLACES = (
    "Aleppo",
    "Mosul",
    "Kharkiv",
    "Gao",
    "Kabul",
    "Sanaa",
    "Maiduguri",
    "Idlib",
    "Donetsk",
    "Taiz",
    "Khartoum",
)
ATTACKS = (
    "An air strike hit {target} in {place}",
    "Shelling struck {target} in {place}",
    "Gunmen attacked {target} near {place}",
    "A car bomb exploded outside {target} in {place}",
    "A drone strike destroyed {target} on the edge of {place}",
)
TARGETS = (
    "a crowded market",
    "a hospital",
    "a school",
    "a mosque",
    "a residential building",
    "a bus station",
)
FIGURES = (
    "killed at least {n} civilians",
    "killed {n} people",
    "left {n} people dead",
    "killed {w} residents",
)
WORDS = ("three", "five", "seven", "twelve", "twenty")
SOURCES = ("local officials said", "according to the health ministry", "a rescue worker told reporters")
INJURED = ("{m} others were wounded.", "More than {m} people were injured.", "")
DAYS = ("on Monday", "on Tuesday", "late on Friday", "on Sunday morning", "yesterday")
QUOTES = ('"We heard a huge blast and ran," said {name}, a shopkeeper.', "")
NAMES = ("Amina Yusuf", "Omar Haddad", "Olena Koval", "Ibrahim Musa")
DENIALS = ("The army denied any involvement.", "The group rejected the accusation.", "")
NEGATIVE = (
    "The city council of {place} approved a new budget for road repairs {day}.",
    "Football fans in {place} celebrated after their team crushed its rivals {day}.",
    "Heavy rain flooded several streets in {place} {day}, but nobody was hurt.",
)


def report(i: int) -> str:
    """The i-th synthetic report: deterministic, unique, a few sentences long."""
    r = random.Random(i)
    place, day = r.choice(PLACES), r.choice(DAYS)
    if r.random() < 0.15:
        text = r.choice(NEGATIVE).format(place=place, day=day)
    else:
        n = r.randint(2, 90)
        attack = r.choice(ATTACKS).format(target=r.choice(TARGETS), place=place)
        figure = r.choice(FIGURES).format(n=n, w=r.choice(WORDS))
        parts = [
            f"{attack} {day} and {figure}, {r.choice(SOURCES)}.",
            r.choice(INJURED).format(m=r.randint(2, 60)),
            r.choice(QUOTES).format(name=r.choice(NAMES)),
            r.choice(DENIALS),
        ]
        text = " ".join(p for p in parts if p)
    return f"{text} (Dispatch {i:05d}.)"


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(start, start + n):
            f.write(
                json.dumps(
                    {
                        "id": f"syn-{i:05d}",
                        "text": report(i),
                        "published": "2023-05-10",
                        "url": f"https://wire{i % 7}.example.org/{i}",
                    }
                )
                + "\n"
            )
    return path
