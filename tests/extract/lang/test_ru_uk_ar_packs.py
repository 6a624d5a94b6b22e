"""The ru, uk and ar packs (events, figures, actors, targets) through the generic engine.

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.engine import extract_document
from harmwatch.records import RawDocument
from tests.span_check import assert_spans_index_text

# (language, report, sub-event type, killed min, perpetrator country, a target)
INCIDENTS = [
    (
        "ru",
        "Российская армия нанесла ракетный удар по жилому дому в центре города. "
        "По данным местных властей, погибли по меньшей мере 12 человек, ещё 30 получили ранения.",
        "Shelling/artillery/missile attack",
        12,
        "RU",
        "residential",
    ),
    (
        "ru",
        "Беспилотник атаковал рынок в пригороде: погибли пять мирных жителей, среди них двое детей.",
        "Air/drone strike",
        5,
        None,
        "market",
    ),
    (
        "uk",
        "Російські війська обстріляли лікарню з артилерії. Загинули щонайменше 7 людей, "
        "ще 15 поранені, повідомила обласна військова адміністрація.",
        "Shelling/artillery/missile attack",
        7,
        "RU",
        "medical",
    ),
    (
        "uk",
        "Унаслідок авіаудару по школі загинули 4 дитини та двоє вчителів.",
        "Air/drone strike",
        4,
        None,
        "school",
    ),
    (
        "ar",
        "قتل 15 مدنيا على الأقل وأصيب 40 آخرون في غارة جوية إسرائيلية استهدفت منزلا في المدينة، بحسب الدفاع المدني.",
        "Air/drone strike",
        15,
        "IL",
        "residential",
    ),
    (
        "ar",
        "أسفر انفجار سيارة مفخخة قرب سوق شعبي عن مقتل ثمانية أشخاص بينهم طفلان.",
        "Remote explosive/landmine/IED",
        8,
        None,
        "market",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "killed", "country", "target"), INCIDENTS)
def test_incident(lang: str, text: str, kind: str, killed: int, country: str | None, target: str) -> None:
    out = extract_document(RawDocument(id="t", text=text, language=lang, published="2024-05-14")).to_dict()
    assert_spans_index_text(out)
    assert out["events"], out
    ev = out["events"][0]
    assert ev["sub_event_type"] == kind
    assert killed in [c["min"] for c in ev["casualties"] if c["outcome"] == "killed"], ev["casualties"]
    if country:
        assert ev["perpetrator"]["country"] == country, ev["perpetrator"]
    assert target in ev["targets"]


def test_injured_figures() -> None:
    text = "Внаслідок обстрілу міста загинули 3 людини, ще 20 зазнали поранень."
    out = extract_document(RawDocument(text=text, language="uk")).to_dict()
    injured = [c["min"] for c in out["events"][0]["casualties"] if c["outcome"] == "injured"]
    assert injured == [20]


def test_arabic_accusative_spelled_with_tanween() -> None:
    text = "قتل 6 أشخاصًا وجرح 11 شخصاً في قصف مدفعي على البلدة."
    out = extract_document(RawDocument(text=text, language="ar")).to_dict()
    figures = {(c["outcome"], c["min"]) for c in out["events"][0]["casualties"]}
    assert ("killed", 6) in figures and ("injured", 11) in figures


# reports with deaths that are no attack: a disaster, an accident, a match, an exercise
NEGATIVES = [
    ("ru", "Наводнение на юге страны унесло жизни 9 человек, сотни домов затоплены."),
    ("ru", "В результате ДТП с участием автобуса погибли 4 человека, 12 пассажиров госпитализированы."),
    ("uk", "Збірна України виграла матч у фіналі чемпіонату, вболівальники святкували на стадіоні."),
    ("uk", "Військові навчання завершилися на полігоні, де відпрацьовували ракетні пуски."),
    ("ar", "لقي 12 شخصا مصرعهم في حادث سير مروع على الطريق السريع بعد اصطدام حافلة بشاحنة."),
    ("ar", "ضرب زلزال بقوة 6 درجات المنطقة وأدى إلى وفاة 20 شخصا وانهيار منازل."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_negative(lang: str, text: str) -> None:
    out = extract_document(RawDocument(text=text, language=lang)).to_dict()
    assert_spans_index_text(out)
    assert [e for e in out["events"] if not e["background"]] == [], out["events"]
