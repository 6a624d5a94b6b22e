"""A party's own account of its strike (issue 11): admissions and justifications in the
frames of ``xx_stances2.jsonl`` (generic/speech/matching.py, responses.py, parties.py,
roles.py and the packs' ``said_stances`` and ``strike_targets``).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech


def _found(text: str, lang: str) -> set[tuple[str | None, str]]:
    result = speech(text, lang)
    assert_spans(text, result)
    return {(r.party, r.stance) for r in result.responses}


def test_a_quotation_mark_inside_a_stance_phrase_does_not_break_it():
    """ "avoir « neutralisé ..." is "avoir neutralisé": an admission, the quotation opened between
    the auxiliary and the participle."""
    text = "Le commandement régional a indiqué avoir « neutralisé plusieurs terroristes » près du fleuve."
    assert ("commandement régional", "acknowledge") in _found(text, "fr")


@pytest.mark.parametrize(
    "lang, text, party",
    [
        # a reporting verb and the perfect infinitive of a strike verb: the speaker admits it
        ("pt", "A Marinha afirmou ter atingido uma lancha dos contrabandistas no estuário.", "Marinha"),
        ("es", "La Armada aseguró haber neutralizado una lancha de los contrabandistas.", "Armada"),
        # German: the Konjunktiv of the speaker's own attack ("sie habe ... angegriffen")
        ("de", "Die Marine erklärte, sie habe ein Schnellboot der Schmuggler angegriffen.", "Marine"),
    ],
)
def test_a_speaker_who_says_it_struck_admits_the_strike(lang, text, party):
    assert (party, "acknowledge") in _found(text, lang)


def test_a_strike_verb_after_its_fighters_object_in_german():
    """Verb-last German: "sie habe einen Kommandeur der Miliz angegriffen" names the target before
    the verb; the speaker justifies (and admits) the strike."""
    text = "Die Luftwaffe teilte mit, sie habe gezielt einen Kommandeur der Miliz angegriffen."
    assert {("Luftwaffe", "justify"), ("Luftwaffe", "acknowledge")} <= _found(text, "de")


def test_a_third_party_s_attack_is_no_admission_of_the_speaker():
    text = "Der Bürgermeister sagte, die Stadt sei in der Nacht angegriffen worden."
    assert ("Bürgermeister", "acknowledge") not in _found(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الجيش في بيان إنه استهدف مقرا لقيادة الجماعة في البلدة.",
        "وقال الجيش إن الطائرات قصفت مخازن للأسلحة قرب البلدة.",
        "وقال الجيش إن الغارة استهدفت تجمعات لميليشيا مسلحة قرب البلدة.",
    ],
)
def test_arabic_military_targets_a_party_names_justify_and_admit(text):
    assert {("الجيش", "justify"), ("الجيش", "acknowledge")} <= _found(text, "ar")


def test_arabic_a_building_said_to_store_weapons_justifies():
    text = "وادعى الجيش أن المنزل كانت تستخدمه الجماعة لتخزين الذخيرة."
    assert ("الجيش", "justify") in _found(text, "ar")


def test_an_arabic_spokesman_with_an_adjective_speaks_for_his_body():
    """ "الناطق الرسمي باسم الجيش" (the official spokesman of the army): the adjective after the
    title does not make him a person named by title; the army takes the stance."""
    text = "وقال الناطق الرسمي باسم الجيش إن الطائرات قصفت مخازن للأسلحة قرب البلدة."
    found = _found(text, "ar")
    assert ("الجيش", "justify") in found, found


@pytest.mark.parametrize(
    "lang, text, party, stance, source",
    [
        (
            "es",
            "La policía negó haber disparado contra el autobús en la carretera de Marvale, donde"
            " según vecinos murieron dos pasajeros.",
            "policía",
            "deny",
            "vecinos murieron dos pasajeros",
        ),
        (
            "uk",
            "Угруповання взяло на себе відповідальність за напад на село, внаслідок якого, за"
            " даними волонтерів, загинули троє людей.",
            "Угруповання",
            "acknowledge",
            "волонтерів",
        ),
    ],
)
def test_a_source_of_a_later_clause_is_not_the_stance_s_party(lang, text, party, stance, source):
    found = _found(text, lang)
    assert (party, stance) in found, found
    assert not any(p and source in p for p, _ in found), found


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("uk", "У заяві угруповання йдеться, що удари були спрямовані на склад боєприпасів.", "угруповання"),
        (
            "ru",
            "В сообщении группировки говорится, что удары были нанесены по складу боеприпасов.",
            "группировки",
        ),
    ],
)
def test_a_source_in_a_statement_stops_before_its_impersonal_speech_verb(lang, text, party):
    """ "У заяві X йдеться" / "В заявлении X говорится" (a statement noun as source phrase):
    X, without the verb "йдеться" / "говорится" that follows it."""
    found = _found(text, lang)
    assert (party, "justify") in found, found
