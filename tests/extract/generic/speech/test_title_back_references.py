"""Quote speakers given again by a title or a noun alone (issue 11), in Arabic and Russian: the
title before a definite genitive ("مدير المستشفى"), a researcher's title, a definite noun that
described a person ("قال الشاب"), a Russian compound title ("главврач" ... "сказала врач"), a body
speaking "in its report" ("وكتبت المنظمة في تقريرها"), a verb joined by "and" to a clause whose
object is no speaker ("نفى X الاتهامات، وقال"), and a capitalised adjective that names no one.
generic/speech/roles.py, speakers.py, phrases.py.

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.speech.lexicon import load_lexicon
from harmwatch.extract.generic.speech.roles import named_body
from harmwatch.extract.generic.speech.tokens import tokens_of
from tests.extract.generic.speech.helpers import assert_spans, speech

PROBES = [
    # a title before a definite genitive is a title alone: the bearer named before
    (
        "ar",
        "أعلنت بلدية المدينة أن القصف أصاب الجناح الشرقي. وقال مدير مستشفى الأمل، الدكتور سليم "
        'قاسم، إن الطواقم عملت طوال الليل. وتابع مدير المستشفى: "لم يبق لدينا سوى مولد واحد للكهرباء".',
        ["سليم قاسم"],
    ),
    # a researcher's title alone, after the quotation of the same researcher
    (
        "ar",
        "قالت مؤسسة الرصد الحقوقية إن الهجوم استهدف مخبزا مزدحما. وقالت الباحثة في المؤسسة، "
        'نادية سمعان، إن "العائلات لم تتلق أي مساعدة منذ أسبوع". وأضافت الباحثة: "يجب محاسبة '
        'من أصدر الأوامر بهذا القصف".',
        ["نادية سمعان", "نادية سمعان"],
    ),
    # a body speaking "in its report": the body named before, not the words after it
    (
        "ar",
        "قالت منظمة الرصد الحقوقية إن الضربة قد ترقى إلى جريمة حرب. وكتبت المنظمة في تقريرها: "
        '"لم نجد أي هدف عسكري قرب المخبز المستهدف".',
        ["منظمة الرصد الحقوقية"],
    ),
    # "نفى X الاتهامات، وقال إن": the subject of the denial, not its object
    (
        "ar",
        "اتهمت الحكومة الفصيل بقصف السوق. في المقابل، نفى المتحدث باسم الفصيل، سامر حداد، "
        'الاتهامات، وقال إن "مقاتلينا لم يقتربوا من السوق في ذلك اليوم".',
        ["سامر حداد"],
    ),
    # a definite noun alone: the person the report named right after the same noun before
    (
        "ar",
        "وصف الشاب كريم ناصيف، 19 عاما، لحظة سقوط القذيفة قرب المدرسة. وقال رئيس البلدية، "
        'فادي منصور، إن "البلدة بلا ملاجئ منذ سنوات". وأضاف الشاب الذي أصيب في ساقه: "كنا '
        'نلعب الكرة عندما سمعنا الصفير".',
        [None, "كريم ناصيف"],
    ),
    # a title and a surname alone: the speaker quoted before under the full name
    (
        "ar",
        'وقال المتحدث باسم الدفاع المدني الرائد سامي حداد للصحفيين إن "النيران امتدت إلى ثلاثة '
        'مبان مجاورة". وقال الطبيب رامي يوسف، الذي عالج المصابين: "معظم الجرحى من الأطفال". '
        'وأكد الرائد حداد أن "فرق الإنقاذ ما زالت تبحث تحت الأنقاض".',
        ["سامي حداد", "رامي يوسف", "سامي حداد"],
    ),
    # a Russian compound title ("главврач") named by its head noun alone ("врач")
    (
        "ru",
        "Больница в пригороде пострадала при ночном обстреле. Главврач больницы Вера Соколова "
        "рассказала, что пациентов перевели в подвал. «Мы работали при свечах до самого утра», — "
        "сказала врач.",
        ["Вера Соколова"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), PROBES)
def test_title_back_references(lang: str, text: str, speakers: list[str | None]) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    found = [q.speaker for q in result.quotes]
    assert len(found) == len(speakers)
    for want, got in zip(speakers, found, strict=True):
        if want is not None:
            assert got is not None and want in got, (found, speakers)


def test_capitalised_adjective_names_no_body() -> None:
    """ "Правозащитная организация X" does not make the adjective the name of a woman the
    report calls "правозащитница"."""
    lex = load_lexicon("ru")
    text = "Правозащитная организация «Щит» опубликовала доклад. «Это недопустимо», — сказала правозащитница."
    toks = tokens_of(text, lex.elision)
    assert named_body(lex, text, toks, text.index("«Это"), "правозащитница") != "Правозащитная"
