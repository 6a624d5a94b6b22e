"""Titles, demonstratives and common nouns that refer back to a named party (generic/speech/roles.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.speech.lexicon import load_lexicon
from harmwatch.extract.generic.speech.roles import spoken_for
from tests.extract.generic.speech.helpers import speech

TITLE_AND_NOUN_CASES = {
    "a title alone refers back to the named speaker": (
        "«Ракета попала в жилой дом», — написал Иван Сидоров.\n"
        "«Погибших может быть больше», — добавил губернатор.",
        "ru",
        ["Иван Сидоров", "Иван Сидоров"],
    ),
    "an inflected title refers back to the body that denied": (
        "Министерство связи опровергает сообщение об ударе по вокзалу. "
        "Об этом говорится в заявлении ведомства.\n"
        "«Никаких ударов по вокзалу в этот день не наносилось. Это ложь.»",
        "ru",
        ["Министерство связи"],
    ),
    "an indefinite title is someone new": (
        "La frappe a visé un immeuble, selon l'agence Nouvelles du Sud.\n"
        "Un responsable de la police a indiqué que l'immeuble abritait des familles.\n"
        "« Le tir a eu lieu juste après minuit », a-t-il ajouté.",
        "fr",
        ["responsable de la police"],
    ),
    "a title refers back past a name in quote marks": (
        "نشرت منظمة “الأمل للأطفال” بيانا عن القصف. "
        "وقالت المنظمة: “إن ثلاثة أطفال قتلوا في القصف صباح اليوم”.",
        "ar",
        ["الأمل للأطفال"],
    ),
    "a body's common noun is the name the report gave it before": (
        "Про загибель людей повідомили в Офісі Генпрокурора.\n"
        '"Кількість загиблих у місті зросла до дев\'яти осіб", - повідомили у прокуратурі.',
        "uk",
        ["Офісі Генпрокурора"],
    ),
    "a body's common noun keeps the capitalised words before it": (
        "Розслідування розпочала Харківська обласна прокуратура.\n"
        '"Удар було завдано по житловому кварталу вночі", - повідомили у прокуратурі.',
        "uk",
        ["Харківська обласна прокуратура"],
    ),
    # never "Un responsable"
    "an indefinite common noun is no name": (
        "Un responsable de la police a parlé aux journalistes.\n"
        "« Les secours sont arrivés vingt minutes après l'explosion », a indiqué le responsable.",
        "fr",
        ["responsable"],
    ),
}


@pytest.mark.parametrize("case", TITLE_AND_NOUN_CASES)
def test_a_title_or_a_common_noun_refers_back_or_names_someone_new(case: str) -> None:
    text, lang, expected = TITLE_AND_NOUN_CASES[case]
    quotes = speech(text, lang).quotes
    assert [q.speaker for q in quotes] == expected


def test_a_statement_names_its_issuer() -> None:
    text = "« Les équipes restent mobilisées toute la nuit », lit-on dans un communiqué du ministère de l'Intérieur."
    assert speech(text, "fr").quotes[0].speaker == "ministère de l'Intérieur"
    text = "«Zivilisten werden gezielt vertrieben und getötet», heisst es in der Stellungnahme des Roten Kreuzes."
    assert speech(text, "de").quotes[0].speaker == "Roten Kreuzes"


def test_a_demonstrative_refers_back() -> None:
    text = (
        "“Hubo al menos cuarenta detenidos durante la noche”, dijo la Comisión de Derechos Humanos.\n"
        "“No han permitido visitas de los familiares”, añadió ese organismo."
    )
    assert [q.speaker for q in speech(text, "es").quotes] == ["Comisión de Derechos Humanos"] * 2


def test_a_compound_title_refers_back_to_the_name_after_the_same_title() -> None:
    text = (
        "„Wir brauchen jetzt eine schnelle Entscheidung im Rat“, sagte Anna Keller.\n"
        "Außenminister Paul Brandt mahnte zur Geduld.\n"
        "„Niemand gewinnt etwas durch einen überhasteten Beschluss“, erklärte der FDP-Minister."
    )
    quotes = speech(text, "de").quotes
    assert [q.speaker for q in quotes][-1] == "Außenminister Paul Brandt"


def test_a_title_with_its_complement_refers_back() -> None:
    text = (
        "Про це повідомив президент Петро Коваль.\n"
        '"Рятувальники працюють усю ніч без перерви", - написав глава держави.'
    )
    quotes = speech(text, "uk").quotes
    assert quotes and quotes[0].speaker == "президент Петро Коваль"


def test_a_demonstrative_without_a_quoted_speaker_before_takes_the_named_source() -> None:
    text = (
        "Diez personas murieron, según informó el Observatorio Nacional de Paz.\n"
        "“Estos hechos deben ser investigados sin ninguna demora”, señaló ese organismo."
    )
    assert [q.speaker for q in speech(text, "es").quotes] == ["Observatorio Nacional de Paz"]


def test_an_accuser_given_by_a_title_is_the_name_before():
    text = "Harbour Watch a déclaré mardi que la situation est grave. L'organisation a dénoncé des crimes de guerre."
    assert [(a.accuser, a.charge) for a in speech(text, "fr").allegations] == [("Harbour Watch", "war_crime")]


def test_a_title_does_not_refer_to_the_subject_of_its_own_subordinate_clause() -> None:
    text = "Le porte-parole a assuré que la frappe visait un centre de commandement."
    parties = [r.party for r in speech(text, "fr").responses if r.stance == "justify"]
    assert parties == ["porte-parole"]


def test_an_adjective_before_an_institution_title_still_refers_back() -> None:
    # "у російському відомстві": the ministry named in the sentence before, not the phrase itself
    text = (
        "Міністерство оборони Росії визнало удар по залізничній станції. "
        "У російському відомстві стверджують, що на станції був склад з боєприпасами."
    )
    responses = {(r.party, r.stance) for r in speech(text, "uk").responses}
    assert ("Міністерство оборони Росії", "justify") in responses, responses
    assert not any("відомстві" in party for party, _ in responses), responses


def test_a_body_after_in_is_the_party_of_an_impersonal_verb() -> None:
    text = "Міністерство енергетики повідомило про удар. У відомстві від коментарів відмовилися."
    responses = {(r.party, r.stance) for r in speech(text, "uk").responses}
    assert ("Міністерство енергетики", "no_comment") in responses, responses


@pytest.mark.parametrize(
    ("lang", "text", "party", "stance"),
    [
        (
            "es",
            "La Guardia Costera detuvo a dos hombres. Dos días antes, la corporación había asegurado "
            "que sus agentes respondieron a una agresión armada.",
            "Guardia Costera",
            "justify",
        ),
        (
            "de",
            "Die Armee von Nordland erklärte, der Angriff habe einem Kommandeur gegolten. Das Militär "
            "räumte ein, dass sich Zivilisten in dem Gebiet aufgehalten hätten.",
            "Armee von Nordland",
            "acknowledge",
        ),
    ],
)
def test_a_body_s_common_noun_refers_back_to_the_body_named_before(
    lang: str, text: str, party: str, stance: str
) -> None:
    responses = speech(text, lang).responses
    assert (party, stance) in [(r.party, r.stance) for r in responses]


def test_a_group_s_common_noun_as_speaker_refers_back() -> None:
    text = (
        "As Forças Populares do Norte rejeitaram a acusação. Num comunicado, o grupo paramilitar "
        'garantiu que os seus combatentes "respeitam sempre o direito internacional".'
    )
    quotes = speech(text, "pt").quotes
    assert quotes and quotes[0].speaker == "Forças Populares do Norte"


def test_a_local_official_s_title_refers_back_past_the_outlet_spoken_to() -> None:
    text = (
        "Pelo menos onze civis foram mortos num ataque à aldeia, disse hoje à Lusa o administrador "
        "distrital, Tomás Badae.\n\n"
        '"Chegaram ao fim da tarde e queimaram as casas", relatou o administrador, acrescentando '
        "que várias mulheres foram raptadas."
    )
    quotes = speech(text, "pt").quotes
    assert quotes and "Tomás Badae" in (quotes[0].speaker or "")
    assert "Lusa" not in (quotes[0].speaker or "")


def test_adverbs_alone_between_commas_leave_the_subject_before_them() -> None:
    text = (
        "El Kremlin rechazó las acusaciones. La cancillería, por su parte, dijo que los soldados "
        '"solo atacaron un depósito de armamento occidental".'
    )
    result = speech(text, "es")
    assert [q.speaker for q in result.quotes] == ["cancillería"]


@pytest.mark.parametrize(
    "lang, party, body",
    [
        ("fr", "porte-parole de l'armée", "armée"),
        ("de", "Sprecher des Innenministeriums", "Innenministeriums"),
        ("es", "portavoz del Ejército", "Ejército"),
        ("uk", "речник Генштабу", "Генштабу"),
        ("ar", "المتحدث باسم الجيش", "الجيش"),
        # a spokesman named is the party as named
        ("ru", "представитель ведомства генерал Пётр Лукин", "представитель ведомства генерал Пётр Лукин"),
        ("ru", "представитель ХАМАС Иван Орлов", "представитель ХАМАС Иван Орлов"),
        ("ar", "المتحدث باسم الجيش العميد خالد سالم", "المتحدث باسم الجيش العميد خالد سالم"),
        ("fr", "porte-parole Jean Dupuis", "porte-parole Jean Dupuis"),
        ("uk", "речник Іван Сірко", "речник Іван Сірко"),
        ("ar", "المتحدث أحمد سالم", "المتحدث أحمد سالم"),
        ("de", "Ministeriumssprecher Hans Lind", "Ministeriumssprecher Hans Lind"),
        ("fr", "porte-parole de l'ONG Terre Libre", "ONG Terre Libre"),
    ],
)
def test_an_unnamed_spokesman_s_party_is_the_body_it_speaks_for(lang: str, party: str, body: str) -> None:
    assert spoken_for(load_lexicon(lang), party) == body


def test_a_spokesman_s_denial_is_the_body_s() -> None:
    text = "Ein Sprecher des Innenministeriums wies die Vorwürfe der Opposition zurück."
    parties = {(r.party, r.stance) for r in speech(text, "de").responses}
    assert ("Innenministeriums", "deny") in parties
    assert not any(p.startswith("Sprecher") for p, _ in parties)


@pytest.mark.parametrize(
    "lang, text, body",
    [
        # title and body, then the name apposed
        (
            "de",
            "Ein Vertreter der Sturmfalken-Miliz, Karl Brenner, wies die Vorwürfe am Montag zurück.",
            "Sturmfalken-Miliz",
        ),
        (
            "de",
            "Ein Sprecher des Verteidigungsministeriums, Hans Gruber, bestritt den Angriff auf das Dorf.",
            "Verteidigungsministeriums",
        ),
        (
            "fr",
            "Un représentant de la milice Faucon Noir, Paul Marchal, a nié toute implication.",
            "milice Faucon Noir",
        ),
        ("pt", "Um porta-voz do Exército, João Silva, negou o ataque contra a aldeia.", "Exército"),
        # the name, then its title and body
        ("fr", "Jean Dupuis, porte-parole de l'armée, a démenti toute frappe contre des civils.", "armée"),
        ("ru", "Игорь Петров, представитель Минобороны, опроверг сообщения об ударе по рынку.", "Минобороны"),
        ("uk", "Іван Сірко, речник прокуратури, спростував повідомлення про удар по ринку.", "прокуратури"),
        (
            "es",
            "Luis Moreno, representante de la milicia Halcón Negro, negó el ataque contra el mercado.",
            "milicia Halcón Negro",
        ),
        # the body first, then "its spokesman, Name,"
        (
            "fr",
            "L'armée a démenti l'attaque. Son porte-parole, Jean Dupuis, a nié toute frappe sur le marché.",
            "armée",
        ),
    ],
)
def test_a_named_spokesman_s_stance_in_apposition_is_the_body_s(lang: str, text: str, body: str) -> None:
    parties = {(r.party, r.stance) for r in speech(text, lang).responses}
    assert (body, "deny") in parties
    assert not any(
        p.endswith(("Brenner", "Gruber", "Marchal", "Silva", "Dupuis", "Петров", "Сірко", "Moreno"))
        for p, _ in parties
    )
