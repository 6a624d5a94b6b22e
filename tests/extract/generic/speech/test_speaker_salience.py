"""Quote speakers resolved back across sentences outside English (issue 11): a statement noun
("le texte", "el documento", "в документе") after a quotation from that statement is the party
that issued it, or the party the sentence before names as issuing one; a pronoun or title whose
gender (a verb's ending, a pronoun) differs from that of a person named in between, who was never
quoted, goes back to the last quoted speaker of that gender; in Arabic, a title's apposed name
behind a rank ("، العميد X Y Z،") is the speaker.
A common noun after a quotation that ended its own sentence takes the turn of the person named
since ("X acrescentou: « ... .» A diretora, Y, disse que ... « ... », afirmou a médica": Y).
generic/speech/quotes.py: _statement_only, _issuer_before, named_gender; phrases.py: _appositive;
roles.py: turn_taker. A name with a lower-case particle glued by a hyphen ("Karim al-Mansour") is
a name in apposition (phrases.py: cased). "el funcionario" is an office title like "la funcionaria"
(es/pt packs).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

PROBES = [
    # a statement noun after the issuer's quotation from it
    (
        "fr",
        "« Trois ambulances ont été touchées pendant l'évacuation », a indiqué la Croix-Rouge "
        "malienne dans un communiqué. Le texte ajoute que « deux secouristes sont toujours portés "
        "disparus ».",
        ["Croix-Rouge malienne", "Croix-Rouge malienne"],
    ),
    (
        "es",
        'La Procuraduría Regional señaló en un comunicado que "se abrieron cuatro carpetas de '
        'investigación". El documento precisa además que "ninguno de los detenidos tiene '
        'antecedentes".',
        ["Procuraduría Regional", "Procuraduría Regional"],
    ),
    (
        "ru",
        "«Колонна была обстреляна на выезде из посёлка», — говорится в заявлении Комитета "
        "беженцев. В документе подчёркивается, что «все водители получили ранения».",
        ["Комитета беженцев", "Комитета беженцев"],
    ),
    # the sentence before names the issuer of the statement, not a quotation
    (
        "pt",
        "A Associação dos Camionistas Unidos reconheceu, num comunicado divulgado ontem, que "
        "perdeu contacto com dois motoristas. "
        '"Continuamos sem notícias dos nossos colegas desde sábado", diz o texto.',
        ["Associação dos Camionistas Unidos"],
    ),
    # a woman named between, never quoted: "додав він" is the man quoted before her
    (
        "uk",
        "«Уламки пошкодили дах школи», — написав у телеграмі голова громади Віктор Ярмоленко. "
        "Вчителька Людмила Бойко розповіла, що уроки перенесли онлайн. "
        "«Відновлення триватиме щонайменше місяць», — додав він.",
        ["голова громади Віктор Ярмоленко", "голова громади Віктор Ярмоленко"],
    ),
    (
        "ru",
        "«Огонь охватил два склада», — написал губернатор области Аркадий Зуев. "
        "Продавщица Нина Крылова рассказала, что успела вывести покупателей. "
        "«Тушение продолжалось всю ночь», — добавил глава региона.",
        ["губернатор области Аркадий Зуев", "губернатор области Аркадий Зуев"],
    ),
    # a rank before a three-word name in the apposition of a title
    (
        "ar",
        'وقال المتحدث باسم الشرطة، العقيد سامر فهد الزين، إن "المهاجمين فروا باتجاه الوادي بعد '
        'الهجوم". وأضاف العقيد أن "التحقيقات ما زالت في بدايتها".',
        ["المتحدث باسم الشرطة، العقيد سامر فهد الزين"] * 2,
    ),
    # a common noun after a quotation that ended its own sentence: the person named since
    (
        "pt",
        "O autarca Jorge Simões Matos declarou: "
        '"As brigadas trabalharam toda a noite para apagar o fogo." '
        "A diretora do centro de saúde, Carla Vidigal, disse que faltam ambulâncias. "
        '"Transportámos os feridos em carros particulares", contou a médica.',
        ["autarca Jorge Simões Matos", "Carla Vidigal"],
    ),
    # a name with a particle ("al-", "el-") in apposition to a title
    (
        "de",
        "Die Bürgermeisterin Selma Haddad sagte der Zeitung: „Die Wasserleitung ist seit Tagen "
        "zerstört.“ Der Sprecher der Rettungskräfte, Karim al-Mansour, betonte, zwei Helfer seien verletzt "
        "worden. „Unsere Teams können die Stadt nicht mehr erreichen“, sagte der Sprecher.",
        ["Bürgermeisterin Selma Haddad", "Karim al-Mansour"],
    ),
    # a masculine office title the pack listed only in the feminine
    (
        "es",
        '"Los bomberos rescataron a once personas del edificio", escribió en X el gobernador, '
        'Ernesto Paredes Luna. Más tarde, el funcionario precisó que "tres de ellas siguen '
        'graves".',
        ["gobernador, Ernesto Paredes Luna", "gobernador, Ernesto Paredes Luna"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), PROBES)
def test_speaker_salience(lang: str, text: str, speakers: list[str | None]) -> None:
    result = speech(text, lang)
    assert [q.speaker for q in result.quotes] == speakers
    assert_spans(text, result)
