"""Parties of claims outside English (issue 11). Russian and Ukrainian object-first clauses: a
clause that opens with an inquiry noun and its complements, then a past verb and the subject
("Уголовное дело возбудила областная прокуратура"); the subject after the verb takes the stance and
makes the charge the inquiry names, and the stance words inside the object or the subject are no
stance of their own. Arabic no-comment phrases whose party is "issued by" ("لم يصدر عن X أي تعليق").
Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

# (language, text, party): the subject after the past verb opens the inquiry
INVERTED = [
    (
        "ru",
        "Уголовное дело по факту обстрела рынка возбудила областная прокуратура.",
        "областная прокуратура",
    ),
    ("ru", "Досудебное расследование начала городская полиция.", "городская полиция"),
    ("ru", "Расследование обстрела начал генерал полиции Иван Петров.", "генерал полиции Иван Петров"),
    ("uk", "Кримінальне провадження щодо обстрілу відкрив слідчий відділ поліції.", "слідчий відділ поліції"),
    ("uk", "Досудове розслідування розпочала окружна прокуратура.", "окружна прокуратура"),
]


@pytest.mark.parametrize(("lang", "text", "party"), INVERTED)
def test_the_subject_after_the_verb_opens_the_inquiry(lang: str, text: str, party: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert {(r.party, r.stance) for r in result.responses} == {(party, "investigate")}


# (language, text, accuser, charge): the inquiry's charge is the subject's, not the object's words
CHARGED = [
    (
        "ru",
        "Досудебное расследование по факту нарушения законов и обычаев войны начала окружная прокуратура.",
        "окружная прокуратура",
        "ihl_violation",
    ),
    (
        "uk",
        "Досудове розслідування за фактом порушення законів та звичаїв війни розпочали слідчі поліції Волинської області.",
        "слідчі поліції Волинської області",
        "ihl_violation",
    ),
    (
        "uk",
        "Розслідування у кримінальному провадженні про воєнний злочин розпочала обласна прокуратура.",
        "обласна прокуратура",
        "war_crime",
    ),
]


@pytest.mark.parametrize(("lang", "text", "accuser", "charge"), CHARGED)
def test_the_inverted_subject_makes_the_inquirys_charge(
    lang: str, text: str, accuser: str, charge: str
) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert (accuser, charge) in {(a.accuser, a.charge) for a in result.allegations}
    assert {r.party for r in result.responses} == {accuser}


def test_subject_first_order_is_unchanged() -> None:
    text = "Областная прокуратура начала расследование, а полиция возбудила уголовное дело."
    parties = {r.party for r in speech(text, "ru").responses}
    assert "Областная прокуратура" in parties
    assert not any(p.startswith(("начала", "расследование")) for p in parties)


def test_an_inquiry_noun_that_is_the_subject_keeps_its_object() -> None:
    text = "Следственный комитет возбудил уголовное дело о нападении на автобус."
    parties = {r.party for r in speech(text, "ru").responses}
    assert parties == {"Следственный комитет"}


# Arabic: no comment "issued by" the party, the party inside the phrase or after it
ISSUED = [
    "ولم يصدر عن جماعة الحوثي أي تعليق على الحادثة حتى مساء الاثنين.",
    "ولم يصدر أي تعليق عن جماعة الحوثي.",
]


@pytest.mark.parametrize("text", ISSUED)
def test_no_comment_issued_by_the_party(text: str) -> None:
    result = speech(text, "ar")
    assert_spans(text, result)
    assert {(r.party, r.stance) for r in result.responses} == {("جماعة الحوثي", "no_comment")}


# (language, text, accuser): a lower-case noun in a case form stands for the name it headed before
HEADED = [
    (
        "ru",
        "Три человека погибли при ударе по рынку, сообщила Балтийская лига защиты беженцев. Удар нарушил нормы "
        "международного гуманитарного права, считают в лиге.",
        "Балтийская лига защиты беженцев",
    ),
    (
        "ru",
        "Шесть человек погибли при ударе по селу, сообщает местная ассоциация «Зеленый берег». Военные намеренно "
        "атаковали мирных жителей, говорится в заявлении ассоциации.",
        "местная ассоциация «Зеленый берег»",
    ),
]


@pytest.mark.parametrize(("lang", "text", "accuser"), HEADED)
def test_a_bare_noun_stands_for_the_name_it_headed(lang: str, text: str, accuser: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert accuser in {a.accuser for a in result.allegations}


def test_a_clash_with_suspects_in_a_partys_account_justifies() -> None:
    # the pack's alternation of what the clash was with ("suspeitos|criminosos|...") stands alone;
    # "homens armados" is a phrase of its own, not a word every alternative must be followed by
    text = "A Polícia Militar disse que houve confronto com suspeitos no morro."
    result = speech(text, "pt")
    assert_spans(text, result)
    assert ("Polícia Militar", "justify") in {(r.party, r.stance) for r in result.responses}
