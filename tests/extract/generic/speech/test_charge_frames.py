"""Charges in the frames of the non-English packs and their accusers (issue 11): an inquiry's
subject, an accuser before a long relative clause, a head-first accuser longer than a phrase, a
quotation followed by a coordinated clause, "laws and customs of war", "regarded as", "came to
the conclusion that".

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import charge_pairs


@pytest.mark.parametrize(
    ("lang", "text", "accuser", "charge"),
    [
        (  # the subject of an inquiry opened for the charge, with no speech verb
            "es",
            "Un obús cayó sobre el mercado. La Fiscalía de Jujuy abrió una causa penal por violación "
            "de las leyes y costumbres de la guerra.",
            "Fiscalía de Jujuy",
            "ihl_violation",
        ),
        (
            "fr",
            "Le parquet de Tulle a ouvert une enquête pour violation des lois et coutumes de la guerre.",
            "parquet de Tulle",
            "ihl_violation",
        ),
        (
            "pt",
            "A Procuradoria de Braga abriu um inquérito por violação das leis e costumes da guerra.",
            "Procuradoria de Braga",
            "ihl_violation",
        ),
        (
            "de",
            "Die Staatsanwaltschaft Kassel leitete ein Verfahren wegen Verstößen gegen die Gesetze und "
            "Gebräuche des Krieges ein.",
            "Staatsanwaltschaft Kassel",
            "ihl_violation",
        ),
        (  # a name, then a relative clause longer than an apposition, then the accusation verb
            "fr",
            "Handicap International, qui a soigné une trentaine de blessés dans le camp de Lérab, "
            "accuse les rebelles de prendre délibérément pour cible des civils.",
            "Handicap International",
            "civilian_targeting",
        ),
        (  # a head-first accuser of more than ten words keeps its head
            "es",
            "La relatora especial de la ONU sobre la libertad de expresión en los países de Asia afirmó "
            "que los ataques constituyen crímenes de guerra.",
            "relatora especial de la ONU",
            "war_crime",
        ),
        (  # '"...", e reiterou X': the words after a coordinated verb are its object
            "pt",
            'O Ministério da Justiça condenou "o ataque deliberado contra civis" e reiterou o apoio de '
            "Angola às vítimas.",
            "Ministério da Justiça",
            "civilian_targeting",
        ),
        (
            "ru",
            "Министерство юстиции расценило обстрел рынка как военное преступление.",
            "Министерство юстиции",
            "war_crime",
        ),
        (
            "uk",
            "Моніторингова група Світло дійшла висновку, що удари по селу становлять злочини проти людяності.",
            "Моніторингова група Світло",
            "crime_against_humanity",
        ),
        (
            "ru",
            "Комиссия Светлова пришла к выводу, что обстрелы являются военными преступлениями.",
            "Комиссия Светлова",
            "war_crime",
        ),
    ],
)
def test_charge_frames_and_their_accusers(lang: str, text: str, accuser: str, charge: str) -> None:
    pairs = charge_pairs(text, lang)
    assert (accuser, charge) in pairs, pairs


def test_a_lower_case_head_before_a_long_relative_clause_is_no_accuser() -> None:
    # the verb after the comma is an incise: its subject is the name after it
    text = (
        "Le massacre du hameau de Borel, qui a fait soixante morts parmi les éleveurs aurait été bien "
        "préparé, affirment les Nations unies en évoquant un possible crime contre l'humanité."
    )
    pairs = charge_pairs(text, "fr")
    assert ("Nations unies", "crime_against_humanity") in pairs, pairs


def test_an_inquiry_s_own_name_is_not_its_subject() -> None:
    text = (
        "Die unabhängige Untersuchungskommission der Vereinten Nationen hat die Angriffe als "
        "Verbrechen gegen die Menschlichkeit eingestuft."
    )
    accusers = {a for a, _c in charge_pairs(text, "de")}
    assert "unabhängige" not in accusers, accusers
