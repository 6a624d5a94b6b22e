"""Quote speakers in Arabic (the ar pack's speech.json through generic/speech/): the speaker after
a clause-opening verb ("وقال المتحدث باسم الجيش ..."), after a source word ("بحسب", "وفقا ل",
"نقلت ... عن X قوله"), postposed after the quotation ("...»، قال X"), and a follow-on verb
("وأضاف", "وتابع") continuing the speaker of the sentence before.

Every sentence here is written for the test (invented names); none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import speech

# (report, the speaker of its last quotation)
SPEAKERS = [
    (
        'وقال المتحدث باسم الجيش العقيد سامر حداد: "لقد صدت قواتنا الهجوم بالكامل على المواقع الأمامية".',
        "المتحدث باسم الجيش العقيد سامر حداد",
    ),
    ('"لقد صدت قواتنا الهجوم بالكامل على المواقع الأمامية"، قال المتحدث باسم الجيش.', "المتحدث باسم الجيش"),
    ('وأفاد الدفاع المدني بأن "فرق الإنقاذ انتشلت جثث عشرة أشخاص من تحت الأنقاض".', "الدفاع المدني"),
    ('وبحسب وزارة الصحة، فإن "المستشفيات لم تعد قادرة على استقبال المزيد من الجرحى".', "وزارة الصحة"),
    ('وقالت وزارة الصحة في بيان إن "عدد القتلى ارتفع إلى خمسين شخصا".', "وزارة الصحة"),
    ('وأضافت المنظمة أن "الوضع الإنساني في المدينة كارثي بكل المقاييس".', "المنظمة"),
    ('ونقلت وكالة الأنباء عن مصدر طبي قوله إن "معظم الضحايا من النساء والأطفال".', "مصدر طبي"),
    (
        'وقال مدير المستشفى أحمد سالم لوكالة الأنباء: "استقبلنا أكثر من مئة جريح خلال ساعة واحدة".',
        "مدير المستشفى أحمد سالم",
    ),
    ('وصرح محافظ الإقليم للصحفيين بأن "القصف استمر طوال الليل دون توقف".', "محافظ الإقليم"),
    ('وأكد الناطق باسم الحكومة أن "الحكومة لن تتهاون مع المسؤولين عن هذا الهجوم".', "الناطق باسم الحكومة"),
    (
        'وقالت المتحدثة باسم المفوضية ليلى منصور: "نحن قلقون للغاية من استهداف المناطق المأهولة".',
        "المتحدثة باسم المفوضية ليلى منصور",
    ),
    (
        'وذكرت منظمة الإغاثة الدولية في تقرير أن "أكثر من ألف عائلة نزحت خلال الأسبوع الماضي".',
        "منظمة الإغاثة الدولية",
    ),
    (
        'وأوضح مسؤول في وزارة الداخلية أن "التحقيقات الأولية تشير إلى استخدام عبوة ناسفة".',
        "مسؤول في وزارة الداخلية",
    ),
    ('وقال شاهد عيان يدعى محمود: "سمعنا انفجارا ضخما ثم رأينا الدخان يتصاعد من السوق".', "محمود"),
    ('ووفقا لمصادر طبية، فإن "الحصيلة مرشحة للارتفاع خلال الساعات المقبلة".', "مصادر طبية"),
    ('وقال قائد الشرطة في المدينة: "سنلاحق الجناة أينما كانوا ولن يفلتوا من العقاب".', "قائد الشرطة"),
    ('وكتب رئيس البلدية على صفحته في فيسبوك: "المدينة تعيش ليلة حزينة بعد سقوط الضحايا".', "رئيس البلدية"),
    ('وأعلن الجيش في بيان أن "قواته دمرت عددا من منصات إطلاق الصواريخ".', "الجيش"),
    (
        'وقالت اللجنة الدولية للصليب الأحمر إن "فرقها لم تتمكن من الوصول إلى المنطقة".',
        "اللجنة الدولية للصليب الأحمر",
    ),
    ('وأشار الأمين العام للمنظمة إلى أن "المدنيين يدفعون الثمن الأكبر لهذا النزاع".', "الأمين العام للمنظمة"),
    ('وأضاف المتحدث العسكري أن "العملية مستمرة حتى تحقيق أهدافها كاملة".', "المتحدث العسكري"),
    ('وحذرت منظمة الطفولة من أن "آلاف الأطفال معرضون لخطر الموت جوعا".', "منظمة الطفولة"),
    ('"لن نسمح بتكرار هذه المأساة مرة أخرى"، قالت وزيرة الخارجية هدى ناصر.', "وزيرة الخارجية هدى ناصر"),
    ('"الوضع خطير جدا ويتطلب تدخلا عاجلا"، بحسب ما قاله رئيس المجلس المحلي.', "رئيس المجلس المحلي"),
    (
        'وقال الهلال الأحمر المحلي إن "سيارات الإسعاف تعرضت لإطلاق نار مباشر أثناء عملها".',
        "الهلال الأحمر المحلي",
    ),
    ('وقالت الأمم المتحدة في بيان إن "الهجوم على القافلة غير مقبول على الإطلاق".', "الأمم المتحدة"),
    ('ونقل التلفزيون الرسمي عن وزير الدفاع قوله: "قواتنا جاهزة للرد على أي اعتداء".', "وزير الدفاع"),
    ('وقال مصدر أمني طلب عدم الكشف عن هويته إن "المهاجمين فروا باتجاه الحدود".', "مصدر أمني"),
    ('وأوضحت الشرطة أن "المشتبه به اعتقل بعد ساعات من التفجير في حي قريب".', "الشرطة"),
    (
        'وقال الطبيب سامي يوسف، الذي يعمل في المستشفى الميداني: "لم نعد نملك أدوية كافية لعلاج الجرحى".',
        "الطبيب سامي يوسف",
    ),
    (
        'وقال المتحدث باسم الجيش العقيد سامر حداد إن القوات تقدمت. وأضاف: "لقد صدت قواتنا الهجوم بالكامل على المواقع الأمامية".',
        "المتحدث باسم الجيش العقيد سامر حداد",
    ),
    (
        'وقالت وزارة الصحة إن الحصيلة ارتفعت. وأضافت في بيانها: "المستشفيات لم تعد قادرة على استقبال المزيد من الجرحى".',
        "وزارة الصحة",
    ),
    (
        'وأكد مدير المستشفى أحمد سالم أن الوضع صعب. وتابع: "استقبلنا أكثر من مئة جريح خلال ساعة واحدة".',
        "مدير المستشفى أحمد سالم",
    ),
    (
        'وقال رئيس الوزراء إن الحكومة ستعوض المتضررين. وأضاف رئيس الوزراء: "لن نترك أي عائلة دون مأوى أو مساعدة".',
        "رئيس الوزراء",
    ),
    (
        'وقالت المنظمة إن فرقها وصلت. "الوضع الإنساني في المدينة كارثي بكل المقاييس"، أضافت المنظمة.',
        "المنظمة",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_arabic_quote_speaker(text: str, speaker: str) -> None:
    quotes = speech(text, "ar").quotes
    assert quotes, "no quotation found"
    # the speaker as named; a longer phrase that contains it ("قائد الشرطة في المدينة") is accepted
    # as the evaluation accepts it, never a shorter one
    assert speaker in quotes[-1].speaker, quotes[-1].speaker
    assert len(quotes[-1].speaker.split()) <= len(speaker.split()) + 2, quotes[-1].speaker


def test_a_clause_opening_verb_is_no_part_of_the_party() -> None:
    text = "وقدمت وزارة الدفاع اعتذارها لعائلات الضحايا."
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [("وزارة الدفاع", "regret")]


def test_the_subject_ends_before_the_object_of_its_verb() -> None:
    text = "ورفضت الحكومة الاتهامات الموجهة إليها."
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [("الحكومة", "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "واتهمت الحكومة في بيانها جماعة الفجر المسلحة، لكن الأخيرة نفت ذلك.",
        "ووجهت الحكومة الاتهام إلى جماعة الفجر المسلحة، إلا أن الأخيرة نفت أي صلة لها بالهجوم.",
        "وحملت الحكومة المسؤولية لجماعة الفجر المسلحة، غير أن الأخيرة نفت ذلك.",
    ],
)
def test_the_latter_is_the_party_named_last_before_it(text: str) -> None:
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [("جماعة الفجر المسلحة", "deny")]


def test_a_source_with_a_clitic_preposition_names_the_body_without_it() -> None:
    text = 'ووفقا للأمم المتحدة، فإن "عشرات المدنيين قتلوا في القصف على السوق المركزي".'
    assert [q.speaker for q in speech(text, "ar").quotes] == ["الأمم المتحدة"]


def test_lam_before_the_article_matches_the_definite_form() -> None:
    text = "وقالت المنظمة إن الهجوم يمثل انتهاكا للقانون الإنساني الدولي."
    assert [a.charge for a in speech(text, "ar").allegations] == ["ihl_violation"]


def test_a_name_in_quote_marks_completes_the_accuser_and_the_speaker() -> None:
    text = 'وقالت عملية "نسر الصحراء" في بيان إن القصف "جريمة حرب مكتملة الأركان بحق المدنيين".'
    result = speech(text, "ar")
    assert [(a.accuser, a.charge) for a in result.allegations] == [('عملية "نسر الصحراء"', "war_crime")]
    assert [q.speaker for q in result.quotes] == ['عملية "نسر الصحراء"']


def test_a_denied_responsibility_is_no_admission() -> None:
    text = "ونفت حركة الفجر مسؤوليتها عن الهجوم على السوق."
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [("حركة الفجر", "deny")]
    claimed = "وأعلنت حركة الفجر مسؤوليتها عن الهجوم على السوق."
    assert [(r.party, r.stance) for r in speech(claimed, "ar").responses] == [("حركة الفجر", "acknowledge")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'وقال المتحدث باسم الدفاع المدني في حلب مازن قاسم إن "فرقنا انتشلت سبع جثث من تحت الأنقاض".',
            "مازن قاسم",
        ),
        (
            'وقال مدير الصحة في المحافظة رامي الخطيب إن "المستشفى استقبل عشرين جريحا منذ الصباح".',
            "رامي الخطيب",
        ),
        (
            'واتهم وزير الداخلية في الحكومة المحلية يوسف الحمدان الجماعة بـ"جريمة حرب مكتملة الأركان ضد القرية".',
            "يوسف الحمدان",
        ),
    ],
)
def test_a_name_after_a_title_and_its_place_is_the_speaker(text: str, name: str) -> None:
    quotes = speech(text, "ar").quotes
    assert quotes and name in quotes[-1].speaker, quotes
    assert not quotes[-1].speaker.endswith(("الجماعة", "إن")), quotes[-1].speaker


def test_a_surname_with_the_article_ends_the_accuser_before_the_object() -> None:
    text = 'واتهم المحافظ سليم العباسي الميليشيا بارتكاب "جريمة حرب مكتملة الأركان في القرية".'
    accusers = {a.accuser for a in speech(text, "ar").allegations}
    assert accusers == {"المحافظ سليم العباسي"}, accusers


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("قتل ثلاثة مدنيين في القصف. ولم ترد قوات الدعم السريع على طلب للتعليق.", "قوات الدعم السريع"),
        ("قتل ثلاثة مدنيين في القصف. ولم يصدر أي تعليق فوري من جماعة الفجر المسلحة.", "جماعة الفجر المسلحة"),
        ("قتل ثلاثة مدنيين في القصف. ولم يرد الجيش على أسئلة الصحفيين.", "الجيش"),
    ],
)
def test_a_negated_reply_names_its_party_after_the_verb_or_after_from(text: str, party: str) -> None:
    assert [(r.party, r.stance) for r in speech(text, "ar").responses] == [(party, "no_comment")]


def test_a_body_and_its_city_come_before_the_name_of_the_officer() -> None:
    text = '"انفجرت العبوة قرب مدخل السوق المزدحم"، قال العقيد في شرطة الموصل سالم الدليمي للصحفيين.'
    assert [q.speaker for q in speech(text, "ar").quotes] == ["العقيد في شرطة الموصل سالم الدليمي"]


def test_a_verb_with_and_after_the_quotation_starts_a_new_clause() -> None:
    text = 'ووصفت منظمة الرقابة الدولية القصف بأنه "هجوم عشوائي على الأحياء السكنية" وطالبت بتحقيق مستقل.'
    assert [q.speaker for q in speech(text, "ar").quotes] == ["منظمة الرقابة الدولية"]
    assert ("منظمة الرقابة الدولية", "ihl_violation") in {
        (a.accuser, a.charge) for a in speech(text, "ar").allegations
    }
