"""Generic targets: only where the report speaks of violence or harm."""

from __future__ import annotations

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.targets import find_targets


def targets(text: str, lang: str) -> list[str]:
    return [t.type for t in find_targets(make_context(text, lang, None))]


def test_targets_in_violent_sentences() -> None:
    assert targets("Une frappe a touché l'hôpital et une école, tuant 3 patients.", "fr") == [
        "medical",
        "school",
    ]
    assert targets("Ein Angriff traf den Markt und eine Moschee.", "de") == ["market", "place_of_worship"]


def test_targets_outside_violence_are_ignored() -> None:
    assert targets("La nueva escuela abrió sus puertas el lunes.", "es") == []


def test_a_source_that_speaks_is_not_a_target() -> None:
    assert targets("Ein Angriff traf den Markt, erklärte das Ministerium.", "de") == ["market"]
    assert targets("Nach dem Angriff auf die Stadt erklärte das Ministerium, es werde antworten.", "de") == []


def test_bars_and_restaurants_are_other_targets() -> None:
    assert targets("Hombres armados atacaron un bar en el centro y mataron a diez personas.", "es") == [
        "other"
    ]
