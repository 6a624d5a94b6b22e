"""Reporting verbs after a quotation, from the packs' broad lists of verbs of saying (every form
via scripts/build_pack_forms.py), and a title's abbreviation before the speaker's name."""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import speech


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in speech(text, lang).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        (
            "fr",
            "Le pont a été détruit lundi soir. « Nous avons perdu trois camions sur la route », "
            "a déclaré Léa Marchand, une transporteuse. « Personne ne pourra passer avant le "
            "printemps prochain », a conclu Hugo Ferrand, un ingénieur de la région.",
            "Hugo Ferrand",
        ),
        (
            "de",
            "Die Brücke wurde am Montag zerstört. „Wir haben drei Lastwagen auf der Strecke "
            "verloren“, sagte Lena Kurz, eine Spediteurin. „Die Straße wird bis zum Frühjahr "
            "wieder befahrbar sein“, versprach Jonas Albrecht, ein Ingenieur.",
            "Jonas Albrecht",
        ),
        (
            "es",
            "El puente fue destruido el lunes. «Perdimos tres camiones en la carretera», dijo "
            "Lucía Ferrer, una transportista. «Nadie podrá pasar antes de la primavera», "
            "enfatizó Andrés Molina, un ingeniero.",
            "Andrés Molina",
        ),
        (
            "ru",
            "Мост был разрушен в понедельник. «Мы потеряли три грузовика на дороге», — сказала "
            "Анна Лебедева. «Дорогу откроют до весны, мы работаем круглосуточно», — пообещал "
            "Олег Мартынов.",
            "Олег Мартынов",
        ),
    ],
)
def test_a_reporting_verb_after_the_quotation_names_a_new_speaker(lang: str, text: str, second: str) -> None:
    speakers = _speakers(text, lang)
    assert len(speakers) == 2 and speakers[1] == second


def test_a_title_abbreviation_before_the_name_is_part_of_the_attribution() -> None:
    text = (
        "Un obus est tombé sur le marché mardi. Paul Lemaire, un secouriste, est arrivé le premier. "
        "« Nous avons vu les étals brûler jusqu'au soir », a déclaré Anne Morel, la maire. "
        "« Il a fallu trois heures pour dégager les blessés », a ajouté M. Lemaire."
    )
    assert _speakers(text, "fr") == ["Anne Morel", "Paul Lemaire"]


def test_a_gerund_of_a_speech_verb_names_no_speaker_before_it() -> None:
    # "alertando que" shares the subject of its clause; the noun before it is no speaker
    text = (
        "A coordenadora da agência manifestou preocupação com a situação de metade da população, "
        'alertando que os fundos podem acabar. "A nossa meta é chegar a todas as aldeias", afirmou.'
    )
    assert _speakers(text, "pt") == ["coordenadora da agência"]
