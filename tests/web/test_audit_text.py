"""Audit entries as sentences: the words, the links and the time with its zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from types import SimpleNamespace

from harmwatch.web.audit_text import ClaimRef, Link, lines, sentence, when


def _e(action, before=None, after=None, object_type="incident", object_id=5, user="ana"):
    return SimpleNamespace(
        id=1,
        at=datetime(2026, 12, 6, 14, 3, tzinfo=UTC),
        user=user,
        action=action,
        object_type=object_type,
        object_id=object_id,
        before=before,
        after=after,
    )


def test_a_correction_names_the_field_and_both_values():
    [line] = lines([_e("correct", {"killed_max": 12}, {"killed_max": 30})], 5, {})
    assert line.text == "ana changed killed_max from 12 to 30"
    assert (line.at, line.when) == ("2026-12-06T14:03:00+00:00", "2026-12-06 14:03 UTC")
    assert sentence(_e("correct", {"place": None}, {"place": "Town"}), 5, {}) == (
        "changed ",
        "place from unknown to Town",
    )


def test_times_without_a_zone_are_utc_and_others_are_converted():
    assert when(datetime(2026, 1, 2, 3, 4)) == ("2026-01-02T03:04:00+00:00", "2026-01-02 03:04 UTC")
    east = datetime(2026, 1, 2, 5, 4, tzinfo=timezone(timedelta(hours=2)))
    assert when(east)[1] == "2026-01-02 03:04 UTC"


def test_a_claim_links_to_this_page_or_to_its_document():
    here = {7: ClaimRef("casualty", 3, True)}
    parts = sentence(
        _e("confirm_claim", {"status": "unreviewed"}, {"status": "confirmed"}, "claim", 7), 5, here
    )
    assert parts == ("confirmed ", Link("/incidents/5#claim-7", "casualty claim 7"))
    away = {7: ClaimRef("quote", 3, False)}
    parts = sentence(_e("reject_claim", {"status": "confirmed"}, {"status": "rejected"}, "claim", 7), 5, away)
    assert parts == ("rejected ", Link("/documents/3#claim-7", "quote claim 7"), " (it was confirmed)")


def test_a_claim_correction_lists_what_changed():
    e = _e(
        "confirm_claim", {"status": "unreviewed"}, {"status": "confirmed", "corrected": {"min": 9, "max": 9}}
    )
    e.object_type, e.object_id = "claim", 7
    text = lines([e], 5, {7: ClaimRef("casualty", 3, True)})[0].text
    assert (
        text
        == "ana confirmed casualty claim 7 and corrected it: min from unknown to 9 and max from unknown to 9"
    )


def test_merges_splits_and_notes_read_as_sentences():
    merge = _e(
        "merge", {"keep": {"killed_max": 4}, "other": {"id": 9}}, {"keep": {"killed_max": 6}, "merged": 9}
    )
    assert lines([merge], 5, {})[0].text == "ana merged incident 9 into incident 5: killed_max from 4 to 6"
    split = _e("split", {"documents": [3], "keep": {}}, {"new_incident": 11, "keep": {}})
    parts = sentence(split, 5, {})
    assert Link("/documents/3", "document 3") in parts and Link("/incidents/11", "incident 11") in parts
    note = _e("note", None, {"text": "  two\nlines  "}, "note", 2)
    assert lines([note], 5, {})[0].text == "ana added a note: “two lines”"
    assert lines([_e("assign", {"assignee": None}, {"assignee": "bo"})], 5, {})[0].text == (
        "ana assigned the incident to bo"
    )


def test_an_unknown_action_still_reads_with_its_values():
    assert (
        lines([_e("relabel", {"x": 1}, {"x": 2})], 5, {})[0].text == "ana relabel incident 5: x from 1 to 2"
    )
