"""Who speaks: verbs, source phrases, pronouns, never a place or date (generic/speech/speakers.py, phrases.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech


def test_a_pronoun_takes_the_speaker_named_before() -> None:
    text = (
        "Der Polizeichef Jonas Berg sprach von einem gezielten Angriff. "
        "„Die Täter kannten den Ort sehr genau“, sagte er."
    )
    quotes = speech(text, "de").quotes
    assert quotes and quotes[0].speaker == "Polizeichef Jonas Berg"


def test_no_place_or_date_as_speaker() -> None:
    text = "In Berlin sagte der Minister Peter Braun: „Wir werden alle Hilfe schicken, die wir haben.“"
    quotes = speech(text, "de").quotes
    assert quotes[0].speaker == "Minister Peter Braun"
    text = "Lundi, « les tirs ont repris à la frontière pendant des heures », sans autre précision."
    assert speech(text, "fr").quotes[0].speaker is None


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        # "in the General Staff they said": the institution is the speaker
        ("ru", "В Генштабе заявили, что «удар был нанесён по складу горючего в порту».", "Генштабе"),
        (
            "uk",
            "Про це повідомляють у Харківській обласній прокуратурі. "
            '"Ворог навмисно вбиває цивільних у місті щодня", - йдеться в повідомленні.',
            "Харківській обласній прокуратурі",
        ),
        (
            "ru",
            "Об этом сообщил глава области Иван Петров. "
            "«Сегодня утром враг обстрелял остановку в центре города», - говорится в сообщении.",
            "глава области Иван Петров",
        ),
    ],
)
def test_speaker_institution_and_statement_referring_back(lang, text, speaker):
    result = speech(text, lang)
    assert [q.speaker for q in result.quotes] == [speaker]
    assert_spans(text, result)


def test_a_name_in_quote_marks_after_a_source_word():
    text = 'Laut "Ärzte ohne Grenzen" haben die Angreifer in der Klinik gezielt Mütter getötet.'
    result = speech(text, "de")
    assert [(a.accuser, a.charge) for a in result.allegations] == [("Ärzte", "civilian_targeting")]


def test_a_verb_without_its_subject_shares_the_subject_of_an_earlier_verb() -> None:
    text = (
        "ونفى العقيد سالم الهادي، مدير المكتب الإعلامي، ما نسب إليه من أقوال، "
        "وأوضح في تصريح: “لا صحة للخبر الذي نشرته بعض المواقع اليوم”."
    )
    quotes = speech(text, "ar").quotes
    assert len(quotes) == 1 and quotes[0].speaker.startswith("العقيد سالم الهادي")


def test_a_report_as_a_source_stays_the_report() -> None:
    text = (
        "Le groupe armé affirmait avoir tué des miliciens.\n"
        'Selon le rapport, "des attaques meurtrières ont lieu depuis plusieurs semaines dans la région".'
    )
    quotes = speech(text, "fr").quotes
    assert [q.speaker for q in quotes] == ["rapport"]


def test_a_pronoun_after_a_quotation_in_the_sentence_before_is_its_speaker() -> None:
    text = (
        "“A ponte foi destruída durante a noite pelos ataques”, disseram os bombeiros na sua conta oficial.\n"
        "“Todas as casas perto do rio foram evacuadas antes do amanhecer”, afirmou."
    )
    quotes = speech(text, "pt").quotes
    assert [q.speaker for q in quotes] == ["bombeiros", "bombeiros"]


# --- channels: "on its website", "in social networks" are where, not who -------------------------


CHANNEL_CASES = {
    "a channel with a possessive is the words of the subject before": (
        'وكان مكتب الإعلام الحكومي؛ ذكر في موقعه الإلكتروني، أن القصف "استهدف منازل المدنيين في الحي الشرقي".',
        "ar",
        ["مكتب الإعلام الحكومي"],
    ),
    "a definite statement noun with its adjective refers back": (
        "نشر مركز الدراسات الدولية تقريرا عن المعارك. "
        'وأشار التقرير البريطاني إلى أن "المدنيين دفعوا الثمن الأكبر في هذه الحرب".',
        "ar",
        ["مركز الدراسات الدولية"],
    ),
    "a channel before the speaker is no part of the name": (
        "Об этом сообщил в соцсетях губернатор области Иван Петров: «Под завалами могут оставаться люди».",
        "ru",
        ["губернатор области Иван Петров"],
    ),
}


@pytest.mark.parametrize("case", CHANNEL_CASES)
def test_a_channel_is_where_not_who(case: str) -> None:
    text, lang, expected = CHANNEL_CASES[case]
    assert [q.speaker for q in speech(text, lang).quotes] == expected


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "uk",
            '"Ворог атакував місто ракетами вночі", - написав у Telegram начальник обласної адміністрації '
            "Іван Федоренко.",
            "начальник обласної адміністрації Іван Федоренко",
        ),
        (
            "uk",
            'Як повідомив у своєму Telegram-каналі міський голова Олег Сиротенко, "внаслідок удару '
            'пошкоджено три житлові будинки".',
            "міський голова Олег Сиротенко",
        ),
        (
            "fr",
            "« Les secours sont arrivés sur place très vite », a déclaré sur son compte Telegram le maire "
            "Paul Durand.",
            "maire Paul Durand",
        ),
        (
            "es",
            "“Los equipos de rescate siguen trabajando en la zona”, escribió en su cuenta de Telegram el "
            "alcalde Pedro Ruiz.",
            "alcalde Pedro Ruiz",
        ),
    ],
)
def test_the_channel_the_words_were_posted_on_is_skipped(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in speech(text, lang).quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        ("fr", "Pour la Ligue Civique, ces tirs relèvent du crime de guerre.", "Ligue Civique"),
        ("es", "Para la Liga Cívica, el asedio es un crimen de guerra.", "Liga Cívica"),
        ("pt", "Para a Liga Cívica, o cerco é um crime de guerra.", "Liga Cívica"),
    ],
)
def test_a_source_word_opening_the_sentence_names_the_speaker(lang, text, accuser):
    assert [a.accuser for a in speech(text, lang).allegations] == [accuser]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour la deuxième fois, la frappe relève du crime de guerre selon le texte."),
        ("pt", "O porta-voz não estava disponível para comentar no domingo."),
        ("es", "Los vecinos viajaron a la capital para denunciar crímenes de guerra."),
    ],
)
def test_a_source_word_inside_the_sentence_or_before_no_name_is_no_source(lang, text):
    result = speech(text, lang)
    said = [a.accuser for a in result.allegations] + [r.party for r in result.responses]
    assert not any(p and p.lower().startswith(("deuxième", "comentar", "denunciar")) for p in said)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # the audience spoken to ends the speaker's name
        ("ru", "«Снаряды упали прямо во дворе школы», — заявил Пётр Гусев журналистам.", "Пётр Гусев"),
        ("uk", "«Снаряди впали просто у дворі школи», — сказав Петро Гусак журналістам.", "Петро Гусак"),
        # a discourse adverb in commas between the subject and its verb
        (
            "ru",
            "Генерал Антон Белов, напротив, настаивал: «Все цели были военными объектами».",
            "Генерал Антон Белов",
        ),
        # the statement the subject spoke in is no part of its name
        ("ru", "Армия в своём заявлении сообщила: «Наши подразделения не вели огонь по городу».", "Армия"),
    ],
)
def test_words_after_a_speaker_are_no_part_of_its_name(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in speech(text, lang).quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "fr",
            "Le Collectif des riverains du fleuve (CRF), une association basée à Mopti, a déclaré : "
            "« Les tirs ont visé des pêcheurs sans armes. »",
            "Collectif des riverains du fleuve",
        ),
        (
            "es",
            "La Red de Madres del Valle, que acompaña a los desplazados, afirmó: "
            '"Nadie nos avisó de la operación en el barrio."',
            "Red de Madres del Valle",
        ),
        (
            "pt",
            'A Associação dos Pescadores, uma entidade sem fins lucrativos, disse: "Os barcos foram '
            'queimados durante a noite toda."',
            "Associação dos Pescadores",
        ),
    ],
)
def test_a_subject_before_its_description_or_relative_clause(lang: str, text: str, speaker: str) -> None:
    quotes = speech(text, lang).quotes
    assert quotes and quotes[0].speaker is not None and speaker in quotes[0].speaker


def test_a_clause_with_a_pronoun_before_an_indefinite_chunk_is_no_subject() -> None:
    text = (
        "Nachdem sie sich beim Versuch, einen Hügel zu umgehen, verirrt hätten, seien sie gestoppt "
        "worden. „Es waren fast alles bewaffnete Männer“, sagte er."
    )
    quotes = speech(text, "de").quotes
    assert quotes and "Nachdem" not in (quotes[0].speaker or "")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "uk",
            "«Колону обстріляли просто на блокпосту», — сказала координаторка місії на сході Ганна Руденко.",
            "координаторка місії на сході Ганна Руденко",
        ),
        (
            "ru",
            "«Колонну обстреляли прямо на блокпосту», — сказал координатор миссии на востоке Андрей Волков.",
            "координатор миссии на востоке Андрей Волков",
        ),
        # an outlet in capitals after the preposition is no name
        (
            "ru",
            "«Колонну обстреляли прямо на блокпосту», — сказал глава администрации в интервью РИА Новости.",
            "глава администрации",
        ),
    ],
)
def test_a_name_after_the_title_s_place_is_part_of_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in speech(text, lang).quotes] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            'El ministro del Interior, Pablo Soria, defendió a los agentes y afirmó que actuaron "en '
            'legítima defensa ante una turba armada".',
            "Pablo Soria",
        ),
        (
            "de",
            "Das Innenministerium machte die Miliz für den Anschlag verantwortlich und sprach von "
            "einem „Massaker an wehrlosen Dorfbewohnern“.",
            "Innenministerium",
        ),
    ],
)
def test_a_speech_verb_after_and_shares_the_subject_the_sentence_opens_with(
    lang: str, text: str, speaker: str
) -> None:
    quotes = speech(text, lang).quotes
    assert quotes and quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "fr",
            "Selon un rapport publié lundi par Justice Sahel, les soldats ont visé délibérément des civils.",
            "Justice Sahel",
        ),
        (
            "es",
            "Según un informe difundido el martes por la Red Andina, los soldados dispararon contra "
            "civiles de forma indiscriminada.",
            "Red Andina",
        ),
    ],
)
def test_a_source_phrase_naming_a_statement_gives_the_statement_s_agent(
    lang: str, text: str, speaker: str
) -> None:
    allegations = speech(text, lang).allegations
    assert allegations and {a.accuser for a in allegations} == {speaker}


def test_after_an_inverted_pronoun_the_words_after_the_verb_are_no_speaker() -> None:
    text = (
        "Le porte-parole de la police, le commissaire Jean-Paul Ndoye, a imputé les tirs aux rebelles. "
        "« C'est une violation flagrante du droit international humanitaire », a-t-il dit lors d'un "
        "point de presse."
    )
    result = speech(text, "fr")
    assert [q.speaker for q in result.quotes] == ["commissaire Jean-Paul Ndoye"]
    assert [(a.accuser, a.charge) for a in result.allegations] == [
        ("commissaire Jean-Paul Ndoye", "ihl_violation")
    ]


def test_a_titled_name_in_apposition_is_the_subject_not_an_incise() -> None:
    text = "El jefe de la misión, el coronel Luis Vera Soto, acusó a los rebeldes de crímenes de guerra."
    allegations = speech(text, "es").allegations
    assert [(a.accuser, a.charge) for a in allegations] == [("coronel Luis Vera Soto", "war_crime")]


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "de",
            "Das Auswärtige Amt in Berlin verurteilte den Angriff scharf. Wahllose Angriffe auf Märkte "
            "seien ein klarer Verstoß gegen das humanitäre Völkerrecht, sagte eine Sprecherin.",
            "Auswärtige Amt",
        ),
        (
            "fr",
            "Le Bureau des droits de l'homme à Genève a dénoncé des crimes de guerre dans la région.",
            "Bureau des droits de l'homme",
        ),
    ],
)
def test_the_place_after_a_party_s_name_is_no_part_of_it(lang: str, text: str, accuser: str) -> None:
    allegations = speech(text, lang).allegations
    assert allegations and allegations[0].accuser == accuser


def test_the_object_of_a_verb_after_no_comma_is_no_speaker() -> None:
    text = (
        "Trois personnes ont été tuées lundi, a annoncé le ministère de la Santé du Valdor, qui a "
        "dénoncé une attaque « contraire à toutes les règles de la guerre »."
    )
    assert [q.speaker for q in speech(text, "fr").quotes] == ["ministère de la Santé du Valdor"]


def test_an_arabic_surname_named_before_ends_before_the_definite_object() -> None:
    # "ناصر" was written as a full name ("سامي ناصر،"): the definite word after it is the verb's
    # object, not the genitive of a construct chain ("وزارة الدفاع")
    text = (
        "وقال مدير المستشفى، سامي ناصر، إن القصف طال المباني السكنية. "
        'ووصف ناصر الوضع الصحي هناك بـ"الكارثي"، مشيرا إلى أن السكان يتعرضون لـ"قتل ممنهج وإبادة جماعية".'
    )
    assert [q.speaker for q in speech(text, "ar").quotes] == ["ناصر"]
    text = 'وقالت وزارة الدفاع إن "القصف استهدف مواقع عسكرية فقط وليس المدنيين".'
    assert [q.speaker for q in speech(text, "ar").quotes] == ["وزارة الدفاع"]


def test_a_german_impersonal_incise_takes_no_clause_as_its_speaker() -> None:
    # "..., hieß es": "es" is the subject; the clause before the comma is what was said
    from harmwatch.extract.generic.speech.lexicon import load_lexicon
    from harmwatch.extract.generic.speech.phrases import PRONOUN
    from harmwatch.extract.generic.speech.speakers import speaker_in
    from harmwatch.extract.generic.speech.tokens import tokens_of

    lex = load_lexicon("de")
    for text in (
        "Die Armee greife keine zivilen Ziele an, hieß es in Nordstadt.",
        "Die Truppen hätten nur Stellungen der Rebellen beschossen, sagte er.",
    ):
        toks = tokens_of(text, lex.elision)
        assert speaker_in(lex, text, toks, 0, len(toks)) == PRONOUN


def test_a_german_verb_final_speaker_is_the_subject_before_the_auxiliary() -> None:
    # "X und Y hatten ... nach dem Beschuss von A und B ... mitgeteilt": X und Y, not the place B
    text = (
        "Die Außenministerin Petra Holm und der Verteidigungsminister Jan Roth hatten am Abend nach "
        "dem Beschuss der Städte Nordburg und Südstadt in der Region mitgeteilt: "
        '"Wir werden die Verantwortlichen zur Rechenschaft ziehen."'
    )
    assert [q.speaker for q in speech(text, "de").quotes] == [
        "Außenministerin Petra Holm und der Verteidigungsminister Jan Roth"
    ]


def test_an_arabic_speaker_ends_before_the_briefing_it_spoke_in() -> None:
    text = 'وقال المتحدث باسم الوزارة خالد سعيد في إفادة صحفية: "القصف استهدف الأحياء السكنية عمدا في الليل".'
    assert [q.speaker for q in speech(text, "ar").quotes] == ["المتحدث باسم الوزارة خالد سعيد"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (  # a title in the next sentence refers to the group, not to the participle after it
            "fr",
            "Le Front de libération du Nord (FLN), affilié à Al-Nour, a revendiqué dimanche "
            "l'attaque du marché. Dans un message diffusé par son organe de propagande, le groupe "
            "armé affirme avoir visé « des miliciens armés par le gouvernement » et non des civils.",
            "Front de libération du Nord (FLN)",
        ),
    ],
)
def test_a_participle_between_commas_is_no_subject(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in speech(text, lang).quotes] == [speaker]


def test_a_finite_verb_between_commas_is_no_participle() -> None:
    # "recebeu" is the predicate, "disse ... o médico X" an incise: the doctor speaks
    text = (
        "O hospital regional de Nampula, o único ainda em funcionamento na cidade, recebeu 38 "
        "feridos, disse à Lusa o médico Ernesto Cossa. "
        '"Estamos a operar sem eletricidade há três dias", afirmou.'
    )
    assert [q.speaker for q in speech(text, "pt").quotes] == ["médico Ernesto Cossa"]


def test_a_participle_of_saying_before_the_main_verb_has_no_subject_of_its_own() -> None:
    """ "X, отвечая на запрос, заявили": the participle's phrase is no party; the verb after it
    has the subject (xxspk2)."""
    text = (
        "В Генштабе армии, отвечая на запрос агентства, заявили, что целью удара было "
        "скопление военной техники."
    )
    result = speech(text, "ru")
    assert [(r.party, r.stance) for r in result.responses] == [("Генштабе армии", "justify")]
    assert_spans(text, result)
