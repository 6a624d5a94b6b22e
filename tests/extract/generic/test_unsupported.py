"""Reports in languages without a pack: numbers in digits, inflected lead places, the unclassified
event. Every sentence is written for these tests (Croatian-, Polish- and Czech-like)."""

from __future__ import annotations

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.places import find_places
from harmwatch.extract.generic.unsupported import (
    digit_figures,
    inflected_places,
    month_names,
    unclassified_event,
)


def _ctx(text: str, lang: str):
    return make_context(text, lang, None)


def _values(text: str, lang: str) -> list[int]:
    return [c.min for c in digit_figures(_ctx(text, lang))]


def test_month_names_come_from_cldr_in_every_form() -> None:
    months = month_names("hr")
    assert {"ožujak", "ožujka", "svibnja"} <= months  # nominative and genitive
    assert month_names("xx-not-a-language") == frozenset()


def test_days_years_and_numeric_dates_are_no_counts() -> None:
    assert _values("Napad 12. svibnja 2024. ubio je 14 ljudi u gradu.", "hr") == [14]
    assert _values("Atak 5 maja zabił 23 osoby w mieście.", "pl") == [23]
    assert _values("Dne 2024-05-12 zemřelo 9 lidí, dalších 07 hledají.", "cs") == [9]


def test_figures_have_no_outcome_and_are_read_from_the_lead_only() -> None:
    lead = "U napadu na tržnicu poginulo je 17 ljudi, a 40 ih je ranjeno."
    text = lead + "\n\n" + ("Grad je imao mnogo stanovnika prije rata. " * 16) + "Tada je bilo 300 vojnika."
    figures = digit_figures(_ctx(text, "hr"))
    assert [(c.outcome, c.min, c.max) for c in figures] == [("unknown", 17, 17), ("unknown", 40, 40)]
    assert all(text[c.span.start : c.span.end] == c.text for c in figures)


def test_an_inflected_city_of_the_lead_is_found_but_a_sentence_initial_word_is_not() -> None:
    text = "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi. Napad je bio u podne."
    ctx = _ctx(text, "hr")
    found = inflected_places(ctx, find_places(ctx), len(text))
    assert [(p.name, p.country, p.text) for p in found] == [("Kharkiv", "UA", "Harkivu")]


def test_unclassified_event_needs_a_place_and_a_number_in_the_lead() -> None:
    text = "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi, javile su vlasti."
    ctx = _ctx(text, "hr")
    ev = unclassified_event(ctx, find_places(ctx))
    assert ev is not None and ev.unclassified and ev.main
    assert ev.sub_event_type is None and ev.weapon is None and ev.perpetrator.name == "unknown"
    assert ev.locations[0].name == "Kharkiv"
    assert [(c.outcome, c.min) for c in ev.casualties] == [("unknown", 17)]
    no_number = "U raketnom napadu na tržnicu u Harkivu poginulo je mnogo ljudi."
    assert unclassified_event(_ctx(no_number, "hr"), find_places(_ctx(no_number, "hr"))) is None
    no_place = "U napadu na tržnicu poginulo je 17 ljudi, javile su vlasti."
    assert unclassified_event(_ctx(no_place, "hr"), find_places(_ctx(no_place, "hr"))) is None


def test_the_unclassified_event_spans_the_sentence_of_its_first_figure() -> None:
    lead = "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi."
    text = "Napad na tržnicu\n" + lead + " Vlasti su zatvorile grad."
    ctx = _ctx(text, "hr")
    ev = unclassified_event(ctx, find_places(ctx))
    assert ev is not None and ev.span is not None
    assert text[ev.span.start : ev.span.end] == lead  # not the title line, not the next sentence


def test_an_unknown_figure_is_never_a_killed_figure_for_the_linker() -> None:
    from harmwatch.link.decode import event_refs_from_json
    from harmwatch.link.similarity import features

    text = "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi, javile su vlasti."
    ctx = _ctx(text, "hr")
    ev = unclassified_event(ctx, find_places(ctx))
    assert ev is not None
    ref = event_refs_from_json({"id": "d", "text": text, "events": [ev.to_dict()]})[0]
    assert ref.unclassified and ref.casualties[0].outcome == "unknown"
    f = features(ref)
    assert f.figures == frozenset() and f.all_figures == {17}
