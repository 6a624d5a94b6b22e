"""The Python API: ``from harmwatch import extract_report`` gives typed records; ``to_dict()`` the contract."""

from __future__ import annotations

import json

import pytest

from harmwatch import extract_report
from harmwatch.errors import InputError
from harmwatch.records import Extraction
from tests.span_check import assert_spans_index_text

REPORT = (
    "A drone strike hit a wedding party in the village outside Kandahar on Saturday night, killing 11 "
    "guests and injuring more than 20, a provincial spokesman said.\n\n"
    '"We were dancing when it came," said Wali Ahmad, a cousin of the groom.'
)


def test_extract_returns_typed_records():
    x = extract_report(REPORT, id="api-1", published="2021-06-13", url="https://example.org/w")
    assert isinstance(x, Extraction)
    assert x.id == "api-1"
    assert x.published == "2021-06-13"
    assert x.language == "en"
    assert x.text == REPORT
    assert isinstance(x.events, tuple) and isinstance(x.quotes, tuple)


def test_to_dict_is_the_json_contract():
    d = extract_report(REPORT, id="api-2").to_dict()
    assert list(d) == [
        "id", "url", "published", "language", "title", "extractor_version", "events", "aggregates",
        "allegations", "responses", "quotes", "evidence", "text", "removed",
    ]  # fmt: skip
    assert json.loads(json.dumps(d)) == d  # plain JSON types only
    assert_spans_index_text(d)
    for ev in d["events"]:
        assert set(ev) >= {
            "main",
            "sub_event_type",
            "date",
            "locations",
            "perpetrator",
            "targets",
            "casualties",
        }
        for c in ev["casualties"]:
            assert c["outcome"] in ("killed", "injured")
            assert c["min"] is None or isinstance(c["min"], int)


def test_extract_html_page():
    html = (
        "<html><body><nav>Home | World | Sport</nav><article><p>"
        + REPORT.replace("\n\n", "</p><p>")
        + "</p><p>Local elders said the families had gathered in a courtyard for the celebration "
        "when the strike came, and that several of the injured were taken to hospital by car.</p>"
        "</article><footer>All rights reserved</footer></body></html>"
    )
    d = extract_report(html=html, id="api-3").to_dict()
    assert "wedding party" in d["text"]
    assert "All rights reserved" not in d["text"]
    assert_spans_index_text(d)


def test_other_languages_are_read_in_their_own_language_and_identified_when_not_given():
    text = "Une frappe aérienne a tué au moins 8 civils dans la ville de Tombouctou, au Mali."
    for given in ("fr", None):
        x = extract_report(text, published="2024-05-08", language=given)
        assert x.language == "fr"
        event = x.events[0]
        assert event.sub_event_type == "Air/drone strike"
        assert (event.casualties[0].min, event.casualties[0].max, event.casualties[0].group) == (
            8,
            None,
            "civilians",
        )
        assert event.locations[-1].country == "ML"


def test_languages_without_a_pack_get_a_result_without_claims():
    x = extract_report(
        "Trzy osoby zginęły w poniedziałek rano, gdy pocisk trafił w targowisko.", language="pl"
    )
    assert x.language == "pl" and not x.language_supported
    assert x.events == () and x.quotes == ()


def test_nothing_to_extract_is_an_input_error():
    with pytest.raises(InputError):
        extract_report()


def test_the_function_does_not_shadow_the_extract_subpackage():
    import types

    import harmwatch
    import harmwatch.extract.figures.numbers as numbers  # a plain import of a module works

    assert isinstance(harmwatch.extract, types.ModuleType)
    assert harmwatch.extract_report is extract_report
    assert numbers.number_value("twelve") == (12, False, False)
