"""Allegations: charge words, accusers, accused (generic/speech/allegations.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

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
        "es",
        "La Red Andina de Derechos Humanos cuestionó esa versión y denunció graves violaciones a los "
        "derechos humanos.",
        "Red Andina de Derechos Humanos",
        "human_rights_violation",
    ),
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
        "الدفاع المدني",  # an unnamed spokesman accuses for the body he speaks for
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
        "губернатора Олег Смирнов",
        "civilian_targeting",
    ),
    (
        "uk",
        "За словами прокурора Ігоря Бондаря, окупанти навмисно б'ють по цивільних.",
        "прокурора Ігор Бондар",
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
            "Selon le rapport, les miliciens ont tiré de manière indiscriminée sur la foule.",
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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le préfet affirme que l'incendie du dépôt n'était pas un crime de guerre."),
        ("es", "«Jamás apuntamos deliberadamente contra civiles», declaró el coronel Iván Suárez."),
        ("pt", "O comando garante que o tiroteio não foi um crime de guerra."),
        ("fr", "« Nos pilotes n'ont jamais ciblé de civils », a assuré le commandant Luc Ferrand."),
    ],
)
def test_a_denied_charge_is_no_allegation(lang, text):
    assert speech(text, lang).allegations == ()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La brigade n'a pas respecté le droit international humanitaire, selon l'ONG Veille Sud."),
        ("fr", "Les tireurs ne visaient que des civils, selon l'ONG Veille Sud."),
    ],
)
def test_a_negation_that_does_not_deny_the_charge_keeps_it(lang, text):
    assert [a.accuser for a in speech(text, lang).allegations] == ["ONG Veille Sud"]


@pytest.mark.parametrize(
    ("lang", "text", "accuser", "accused"),
    [
        (
            "fr",
            "Le pilonnage a été qualifié de crime de guerre par l'ONG Veille Sud.",
            "ONG Veille Sud",
            None,
        ),
        ("es", "El asedio fue calificado de crimen de guerra por la Liga Cívica.", "Liga Cívica", None),
        ("pt", "O cerco foi classificado como crime de guerra pela Liga Cívica.", "Liga Cívica", None),
        (
            "fr",
            "La Liga Civique dénonce des crimes de guerre commis par la brigade.",
            "Liga Civique",
            "brigade",
        ),
    ],
)
def test_the_agent_of_a_passive_accusation_is_the_accuser(lang, text, accuser, accused):
    assert [(a.accuser, a.accused) for a in speech(text, lang).allegations] == [(accuser, accused)]


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "ru",
            "Противник бьет кассетами, чтобы больше погибло мирных людей. Об этом заявил мэр Иван Сидоренко.",
            "мэр Иван Сидоренко",
        ),
        (
            "uk",
            "Ворог навмисно б'є по мирних жителях. Про це повідомив голова громади Петро Коваль.",
            "голова громади Петро Коваль",
        ),
        (  # the attribution two sentences before, the outlet that relays it named last
            "ru",
            "Об этом заявил мэр Иван Сидоренко, сообщает Агентство. Ракета упала во дворе. "
            "Такие ракеты выбирают, чтобы больше пострадало людей.",
            "мэр Иван Сидоренко",
        ),
    ],
)
def test_a_charge_said_by_the_next_sentence_s_speaker(lang: str, text: str, accuser: str) -> None:
    assert (accuser, "civilian_targeting") in {(a.accuser, a.charge) for a in speech(text, lang).allegations}


def test_a_prosecutor_opening_an_inquiry_into_a_charge_is_its_accuser() -> None:
    text = (
        "Внаслідок обстрілу загинули двоє людей. "
        "Херсонська обласна прокуратура розпочала досудове розслідування за фактом порушення законів та звичаїв війни."
    )
    accusers = {(a.accuser, a.charge) for a in speech(text, "uk").allegations}
    assert ("Херсонська обласна прокуратура", "ihl_violation") in accusers, accusers


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "ru",
            "В результате удара погибли трое. Областная прокуратура открыла уголовное производство по факту "
            "нарушения законов и обычаев войны.",
            "Областная прокуратура",
        ),
        (
            "de",
            "Bei dem Angriff starben drei Menschen. Die Staatsanwaltschaft leitete ein Strafverfahren wegen "
            "Verletzung der Gesetze und Gebräuche des Krieges ein.",
            "Staatsanwaltschaft",
        ),
    ],
)
def test_a_criminal_case_opened_for_a_charge_names_its_accuser(lang: str, text: str, accuser: str) -> None:
    assert (accuser, "ihl_violation") in {(a.accuser, a.charge) for a in speech(text, lang).allegations}


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "بيروت - قتل ستة أشخاص في غارة. واتهمت وزارة الخارجية الأردنية الجيش بارتكاب جرائم حرب.",
            "وزارة الخارجية الأردنية",
            "الجيش",
        ),
        (  # a headline puts its subject first
            "الخارجية الأردنية تتهم الجيش بارتكاب جرائم حرب في القرية",
            "الخارجية الأردنية",
            "الجيش",
        ),
    ],
)
def test_a_verb_first_accusation_names_accuser_then_accused(text: str, accuser: str, accused: str) -> None:
    assert [(a.accuser, a.accused) for a in speech(text, "ar").allegations] == [(accuser, accused)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'état-major a démenti avoir visé des civils lors de l'opération de mardi."),
        ("es", "El ejército negó haber atacado deliberadamente a civiles en la aldea."),
    ],
)
def test_a_denied_charge_is_no_allegation_of_the_denier(lang: str, text: str) -> None:
    assert speech(text, lang).allegations == ()


def test_a_lead_s_charge_without_accuser_is_the_body_s() -> None:
    text = (
        "Mali : des crimes de guerre dans le village de Kora\n\n"
        "Douze villageois ont été tués jeudi. Amnesty International a estimé que ces "
        "exécutions constituent des crimes de guerre."
    )
    accusers = {(a.accuser, a.charge) for a in speech(text, "fr").allegations}
    assert ("report", "war_crime") not in accusers, accusers
    assert ("Amnesty International", "war_crime") in accusers, accusers


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "pt",
            "A Anistia Internacional voltou a acusar o exército de cometer genocídio depois que um bombardeio "
            "matou 14 pessoas, segundo a Defesa Civil local.",
            "Anistia Internacional",
        ),
        (
            "es",
            "La ONG Voces de Paz acusó al ejército de cometer genocidio tras un bombardeo que mató a 14 personas, "
            "según la Defensa Civil.",
            "ONG Voces de Paz",
        ),
    ],
)
def test_the_accusing_verb_s_subject_holds_its_charge_against_a_later_source(
    lang: str, text: str, accuser: str
) -> None:
    accusers = {(a.accuser, a.charge) for a in speech(text, lang).allegations}
    assert accusers == {(accuser, "genocide")}, accusers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Женевские конвенции о защите жертв войны были подписаны в 1949 году."),
        ("fr", "Le CICR a rappelé que les conventions de Genève fêtent cette année leurs 75 ans."),
        ("ar", "وقالت اللجنة إن اتفاقيات جنيف وقعت قبل خمسة وسبعين عاما."),
    ],
)
def test_a_law_named_without_its_breach_is_no_charge(lang: str, text: str) -> None:
    assert speech(text, lang).allegations == ()


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "uk",
            "Омбудсман Петро Бойко заявив, що обстріл порушує Женевські конвенції.",
            "Омбудсман Петро Бойко",
        ),
        (
            "de",
            "Amnesty International sprach von einem klaren Verstoß gegen die Genfer Konventionen.",
            "Amnesty International",
        ),
        (
            "es",
            "La ONG Voces de Paz afirmó que el bombardeo viola la Convención de Ginebra.",
            "ONG Voces de Paz",
        ),
    ],
)
def test_a_breach_of_a_named_law_is_a_charge(lang: str, text: str, accuser: str) -> None:
    assert (accuser, "ihl_violation") in {(a.accuser, a.charge) for a in speech(text, lang).allegations}
