"""Claim frames of issue 11 outside English: the body a press service or a compound spokesman
speaks for, an inquiry called for (no response), and a charge a party denies (a denial, no
allegation). Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech


def _responses(text: str, lang: str) -> set[tuple[str, str]]:
    result = speech(text, lang)
    assert_spans(text, result)
    return {(r.party, r.stance) for r in result.responses}


# (language, text, party, stance): the party is the body, not its press service or spokesman
BODIES = [
    (
        "ru",
        "«Наши пограничники огня по мирным жителям не открывали», — заявили в пресс-службе Пограничных войск.",
        "Пограничных войск",
        "deny",
    ),
    ("ru", "Пресс-служба Минобороны опровергла сообщения об ударе по рынку.", "Минобороны", "deny"),
    (
        "ru",
        "В Минобороны России заявили, что удар нанесен по складу боеприпасов. «Удары наносятся "
        "только по военным объектам», — говорится в сообщении пресс-службы ведомства.",
        "Минобороны России",
        "justify",
    ),
    ("uk", "Пресслужба Генштабу спростувала повідомлення про удар по ринку.", "Генштабу", "deny"),
    ("de", "Ein Regierungssprecher wies die Vorwürfe am Abend zurück.", "Regierung", "deny"),
    ("de", "Ein Luftwaffensprecher wies die Vorwürfe am Abend zurück.", "Luftwaffe", "deny"),
    ("de", "Ein Hamas-Sprecher wies die Vorwürfe am Abend zurück.", "Hamas", "deny"),
]


@pytest.mark.parametrize(("lang", "text", "party", "stance"), BODIES)
def test_a_press_service_or_compound_spokesman_speaks_for_its_body(
    lang: str, text: str, party: str, stance: str
) -> None:
    assert (party, stance) in _responses(text, lang)


# (language, text): an inquiry someone calls for is no inquiry announced
CALLS = [
    ("es", "La Defensoría del Pueblo pidió a la Fiscalía investigar las dos muertes."),
    ("fr", "Une association locale a appelé à l'ouverture d'une enquête indépendante."),
    ("pt", "A organização pediu a abertura de uma investigação independente."),
    ("de", "Die Opposition forderte eine unabhängige Untersuchung des Angriffs."),
    ("ru", "Правозащитники призвали провести независимое расследование удара."),
    ("uk", "Координаторка ООН закликала ретельно розслідувати удар."),
    ("ar", "وطالبت المنظمة بفتح تحقيق دولي مستقل في الهجوم."),
]


@pytest.mark.parametrize(("lang", "text"), CALLS)
def test_an_inquiry_called_for_is_no_response(lang: str, text: str) -> None:
    assert not any(stance == "investigate" for _party, stance in _responses(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Fiscalía General abrió una investigación previa por las dos muertes."),
        ("de", "Die Armee leitete eine Untersuchung des Angriffs ein."),
        ("uk", "Поліція розпочала розслідування обставин обстрілу."),
    ],
)
def test_an_inquiry_opened_stays_a_response(lang: str, text: str) -> None:
    assert any(stance == "investigate" for _party, stance in _responses(text, lang))


# (language, text, party): a charge the speaker denies is a denial, and no allegation
DENIED = [
    (
        "fr",
        "Le ministère de la Défense affirme que l'opération « ne constitue en aucun cas une violation "
        "du droit international humanitaire ».",
        "ministère de la Défense",
    ),
    (
        "es",
        "El Ministerio del Interior subraya que lo ocurrido no constituye de ninguna manera una "
        "violación de derechos humanos.",
        "Ministerio del Interior",
    ),
    ("de", "Ein Regierungssprecher sagte, von einem Kriegsverbrechen könne keine Rede sein.", "Regierung"),
    (
        "ru",
        "Представитель армии заявил, что удар «не является нарушением норм международного гуманитарного права».",
        "армии",
    ),
    (
        "uk",
        "Речник міністерства заявив, що удар жодним чином не є порушенням міжнародного гуманітарного права.",
        "міністерства",
    ),
]


@pytest.mark.parametrize(("lang", "text", "party"), DENIED)
def test_a_charge_a_party_denies_is_a_denial_and_no_allegation(lang: str, text: str, party: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert not result.allegations
    assert any(r.stance == "deny" for r in result.responses)
    assert (party, "deny") in {(r.party, r.stance) for r in result.responses}


@pytest.mark.parametrize(
    ("lang", "text", "charge"),
    [
        (
            "ru",
            "Правозащитники заявили, что военные открывали огонь по мирным жителям.",
            "civilian_targeting",
        ),
        ("es", "La ONG sostiene que el ataque constituye un crimen de guerra.", "war_crime"),
        (
            "ru",
            "Правозащитники заявили, что удар является нарушением международного гуманитарного права.",
            "ihl_violation",
        ),
        ("de", "Amnesty sagte, es handle sich um ein Kriegsverbrechen.", "war_crime"),
    ],
)
def test_a_charge_not_denied_stays_an_allegation(lang: str, text: str, charge: str) -> None:
    assert charge in {a.charge for a in speech(text, lang).allegations}


# (language, text, stance): what a stance word is about is no incident: no stance at all
SOMETHING_ELSE = [
    ("fr", "Le gouverneur a démenti les rumeurs d'une fermeture des écoles de la ville.", "deny"),
    ("es", "La Secretaría de Seguridad desmintió los rumores sobre un toque de queda.", "deny"),
    ("pt", "O primeiro-ministro negou os rumores de uma remodelação do Governo.", "deny"),
    ("ru", "В полиции опровергли распространившиеся в соцсетях слухи о перекрытии трассы.", "deny"),
    ("ar", "ونفت البلدية الشائعات المتداولة عن إغلاق المستشفى.", "deny"),
    ("pt", "A polícia não quis comentar um processo de corrupção envolvendo dois comissários.", "no_comment"),
]


@pytest.mark.parametrize(("lang", "text", "stance"), SOMETHING_ELSE)
def test_a_stance_about_something_else_is_no_response(lang: str, text: str, stance: str) -> None:
    assert not any(s == stance for _party, s in _responses(text, lang))


def test_a_denial_of_the_strike_stays_a_denial() -> None:
    assert ("armée", "deny") in _responses("L'armée a démenti avoir frappé le marché.", "fr")


# (language, text, party, stance): stance words of a party's own account
ACCOUNTS = [
    (
        "de",
        '"Unsere Aufklärung hat die Versammlung irrtümlich für Banditen gehalten", sagte ein Armeesprecher.',
        "Armee",
        "acknowledge",
    ),
    (
        "ru",
        "«Пограничники лишь ответили на провокацию с сопредельной стороны», — заявили в пресс-службе "
        "Пограничных войск.",
        "Пограничных войск",
        "justify",
    ),
    (
        "ar",
        "وقال متحدث باسم الجيش: «استهدفنا عنصراً مسلحاً، وسنراجع التقارير بشأن إصابة مدنيين».",
        "الجيش",
        "investigate",
    ),
]


@pytest.mark.parametrize(("lang", "text", "party", "stance"), ACCOUNTS)
def test_a_party_s_own_account_takes_its_stance(lang: str, text: str, party: str, stance: str) -> None:
    assert (party, stance) in _responses(text, lang)


# (language, text, party): the law named as kept is no charge; the speaker denies a violation
KEPT = [
    (
        "es",
        "El Ministerio de Defensa sostuvo que el bombardeo se ajustó 'a las normas del derecho internacional humanitario'.",
        "Ministerio de Defensa",
    ),
    ("fr", "L'armée affirme avoir agi conformément au droit international humanitaire.", "armée"),
    ("de", "Die Armee erklärte, sie handle im Einklang mit dem humanitären Völkerrecht.", "Armee"),
    (
        "ru",
        "В Минобороны заявили, что удар нанесен в соответствии с нормами международного гуманитарного права.",
        "Минобороны",
    ),
]


@pytest.mark.parametrize(("lang", "text", "party"), KEPT)
def test_the_law_named_as_kept_is_no_charge(lang: str, text: str, party: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    assert not result.allegations
    assert (party, "deny") in {(r.party, r.stance) for r in result.responses}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La Defensoría del Pueblo advirtió que el ataque podría constituir una infracción al DIH."),
        ("fr", "Selon l'ONG, la frappe constitue une violation grave du DIH."),
        ("ru", "Омбудсмен заявил, что удар является грубым нарушением МГП."),
        ("uk", "Омбудсман заявив, що удар є порушенням МГП."),
    ],
)
def test_the_abbreviated_law_of_war_is_a_charge(lang: str, text: str) -> None:
    assert "ihl_violation" in {a.charge for a in speech(text, lang).allegations}


def test_a_party_ends_before_the_outlet_it_spoke_to() -> None:
    text = (
        "Die Streitkräfte hätten ein Lager von Söldnern getroffen, sagte ein Sprecher des "
        "Verteidigungsministeriums der Agentur Interfax."
    )
    assert ("Verteidigungsministeriums", "justify") in _responses(text, "de")
