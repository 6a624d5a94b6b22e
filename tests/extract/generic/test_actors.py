"""Generic perpetrators: country adjectives and names beside force words, groups, unnamed attackers."""

from __future__ import annotations

from harmwatch.extract.generic.actors import find_perpetrator
from harmwatch.extract.generic.engine import make_context


def perp(text: str, lang: str, hint: str | None = None):
    p = find_perpetrator(make_context(text, lang, None), hint)
    if p.span is not None:
        assert text[p.span.start : p.span.end] == p.text
    return p


def test_french_demonym_after_force_noun() -> None:
    p = perp("L'armée russe a bombardé la ville, tuant 5 civils.", "fr")
    assert (p.country, p.kind) == ("RU", "state")
    assert p.name.lower().endswith("armée russe")


def test_german_demonym_before_force_noun() -> None:
    p = perp("Ein israelischer Luftangriff traf ein Wohnhaus; 6 Menschen starben.", "de")
    assert (p.country, p.kind) == ("IL", "state")


def test_spanish_country_name_as_force_complement() -> None:
    p = perp("Un bombardeo del ejército de Siria mató a 9 civiles.", "es")
    assert (p.country, p.kind) == ("SY", "state")


def test_country_name_alone_is_not_a_perpetrator() -> None:
    p = perp("En Siria, las tropas atacaron la aldea.", "es")
    assert p.country is None


def test_portuguese_armed_group_and_unnamed_attackers() -> None:
    assert perp("O Estado Islâmico reivindicou o ataque que matou 10 pessoas.", "pt").kind == "non_state"
    p = perp("Homens armados atacaram a aldeia durante a noite.", "pt")
    assert (p.kind, p.name) == ("non_state", "Homens armados")


def test_unnamed_state_forces_take_the_reports_country() -> None:
    p = perp("Les forces de l'ordre ont tiré sur la foule, tuant 4 personnes.", "fr", hint="SN")
    assert (p.country, p.kind) == ("SN", "state")


def test_nobody_named_is_unknown() -> None:
    assert perp("Une explosion a détruit le pont.", "fr").name == "unknown"
