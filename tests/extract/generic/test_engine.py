"""The generic engine end to end and the pipeline's dispatch by language."""

from __future__ import annotations

import pytest

from harmwatch.extract.engine import extract_document
from harmwatch.records import RawDocument
from tests.span_check import assert_spans_index_text

REPORTS = {
    "fr": "Une frappe aérienne a tué au moins 12 civils mardi dans le nord du pays, selon l'ONU. "
    "L'armée a nié toute responsabilité.",
    "es": "Un ataque con misiles dejó 8 muertos y 20 heridos el domingo, según las autoridades locales.",
    "de": "Bei einem Raketenangriff wurden am Sonntag mindestens 7 Menschen getötet und 30 verletzt.",
    "pt": "Um ataque de drones matou pelo menos 5 civis na segunda-feira, segundo a polícia.",
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_language_identified_and_claims_extracted(lang: str) -> None:
    out = extract_document(RawDocument(id=lang, text=REPORTS[lang], published="2024-05-14")).to_dict()
    assert out["language"] == lang
    assert "language_supported" not in out
    assert out["events"], out
    ev = out["events"][0]
    assert ev["casualties"] and ev["casualties"][0]["outcome"] == "killed"
    assert_spans_index_text(out)


def test_given_language_wins() -> None:
    out = extract_document(RawDocument(text=REPORTS["fr"], language="es")).to_dict()
    assert out["language"] == "es"


def test_batch_language_applies_to_lines_that_do_not_say() -> None:
    from harmwatch.extract.batch import run_batch

    lines = [
        '{"id": "a", "text": "Une frappe a tué 3 civils."}',
        '{"id": "b", "text": "Une frappe a tué 3 civils.", "language": "es"}',
    ]
    got = {r.id: r.output["language"] for r in run_batch(lines, workers=1, language="pt")}
    assert got == {"a": "pt", "b": "es"}


def test_unsupported_language_says_so() -> None:
    text = "Trzy osoby zginęły w poniedziałek rano, gdy pocisk trafił w targowisko w centrum miasta."
    out = extract_document(RawDocument(text=text)).to_dict()
    assert out["language"] == "pl"
    assert out["language_supported"] is False
    assert out["events"] == []  # a place and a figure in digits are needed for an event
    assert_spans_index_text(out)


def test_english_still_runs_the_english_rules() -> None:
    text = "An air strike killed at least 12 civilians in Aleppo on Tuesday."
    out = extract_document(RawDocument(text=text, published="2016-10-13")).to_dict()
    assert out["language"] == "en"
    assert out["events"][0]["casualties"][0]["min"] == 12


@pytest.mark.slow
def test_every_span_of_every_language_slices_the_cleaned_text() -> None:
    """Every non-English gold report, its language not given: each claim's span gives its words."""
    import json

    from tests.conftest import EVAL

    dev = EVAL / "dev.jsonl"
    if not dev.is_file():
        pytest.skip(f"evaluation folder missing: {EVAL}")
    checked: dict[str, int] = {}
    with dev.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc.get("language") == "en":
                continue
            out = extract_document(
                RawDocument(id=doc["id"], text=doc["text"], published=doc.get("published"))
            )
            result = out.to_dict()
            checked[result["language"]] = checked.get(result["language"], 0) + assert_spans_index_text(result)
    for code in ("fr", "es", "de", "pt", "ru", "uk", "ar"):
        assert checked.get(code, 0) > 0, f"no span checked in {code}"


def test_unsupported_language_gets_an_unclassified_event_from_place_and_digits() -> None:
    text = (
        "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi, a 40 ih je ranjeno, "
        "javile su lokalne vlasti u nedjelju."
    )
    # given as "hr": Croatian, Bosnian and Serbian share this sentence (identified as "other")
    out = extract_document(RawDocument(text=text, published="2024-05-12", language="hr")).to_dict()
    assert out["language"] == "hr" and out["language_supported"] is False
    (ev,) = out["events"]
    assert ev["unclassified"] is True and ev["sub_event_type"] is None
    assert ev["locations"][0]["name"] == "Kharkiv"
    assert {c["outcome"] for c in ev["casualties"]} == {"unknown"}
    assert_spans_index_text(out)


def test_blame_laid_elsewhere_by_the_perpetrator_denies():
    from datetime import date

    from harmwatch.extract.generic.engine import extract_generic, make_context

    text = (
        "Une frappe de l'armée russe a tué huit civils à Kherson, selon les autorités locales.\n\n"
        "L'armée russe a accusé les forces ukrainiennes de crimes de guerre."
    )
    found = [
        (r.party, r.stance) for r in extract_generic(make_context(text, "fr", date(2024, 5, 14))).responses
    ]
    assert ("armée russe", "deny") in found


def test_an_accusation_by_anyone_else_denies_nothing():
    from datetime import date

    from harmwatch.extract.generic.engine import extract_generic, make_context

    text = (
        "Une frappe de l'armée russe a tué huit civils à Kherson, selon les autorités locales.\n\n"
        "Le gouverneur ukrainien a accusé l'armée russe de crimes de guerre."
    )
    found = extract_generic(make_context(text, "fr", date(2024, 5, 14))).responses
    assert not any(r.stance == "deny" for r in found)


@pytest.mark.parametrize(
    "text",
    [
        # a fraud trial: a lawyer's denial, a ministry's silence, a prosecutor's inquiry
        "Le tribunal correctionnel a condamné mardi l'ancien trésorier du club de rugby pour abus de "
        "biens sociaux. Son avocat dément toute malversation. Le ministère de la Justice n'a pas souhaité "
        "faire de commentaire.",
        # a road accident: an inquiry opened, the operator's denial and regret
        "La Fiscalía abrió una investigación por el choque de dos camiones en la autopista. La empresa "
        "negó que el conductor estuviera cansado y lamentó lo ocurrido.",
        # a refused visa
        "Die Botschaft lehnte den Visumantrag der Sängerin ab. Ihr Anwalt wies die Vorwürfe zurück; das "
        "Justizministerium wollte sich nicht äußern.",
    ],
)
def test_no_response_in_a_report_without_incident_or_charge(text: str) -> None:
    """A stance answers an incident or a charge: a report with neither holds no response."""
    out = extract_document(RawDocument(text=text, published="2026-03-10")).to_dict()
    assert out["events"] == [] and out["allegations"] == []
    assert out["responses"] == []


def test_a_trial_for_a_war_crime_keeps_the_defendants_denial() -> None:
    text = (
        "Le procès de l'ancien commandant Ernest Mavoungou s'est ouvert lundi à La Haye. L'accusation lui "
        "reproche des crimes de guerre. L'accusé a nié toutes les charges retenues contre lui."
    )
    out = extract_document(RawDocument(text=text, published="2026-03-10")).to_dict()
    assert out["allegations"] and out["responses"]
