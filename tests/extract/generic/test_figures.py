"""Generic casualty figures, on sentences written for these tests in fr, es, de, pt."""

from __future__ import annotations

from datetime import date

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.figures import find_figures


def figs(text: str, lang: str) -> list[tuple]:
    res = find_figures(make_context(text, lang, date(2024, 5, 10)))
    for c in res.casualties:
        assert c.span is not None and text[c.span.start : c.span.end] == c.text
    return [(c.outcome, c.min, c.max, c.group, c.approximate) for c in res.casualties]


def test_french_qualifiers_groups_and_outcomes() -> None:
    got = figs(
        "Au moins 12 civils ont été tués et 30 blessés dans le bombardement, selon la Croix-Rouge.", "fr"
    )
    assert ("killed", 12, None, "civilians", False) in got
    assert ("injured", 30, 30, "people", False) in got


def test_french_subgroup_is_its_own_figure() -> None:
    got = figs("L'attaque a fait 25 morts, dont 7 enfants.", "fr")
    assert ("killed", 25, 25, "people", False) in got
    assert ("killed", 7, 7, "children", False) in got


def test_spanish_nearest_outcome_after_each_number() -> None:
    got = figs("Al menos 14 personas murieron y 50 resultaron heridas en el ataque.", "es")
    assert ("killed", 14, None, "people", False) in got
    assert ("injured", 50, 50, "people", False) in got


def test_spanish_between_gives_both_bounds() -> None:
    got = figs("El ataque dejó entre 20 y 30 muertos en la aldea.", "es")
    assert ("killed", 20, 30, "people", False) in got


def test_german_qualifier_covers_the_coordinated_number() -> None:
    got = figs("Bislang wurden mindestens 3 Tote und 40 Verletzte gezählt.", "de")
    assert ("killed", 3, None, "people", False) in got
    assert ("injured", 40, None, "people", False) in got


def test_german_subgroup_takes_the_outcome_of_its_group() -> None:
    got = figs("Weitere 60 Menschen, darunter 11 Kinder, wurden verletzt.", "de")
    assert ("injured", 60, 60, "people", False) in got
    assert ("injured", 11, 11, "children", False) in got


def test_portuguese_approximate_and_up_to() -> None:
    got = figs("Cerca de 40 pessoas morreram e até 100 ficaram feridas.", "pt")
    assert ("killed", 40, 40, "people", True) in got
    assert ("injured", None, 100, "people", False) in got


def test_numbers_that_are_no_casualty_count() -> None:
    assert figs("Il avait 45 ans et vivait à 12 km de la ville; 3 bus sont partis.", "fr") == []
    assert figs("Die Tat geschah um 21 Uhr; der Mann war 30 Jahre alt.", "de") == []


def test_dead_or_wounded_is_no_figure() -> None:
    assert [f for f in figs("Plus de 80 civils ont été tués ou blessés.", "fr") if f[1] == 80] == []


def test_cumulative_toll_is_an_aggregate() -> None:
    ctx = make_context(
        "Un obus a tué 3 personnes. Depuis le début de la guerre, 12000 civils ont été tués.", "fr", None
    )
    res = find_figures(ctx)
    assert [(c.min, c.max) for c in res.casualties] == [(3, 3)]
    assert [a.number for a in res.aggregates] == [12000]


def test_toll_far_above_the_earlier_figures_is_an_aggregate() -> None:
    ctx = make_context(
        "Zwei Menschen wurden getötet. Insgesamt zählen die Vereinten Nationen 9000 Tote.", "de", None
    )
    res = find_figures(ctx)
    assert 9000 not in {c.min for c in res.casualties}
    assert 9000 in {a.number for a in res.aggregates}


def test_source_phrase_names_the_source() -> None:
    ctx = make_context("Según la Defensoría del Pueblo, 17 personas murieron.", "es", None)
    res = find_figures(ctx)
    assert res.casualties[0].source == "la Defensoría del Pueblo"


def _split(text: str, lang: str) -> tuple[set[int], set[int]]:
    res = find_figures(make_context(text, lang, None))
    return {c.min or c.max or 0 for c in res.casualties}, {a.number for a in res.aggregates}


def test_since_a_month_makes_a_toll_cumulative() -> None:
    # the month names come from the pack's dates.json, in every language
    own, agg = _split(
        "Un drone a tué 4 personnes. Depuis mars, 230 civils ont été tués dans la région.", "fr"
    )
    assert own == {4} and agg == {230}
    own, agg = _split("Ein Angriff tötete 5 Menschen. Seit dem 3. Mai wurden 410 Zivilisten getötet.", "de")
    assert own == {5} and agg == {410}
    own, agg = _split("Удар убил 6 человек. С 12 марта погибли 380 мирных жителей.", "ru")
    assert own == {6} and agg == {380}


def test_since_a_weekday_is_no_cumulative_cue() -> None:
    own, agg = _split("Depuis lundi, 9 personnes ont été tuées dans les frappes.", "fr")
    assert own == {9} and agg == set()


def test_last_year_and_by_the_war_are_cumulative_cues() -> None:
    own, agg = _split(
        "Bei dem Angriff starben 7 Menschen. Im vergangenen Jahr wurden 61 Helfer getötet.", "de"
    )
    assert own == {7} and agg == {61}
    own, agg = _split("Murieron 3 personas. El año pasado, 140 civiles murieron en la provincia.", "es")
    assert own == {3} and agg == {140}


def test_large_toll_closing_a_report_without_figures_is_background() -> None:
    text = (
        "Aviões atacaram um mercado na manhã de sexta-feira e destruíram várias lojas. "
        "Os moradores disseram que o ataque começou cedo. "
        "Testemunhas relataram incêndios em vários prédios perto da estrada principal. "
        "Mais de 7000 pessoas morreram no país."
    )
    own, agg = _split(text, "pt")
    assert own == set() and agg == {7000}
    own, agg = _split("Mais de 7000 pessoas morreram no ataque de sexta-feira contra a cidade.", "pt")
    assert own == {7000}
