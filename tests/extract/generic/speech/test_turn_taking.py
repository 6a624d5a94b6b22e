"""Quote speakers where two or three people alternate (issue 11), outside English: a title given to
the person who bears it rather than to the speaker named last ("», detalló el fiscal"), a common
noun no earlier words use taken as the other speaker's turn ("», reclamó la mujer"), a colon that
closes a clause without a speech verb ("X stand vor dem Eingang: „…“"), and Arabic speaker phrases
(a rank and a name after a title, a construct chain, a circumstantial clause, an addressee alone).
generic/speech/roles.py: described_person, turn_taker; quotes.py: colon_subject;
phrases.py: phrase_after, noun_phrase_end.

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

PROBES = [
    # a title: the person the report gave it to, over the speaker named last
    (
        "es",
        'El fiscal Ramiro Quintana Vela dijo: "Ya tenemos a tres detenidos por el ataque". '
        'Rosa Medina, hermana de una víctima, habló frente al hospital: "Nadie nos avisó de nada". '
        '"Los proyectiles coinciden con fusiles de asalto", detalló el fiscal.',
        ["fiscal Ramiro Quintana Vela", "Rosa Medina", "Ramiro Quintana Vela"],
    ),
    # ... past a capitalised word of the title's place and an acronym
    (
        "ru",
        "Глава Курской области Пётр Савельев сообщил о двух раненых. "
        "«Пострадавших доставили в больницу», — рассказал главный врач Рыльской ЦРБ Илья Гордеев. "
        "«Все службы работают в усиленном режиме», — добавил глава.",
        ["главный врач Рыльской ЦРБ Илья Гордеев", "Пётр Савельев"],
    ),
    # ... named past a place after the title in the attribution itself
    (
        "uk",
        "«Рятувальники працювали під завалами всю ніч», — розповіла речниця ДСНС у Харківській "
        "області Ольга Дудник.",
        ["Ольга Дудник"],
    ),
    # ... not a word of the title's complement ("dos Negócios Estrangeiros")
    (
        "pt",
        "O ministro dos Negócios Estrangeiros, Vasco Meireles, condenou o ataque. "
        '"Precisamos de mais defesa aérea já", disse Inês Faria. '
        '"Cada dia sem resposta custa vidas", insistiu o ministro.',
        ["Inês Faria", "Vasco Meireles"],
    ),
    # a common noun no earlier words use: the other speaker's turn
    (
        "es",
        'Carmen Ruiz, madre de uno de los heridos, habló con la prensa: "Mi hijo solo iba a comprar pan". '
        '"Hemos detenido a dos sospechosos", afirmó el comisario Tomás Vidal. '
        '"Queremos respuestas, no promesas", reclamó la mujer.',
        ["Carmen Ruiz", "comisario Tomás Vidal", "Carmen Ruiz"],
    ),
    # ... the person named since the previous quotation
    (
        "ru",
        "«Ремонт займёт не меньше месяца», — заявил мэр города Андрей Лукин. "
        "Жительница дома Нина Зуева говорит, что слышала три взрыва. "
        "«Я думала, что рухнула крыша», — сказала пенсионерка.",
        ["мэр города Андрей Лукин", "Нина Зуева"],
    ),
    # ... the person named before a report's first quotation, and the same noun later (German:
    # one noun after an article and an adjective)
    (
        "de",
        "Fatima Musa verkaufte gerade Tomaten, als die Bombe explodierte. „Der Boden hat gebebt“, "
        "sagte die 41-jährige Verkäuferin über einen Dolmetscher. „Ich suche noch meinen Sohn“, "
        "sagte die Verkäuferin.",
        ["Fatima Musa", "Fatima Musa"],
    ),
    # ... not after an indefinite article, nor where the noun was used before
    (
        "es",
        '"El autobús salió a las ocho", dijo Marta Gil. El conductor quedó herido. '
        '"No pude frenar a tiempo", dijo el conductor.',
        ["Marta Gil", "conductor"],
    ),
    (
        "pt",
        '"O telhado caiu de uma vez", disse Sara Pinto. '
        '"Tínhamos trinta doentes lá dentro", contou por telefone um enfermeiro do hospital.',
        ["Sara Pinto", "telefone um enfermeiro do hospital"],
    ),
    # a pronoun or a past verb's gender that is not the previous speaker's: the speaker before
    (
        "uk",
        "Лікарка Марія Гнатюк написала у Facebook: «Ми приймали поранених до ранку». "
        "«Будинок культури згорів повністю», — розповів голова громади Павло Сидорук. "
        "«Ліків вистачить лише на тиждень», — додала вона.",
        ["Лікарка Марія Гнатюк", "голова громади Павло Сидорук", "Лікарка Марія Гнатюк"],
    ),
    (
        "fr",
        "« L'école a perdu son toit », a raconté l'institutrice Awa Diallo. "
        "« Nous faisons classe dehors », a-t-elle ajouté. "
        "« La route est coupée depuis mardi », a expliqué le maire Issa Coulibaly. "
        "« Un pont provisoire arrive demain », a-t-il précisé. "
        "« Les enfants ont peur de revenir », a-t-elle dit.",
        ["institutrice Awa Diallo"] * 2 + ["maire Issa Coulibaly"] * 2 + ["institutrice Awa Diallo"],
    ),
    # a colon that closes a clause with no speech verb: the person it opens with
    (
        "fr",
        "« Le village est vide depuis lundi », a déclaré Paul Kaboré. "
        "L'abbé Denis Zongo, curé de la paroisse, a accueilli les familles : "
        "« Elles sont arrivées à pied, sans rien. »",
        ["Paul Kaboré", "abbé Denis Zongo"],
    ),
    (
        "de",
        "„Das Feuer kam von oben“, sagte Bürgermeister Jan Kovač. "
        "Die Anwohnerin Lena Vogt stand vor ihrem Haus: „Von meiner Küche ist nichts mehr übrig.“",
        ["Bürgermeister Jan Kovač", "Anwohnerin Lena Vogt"],
    ),
    # Arabic: a rank and a name after the title's phrase, before the outlet spoken to
    (
        "ar",
        "«انفجرت العبوة قرب الحافلة في ساعة الذروة»، قال المتحدث باسم الشرطة المقدم سالم "
        "ياسين لوكالة الأنباء.",
        ["المتحدث باسم الشرطة المقدم سالم ياسين"],
    ),
    # ... after a member preposition and its place
    (
        "ar",
        "«استقبلنا عشرين جريحاً خلال ساعة واحدة»، قال مدير مستشفى المدينة في المحافظة الدكتور "
        "ماهر نصار لـ«الإذاعة».",
        ["مدير مستشفى المدينة في المحافظة الدكتور ماهر نصار"],
    ),
    # ... a noun shaped as an adjective in a construct chain
    (
        "ar",
        "«لم يعد في القرية بيت سليم»، قال رئيس بلدية القصير حسين دياب.",
        ["رئيس بلدية القصير حسين دياب"],
    ),
    # ... a circumstantial clause after the name
    (
        "ar",
        "«كان ابني في طريقه إلى المدرسة»، قال كمال حداد. «لن أسامح أحداً على ذلك»، قال حداد وهو يبكي.",
        ["كمال حداد", "حداد"],
    ),
    # ... only the outlet spoken to before the colon: the subject named before
    (
        "ar",
        "«المدينة بلا كهرباء منذ يومين»، قال الناشط سامر خليل. وقال لقناة الجزيرة: «نحتاج إلى "
        "مولدات ووقود في أسرع وقت»",
        ["الناشط سامر خليل", "الناشط سامر خليل"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), PROBES)
def test_turn_taking(lang: str, text: str, speakers: list[str | None]) -> None:
    result = speech(text, lang)
    assert [q.speaker for q in result.quotes] == speakers
    assert_spans(text, result)
