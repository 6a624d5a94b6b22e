"""Quotes, speakers, allegations and responses in every pack language (generic/speech.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.speech import find_allegations, find_quotes, find_responses, find_speech


def speech(text: str, lang: str):
    return find_speech(make_context(text, lang, date(2024, 5, 14)))


def assert_spans(text: str, result) -> None:
    for q in result.quotes:
        assert text[q.span.start : q.span.end] == q.text
    for a in result.allegations:
        assert text[a.span.start : a.span.end] == a.text
    for r in result.responses:
        assert text[r.span.start : r.span.end] == r.text


# (language, text, quotation's first words, speaker)
QUOTES = [
    (
        "fr",
        "« Nous avons perdu toute notre famille cette nuit », a déclaré Amina Diallo, une habitante.",
        "Nous avons perdu",
        "Amina Diallo",
    ),
    (
        "fr",
        "Le gouverneur Paul Martin a affirmé : « Les secours travaillent toujours sous les décombres. »",
        "Les secours travaillent",
        "gouverneur Paul Martin",
    ),
    (
        "es",
        "“Los disparos empezaron a las diez de la noche”, dijo el alcalde Juan Pérez.",
        "Los disparos empezaron",
        "alcalde Juan Pérez",
    ),
    (
        "es",
        "Según la fiscal María López, “todavía hay muchas personas desaparecidas en la zona”.",
        "todavía hay muchas",
        "fiscal María López",
    ),
    (
        "pt",
        '"Nunca vimos um ataque tão violento na cidade", afirmou o prefeito Carlos Souza.',
        "Nunca vimos um",
        "prefeito Carlos Souza",
    ),
    (
        "de",
        "„Die Rakete schlug mitten im Wohngebiet ein“, sagte Bürgermeister Klaus Weber.",
        "Die Rakete schlug",
        "Bürgermeister Klaus Weber",
    ),
    (
        "de",
        "»Wir haben keine Warnung erhalten«, erklärte die Sprecherin Anna Schmidt.",
        "Wir haben keine",
        "Sprecherin Anna Schmidt",
    ),
    (
        "ru",
        "«Спасатели продолжают разбирать завалы всю ночь», — заявил мэр города Иван Петров.",
        "Спасатели продолжают",
        "мэр города Иван Петров",
    ),
    (
        "uk",
        "Голова області Олег Коваленко повідомив: «Під завалами можуть бути ще люди».",
        "Під завалами можуть",
        "Голова області Олег Коваленко",
    ),
    (
        "ar",
        "وقال مدير المستشفى أحمد سالم: «استقبلنا عشرات الجرحى خلال ساعة واحدة».",
        "استقبلنا عشرات الجرحى",
        "مدير المستشفى أحمد سالم",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), QUOTES)
def test_quote_and_speaker(lang: str, text: str, start: str, speaker: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    found = [q for q in result.quotes if q.text.startswith(start)]
    assert found, result.quotes
    assert found[0].speaker == speaker


def test_a_follow_on_quotation_keeps_the_speaker() -> None:
    text = (
        "« Le village a été encerclé avant l'aube », a raconté Moussa Traoré.\n"
        "« Ensuite les hommes armés ont tiré sur tout le monde. »"
    )
    quotes = speech(text, "fr").quotes
    assert [q.speaker for q in quotes] == ["Moussa Traoré", "Moussa Traoré"]


def test_a_pronoun_takes_the_speaker_named_before() -> None:
    text = (
        "Der Polizeichef Jonas Berg sprach von einem gezielten Angriff. "
        "„Die Täter kannten den Ort sehr genau“, sagte er."
    )
    quotes = speech(text, "de").quotes
    assert quotes and quotes[0].speaker == "Polizeichef Jonas Berg"


def test_a_title_alone_refers_back_to_the_named_speaker() -> None:
    text = (
        "«Ракета попала в жилой дом», — написал Иван Сидоров.\n"
        "«Погибших может быть больше», — добавил губернатор."
    )
    quotes = speech(text, "ru").quotes
    assert [q.speaker for q in quotes] == ["Иван Сидоров", "Иван Сидоров"]


def test_nested_and_unbalanced_marks_do_not_break() -> None:
    text = (
        "Le ministre a dit : « Ce que certains appellent une “opération ciblée” est un massacre de civils. »\n"
        "« Cette phrase ne se ferme jamais et continue jusqu'à la fin de la ligne\n"
        "Une autre ligne » avec un guillemet isolé » et « encore un."
    )
    result = speech(text, "fr")
    assert_spans(text, result)
    first = result.quotes[0]
    assert first.text.startswith("Ce que certains appellent une “opération ciblée”")
    assert any(q.text.startswith("Cette phrase ne se ferme jamais") for q in result.quotes)


def test_straight_marks_nested_in_a_straight_quotation() -> None:
    text = 'Він сказав: "Ворог знову назвав це "точковим ударом", але загинули діти".'
    quotes = speech(text, "uk").quotes
    assert len(quotes) == 1 and quotes[0].text.endswith("загинули діти")


def test_short_quotations_are_no_quotes() -> None:
    assert speech("Il a parlé d'une « attaque lâche ».", "fr").quotes == ()


def test_no_place_or_date_as_speaker() -> None:
    text = "In Berlin sagte der Minister Peter Braun: „Wir werden alle Hilfe schicken, die wir haben.“"
    quotes = speech(text, "de").quotes
    assert quotes[0].speaker == "Minister Peter Braun"
    text = "Lundi, « les tirs ont repris à la frontière pendant des heures », sans autre précision."
    assert speech(text, "fr").quotes[0].speaker is None


# (language, text, accuser, charge)
ALLEGATIONS = [
    (
        "fr",
        "Amnesty International a accusé l'armée d'avoir commis des crimes de guerre dans la région.",
        "Amnesty International",
        "war_crime",
    ),
    (
        "es",
        "La ONG Human Rights Watch denunció crímenes de lesa humanidad cometidos por la policía.",
        "ONG Human Rights Watch",
        "crime_against_humanity",
    ),
    (
        "pt",
        "O relatório descreve ataques indiscriminados contra bairros residenciais.",
        "report",
        "ihl_violation",
    ),
    ("de", "Die Regierung warf den Rebellen Völkermord an der Minderheit vor.", "Regierung", "genocide"),
    (
        "ru",
        "Прокурор области заявил, что обстрел был нарушением международного гуманитарного права.",
        "Прокурор области",
        "ihl_violation",
    ),
    ("uk", "Омбудсман назвав удар по лікарні воєнним злочином.", "Омбудсман", "war_crime"),
    (
        "ar",
        "وقالت منظمة العفو الدولية إن ما جرى في المدينة يرقى إلى جرائم حرب.",
        "منظمة العفو الدولية",
        "war_crime",
    ),
    (
        "ar",
        "وقال المتحدث باسم الدفاع المدني إن القصف استهدف المدنيين بشكل متعمد.",
        "المتحدث باسم الدفاع المدني",
        "civilian_targeting",
    ),
]


@pytest.mark.parametrize(("lang", "text", "accuser", "charge"), ALLEGATIONS)
def test_allegation(lang: str, text: str, accuser: str, charge: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert (accuser, charge) in [(a.accuser, a.charge) for a in result.allegations], result.allegations


def test_an_act_without_charge_words_is_no_allegation() -> None:
    text = "Le maire a accusé les rebelles d'avoir tué trois bergers près du puits."
    assert speech(text, "fr").allegations == ()


def test_a_charge_inside_a_quotation_is_its_speaker_s() -> None:
    text = "« C'est un crime contre l'humanité, ni plus ni moins », a déclaré Sophie Laurent."
    allegations = speech(text, "fr").allegations
    assert [(a.accuser, a.charge) for a in allegations] == [("Sophie Laurent", "crime_against_humanity")]


# (language, text, party, stance)
RESPONSES = [
    (
        "fr",
        "Le ministère de la Défense a démenti toute implication dans la frappe.",
        "ministère de la Défense",
        "deny",
    ),
    ("fr", "L'attaque a été revendiquée par le groupe Front du Nord.", "groupe Front du Nord", "acknowledge"),
    ("es", "La Fiscalía abrió una investigación sobre la masacre.", "Fiscalía", "investigate"),
    ("pt", "O exército lamentou a morte dos civis.", "exército", "regret"),
    (
        "de",
        "Das Verteidigungsministerium wollte sich zunächst nicht äußern.",
        "Verteidigungsministerium",
        "no_comment",
    ),
    ("de", "Laut der Armee war das Gebäude ein militärisches Ziel der Miliz.", "Armee", "justify"),
    ("ru", "Министерство обороны опровергло сообщения об ударе по рынку.", "Министерство обороны", "deny"),
    ("uk", "Поліція розпочала кримінальне провадження за фактом обстрілу.", "Поліція", "investigate"),
    ("ar", "ونفى الجيش أي علاقة له بالقصف.", "الجيش", "deny"),
    ("ar", "وأعلن تنظيم المتمردين مسؤوليته عن الهجوم.", "تنظيم المتمردين", "acknowledge"),
]


@pytest.mark.parametrize(("lang", "text", "party", "stance"), RESPONSES)
def test_response(lang: str, text: str, party: str, stance: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert (party, stance) in [(r.party, r.stance) for r in result.responses], result.responses


def test_a_response_needs_a_stance_word() -> None:
    text = "Zwei Offiziere wurden nach dem Angriff vom Dienst suspendiert."
    assert speech(text, "de").responses == ()


def test_the_engine_entry_points_share_one_result() -> None:
    ctx = make_context("« Nous n'avons rien vu venir cette nuit-là », a dit Jean Morel.", "fr", None)
    assert find_quotes(ctx) == find_speech(ctx).quotes
    assert find_allegations(ctx) == () and find_responses(ctx) == ()


def test_a_language_without_pack_still_finds_quotes() -> None:
    text = "Powiedział: „To była najgorsza noc w historii naszego miasta”."
    quotes = speech(text, "pl").quotes
    assert quotes and quotes[0].text.startswith("To była najgorsza noc")


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


def test_the_party_stops_before_its_predicate() -> None:
    text = "Глава ведомства Иван Петров поручил провести расследование гибели людей."
    responses = speech(text, "ru").responses
    assert ("Глава ведомства Иван Петров", "investigate") in [(r.party, r.stance) for r in responses]


# (language, text, accuser, charge): charge words of each language, as the law names them
@pytest.mark.parametrize(
    "lang, text, party, stance",
    [
        (
            "fr",
            "Le groupe armé Vent Rouge, accusé par les habitants, et qui a nié les faits, reste actif.",
            "groupe armé Vent Rouge",
            "deny",
        ),
        ("fr", "Le Front Vert, qui a nié toute implication, a publié un communiqué.", "Front Vert", "deny"),
        ("de", "Die Armee, die den Angriff bestritt, sprach von Kämpfern.", "Armee", "deny"),
        ("es", "El Frente Norte, que negó cualquier participación, pidió pruebas.", "Frente Norte", "deny"),
        (
            "ru",
            "Министерство обороны, которое опровергло эти сведения, молчит.",
            "Министерство обороны",
            "deny",
        ),
    ],
)
def test_the_party_of_a_relative_clause_is_its_antecedent(lang, text, party, stance):
    assert (party, stance) in [(r.party, r.stance) for r in speech(text, lang).responses]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "fr",
            "Des rebelles du Front Vert ont attaqué le village. Ces derniers ont revendiqué l'attaque.",
            "Front Vert",
        ),
        (
            "es",
            "Hombres del Frente Norte atacaron el pueblo. Estos últimos reivindicaron el ataque.",
            "Frente Norte",
        ),
    ],
)
def test_the_latter_is_the_last_name_before(lang, text, party):
    assert [(r.party, r.stance) for r in speech(text, lang).responses] == [(party, "acknowledge")]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "pt",
            "“O Ministério do Interior desmente qualquer envolvimento”, afirmou o porta-voz.",
            "Ministério do Interior",
        ),
        (
            "es",
            '"El Ministerio de Defensa niega cualquier ataque", dijeron los militares.',
            "Ministerio de Defensa",
        ),
        # a capitalised first word without an article is no subject: the speaker's
        ("es", '"Algo salió mal. Estamos investigando", dijo el portavoz Luis Gómez.', "portavoz Luis Gómez"),
    ],
)
def test_a_quotation_that_names_the_subject_of_its_stance(lang, text, party):
    assert party in [r.party for r in speech(text, lang).responses]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("fr", "Le Front Vert niait toute implication.", "Front Vert"),
        ("es", "El Ejército negaba cualquier implicación.", "Ejército"),
        ("pt", "O Exército desmentia o ataque.", "Exército"),
        ("de", "Die Armee hatte den Angriff abgestritten.", "Armee"),
    ],
)
def test_every_form_of_a_stance_verb(lang, text, party):
    assert [(r.party, r.stance) for r in speech(text, lang).responses] == [(party, "deny")]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fr", "Le ministère de la Défense n'a pas démenti l'attaque."),
        ("es", "El Ejército no negó el ataque."),
        ("de", "Die Armee hat den Angriff nicht bestritten."),
        ("ru", "Министерство обороны не отрицает удар."),
        ("ar", "لم ينف الجيش الهجوم."),
    ],
)
def test_a_negated_stance_is_no_stance(lang, text):
    assert speech(text, lang).responses == ()


def test_a_negated_silence_stays_no_comment():
    assert [r.stance for r in speech("Le ministère n'a pas commenté l'attaque.", "fr").responses] == [
        "no_comment"
    ]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("es", "La investigación de la Fiscalía General continúa.", "Fiscalía General"),
        ("fr", "Une enquête indépendante de la Mission Vigie a été ouverte.", "Mission Vigie"),
    ],
)
def test_an_inquiry_is_its_issuer_s(lang, text, party):
    assert [(r.party, r.stance) for r in speech(text, lang).responses] == [(party, "investigate")]


def test_information_not_verified_is_no_inquiry():
    text = "Die Angaben konnten nicht unabhängig überprüft werden, sagte der Sprecher Jan Ost."
    assert "investigate" not in [r.stance for r in speech(text, "de").responses]


def test_a_charge_in_a_report_is_its_issuer_s():
    text = (
        "Un rapport de la Commission Vigie a établi que la milice a mené "
        "des attaques contre la population civile."
    )
    assert [(a.accuser, a.charge) for a in speech(text, "fr").allegations] == [
        ("Commission Vigie", "civilian_targeting")
    ]


@pytest.mark.parametrize(
    "lang, text, accuser",
    [
        (
            "ru",
            "Мэр города Иван Петров заявил, что обстрел начали в час пик, чтобы погибло как можно больше людей.",
            "Мэр города Иван Петров",
        ),
        (
            "uk",
            "Мер Іван Петренко заявив, що удар завдали в годину пік, щоб постраждало якомога більше людей.",
            "Мер Іван Петренко",
        ),
        (
            "fr",
            "Selon le gouverneur Paul Martin, les assaillants voulaient faire un maximum de victimes.",
            "gouverneur Paul Martin",
        ),
        (
            "es",
            "Según la fiscal Ana Ruiz, los atacantes buscaban causar el mayor número de víctimas.",
            "fiscal Ana Ruiz",
        ),
        (
            "de",
            "Die Angreifer wollten laut Polizeichef Jan Ost möglichst viele Menschen töten.",
            "Polizeichef Jan Ost",
        ),
        ("ar", "وقال المتحدث أحمد سالم إن المهاجمين أرادوا إيقاع أكبر عدد من الضحايا.", "المتحدث أحمد سالم"),
    ],
)
def test_an_attack_meant_to_harm_as_many_as_possible_targets_civilians(lang, text, accuser):
    assert [(a.accuser, a.charge) for a in speech(text, lang).allegations] == [
        (accuser, "civilian_targeting")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("ru", "Врачи пытаются спасти как можно больше людей."),
        ("fr", "C'est l'attaque qui a fait le plus de victimes depuis 2019."),
        ("es", "Es el atentado con el mayor número de víctimas desde 2004."),
        ("de", "Die Retter wollten möglichst viele Menschen retten."),
        ("ar", "وأوقع الانفجار أكبر عدد من الضحايا منذ سنوات."),
    ],
)
def test_a_superlative_toll_or_a_rescue_is_no_charge(lang, text):
    assert speech(text, lang).allegations == ()


@pytest.mark.parametrize(
    "lang, text, party",
    [
        ("de", "Aus Valdor kam bislang keine offizielle Reaktion.", "Valdor"),
        ("ru", "Из Северска не последовало комментариев.", "Северска"),
    ],
)
def test_a_reaction_from_a_named_party(lang, text, party):
    assert [(r.party, r.stance) for r in speech(text, lang).responses] == [(party, "no_comment")]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "fr",
            "Le ministère de la Défense a affirmé avoir visé un dépôt de munitions.",
            "ministère de la Défense",
        ),
        ("pt", "O Exército disse que o alvo era um depósito de armas.", "Exército"),
        ("ar", "وقال الجيش إنه استهدف مركز قيادة.", "الجيش"),
    ],
)
def test_a_justification_naming_the_target_struck_admits_the_strike(lang, text, party):
    found = {(r.party, r.stance) for r in speech(text, lang).responses}
    assert {(party, "justify"), (party, "acknowledge")} <= found


def test_a_justification_naming_the_dead_is_no_admission_and_is_the_speaker_s():
    text = "Министерство обороны заявило, что погибшие были боевиками."
    assert [(r.party, r.stance) for r in speech(text, "ru").responses] == [
        ("Министерство обороны", "justify")
    ]


@pytest.mark.parametrize(
    "lang, text, denier, claimant",
    [
        (
            "ru",
            "Штаб армии опроверг заявления Северии о якобы уничтоженном складе оружия.",
            "Штаб армии",
            "Северии",
        ),
        (
            "fr",
            "Valdor rejette les affirmations de Pernam selon lesquelles un dépôt d'armes était visé.",
            "Valdor",
            "Pernam",
        ),
    ],
)
def test_a_justification_reported_as_a_claim_is_the_claimant_s(lang, text, denier, claimant):
    found = {(r.party, r.stance) for r in speech(text, lang).responses}
    assert {(denier, "deny"), (claimant, "justify"), (claimant, "acknowledge")} <= found


@pytest.mark.parametrize(
    "lang, text, party, stance",
    [
        (
            "ar",
            "تبنى تنظيم “الريح الشمالية” الهجوم على القرية في بيان.",
            "تنظيم “الريح الشمالية”",
            "acknowledge",
        ),
        ("ar", "ووصف رئيس الوزراء أحمد سالم القصف بأنه “خطأ مأساوي”.", "رئيس الوزراء أحمد سالم", "regret"),
        (
            "ar",
            "ووصف رئيس الوزراء الليبي أحمد سالم القصف بأنه “خطأ مأساوي”.",
            "رئيس الوزراء الليبي أحمد سالم",
            "regret",
        ),
        (
            "ru",
            'Группировка "Северный ветер" взяла на себя ответственность за нападение.',
            "Северный ветер",
            "acknowledge",
        ),
    ],
)
def test_a_party_keeps_the_name_that_follows_it(lang, text, party, stance):
    assert (party, stance) in [(r.party, r.stance) for r in speech(text, lang).responses]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "ru",
            "Министерство обороны заявило, что не наносит ударов по гражданским объектам.",
            "Министерство обороны",
        ),
        ("fr", "L'armée affirme qu'elle n'a pas visé de civils.", "armée"),
        ("es", "El Ejército aseguró que no atacó a civiles.", "Ejército"),
        ("de", "Die Armee erklärte, sie habe keine Zivilisten angegriffen.", "Armee"),
        ("ar", "وقال الجيش إنه لم يستهدف المدنيين.", "الجيش"),
    ],
)
def test_a_negated_strike_is_a_denial(lang, text, party):
    assert [(r.party, r.stance) for r in speech(text, lang).responses] == [(party, "deny")]


def test_a_strike_not_negated_is_no_denial():
    assert speech("L'armée a visé un entrepôt.", "fr").responses == ()


def test_an_accuser_given_by_a_title_is_the_name_before():
    text = "Harbour Watch a déclaré mardi que la situation est grave. L'organisation a dénoncé des crimes de guerre."
    assert [(a.accuser, a.charge) for a in speech(text, "fr").allegations] == [("Harbour Watch", "war_crime")]


def test_arabic_said_it_struck_is_an_admission():
    text = "وقال الجيش الإسرائيلي في بيان إنه استهدف مخزنا للأسلحة."
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [
        ("الجيش الإسرائيلي", "acknowledge")
    ]


MORE_ALLEGATIONS = [
    (
        "fr",
        "Selon Amnesty International, il s'agit de crimes contre l’humanité.",
        "Amnesty International",
        "crime_against_humanity",
    ),
    (
        "ru",
        "По словам губернатора Олега Смирнова, армия умышленно обстреливает мирных жителей.",
        "губернатора Олега Смирнова",
        "civilian_targeting",
    ),
    (
        "uk",
        "За словами прокурора Ігоря Бондаря, окупанти навмисно б'ють по цивільних.",
        "прокурора Ігоря Бондаря",
        "civilian_targeting",
    ),
    (
        "pt",
        "A Amnistia Internacional denunciou graves violações dos direitos humanos na província.",
        "Amnistia Internacional",
        "human_rights_violation",
    ),
    (
        "es",
        "La Defensoría del Pueblo denunció violaciones sistemáticas a los derechos humanos.",
        "Defensoría del Pueblo",
        "human_rights_violation",
    ),
    (
        "ar",
        "وقالت المنظمة الحقوقية إن القصف يمثل انتهاكا صريحا للقانون الدولي.",
        "المنظمة الحقوقية",
        "ihl_violation",
    ),
]


@pytest.mark.parametrize(("lang", "text", "accuser", "charge"), MORE_ALLEGATIONS)
def test_more_charge_words(lang: str, text: str, accuser: str, charge: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert (accuser, charge) in [(a.accuser, a.charge) for a in result.allegations], result.allegations


MORE_RESPONSES = [
    (
        "pt",
        "O Ministério da Defesa rejeitou as acusações de forma categórica.",
        "Ministério da Defesa",
        "deny",
    ),
    ("es", "Según el Ejército, los muertos eran terroristas armados.", "Ejército", "justify"),
    ("ar", "وامتنع الجيش عن التعليق على التقارير.", "الجيش", "no_comment"),
    ("ru", "В Минобороны назвали эти сообщения клеветой.", "Минобороны", "deny"),
    ("uk", "Поліція поки не надала коментарів журналістам.", "Поліція", "no_comment"),
    ("de", "Das Ministerium wies die Vorwürfe als haltlos zurück.", "Ministerium", "deny"),
]


@pytest.mark.parametrize(("lang", "text", "party", "stance"), MORE_RESPONSES)
def test_more_stance_words(lang: str, text: str, party: str, stance: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert (party, stance) in [(r.party, r.stance) for r in result.responses], result.responses


# --- who speaks: institutions after a preposition, statements that refer back, quoted names ------


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


@pytest.mark.parametrize(
    "lang, narrated, said",
    [
        (
            "fr",
            "L'acte terroriste a fait douze morts dans le marché de la ville.",
            "« C'est un acte terroriste contre notre peuple », a déclaré le maire Paul Martin.",
        ),
        (
            "uk",
            "Після теракту в місті оголосили жалобу на три дні.",
            '"Це був терористичний акт проти мирного міста", - заявив мер Іван Коваль.',
        ),
    ],
)
def test_an_event_named_terrorist_is_a_charge_only_in_a_partys_words(lang, narrated, said):
    assert speech(narrated, lang).allegations == ()
    assert [a.charge for a in speech(said, lang).allegations] == ["civilian_targeting"]


@pytest.mark.parametrize(
    "lang, text, charge",
    [
        (
            "fr",
            "Selon le rapport, les hommes armés ont ouvert le feu de manière indiscriminée.",
            "ihl_violation",
        ),
        (
            "es",
            "Según la fiscalía, los acusados cometieron delitos contra la humanidad.",
            "crime_against_humanity",
        ),
        ("ar", "وقالت المنظمة إن القصف يمثل عقابا جماعيا للسكان.", "ihl_violation"),
        (
            "ru",
            "Следственный комитет возбудил дело о применении запрещённых методов ведения войны.",
            "ihl_violation",
        ),
    ],
)
def test_broad_charge_vocabulary(lang, text, charge):
    assert charge in [a.charge for a in speech(text, lang).allegations]


def test_an_acronym_speaker_is_the_full_name_the_report_gives():
    text = (
        "Harbour Rights Watch a publié un rapport mardi. "
        "« Les rebelles ont avancé dans la vallée en commettant des exactions », explique HRW."
    )
    assert [q.speaker for q in speech(text, "fr").quotes] == ["Harbour Rights Watch (HRW)"]


def test_an_inflected_title_refers_back_to_the_body_that_denied() -> None:
    text = (
        "Министерство связи опровергает сообщение об ударе по вокзалу. "
        "Об этом говорится в заявлении ведомства.\n"
        "«Никаких ударов по вокзалу в этот день не наносилось. Это ложь.»"
    )
    quotes = speech(text, "ru").quotes
    assert [q.speaker for q in quotes] == ["Министерство связи"]


def test_an_indefinite_title_is_someone_new() -> None:
    text = (
        "La frappe a visé un immeuble, selon l'agence Nouvelles du Sud.\n"
        "Un responsable de la police a indiqué que l'immeuble abritait des familles.\n"
        "« Le tir a eu lieu juste après minuit », a-t-il ajouté."
    )
    quotes = speech(text, "fr").quotes
    assert [q.speaker for q in quotes] == ["responsable de la police"]


def test_a_title_refers_back_past_a_name_in_quote_marks() -> None:
    text = (
        "نشرت منظمة “الأمل للأطفال” بيانا عن القصف. "
        "وقالت المنظمة: “إن ثلاثة أطفال قتلوا في القصف صباح اليوم”."
    )
    quotes = speech(text, "ar").quotes
    assert [q.speaker for q in quotes] == ["الأمل للأطفال"]


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


@pytest.mark.parametrize(
    ("text", "lang", "full"),
    [
        (
            "Генеральний штаб ЗСУ оприлюднив дані. "
            '"Ворог обстріляв місто з артилерії протягом усієї ночі", - йдеться у заяві генштабу.',
            "uk",
            "Генеральний штаб ЗСУ",
        ),
        (
            "Министерство обороны опубликовало данные. "
            "«Противник обстрелял город из артиллерии всю ночь», — заявили в Минобороны.",
            "ru",
            "Министерство обороны",
        ),
    ],
)
def test_a_syllabic_abbreviation_is_the_full_name_the_report_gives(text: str, lang: str, full: str) -> None:
    quotes = speech(text, lang).quotes
    assert [q.speaker for q in quotes] == [full]


def test_a_body_s_common_noun_is_the_name_the_report_gave_it_before() -> None:
    text = (
        "Про загибель людей повідомили в Офісі Генпрокурора.\n"
        '"Кількість загиблих у місті зросла до дев\'яти осіб", - повідомили у прокуратурі.'
    )
    quotes = speech(text, "uk").quotes
    assert [q.speaker for q in quotes] == ["Офісі Генпрокурора"]


def test_a_body_s_common_noun_keeps_the_capitalised_words_before_it() -> None:
    text = (
        "Розслідування розпочала Харківська обласна прокуратура.\n"
        '"Удар було завдано по житловому кварталу вночі", - повідомили у прокуратурі.'
    )
    quotes = speech(text, "uk").quotes
    assert [q.speaker for q in quotes] == ["Харківська обласна прокуратура"]


def test_an_indefinite_common_noun_is_no_name() -> None:
    text = (
        "Un responsable de la police a parlé aux journalistes.\n"
        "« Les secours sont arrivés vingt minutes après l'explosion », a indiqué le responsable."
    )
    quotes = speech(text, "fr").quotes
    assert [q.speaker for q in quotes] == ["responsable"]  # never "Un responsable"
