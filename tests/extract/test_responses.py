"""Responses: stance vocabulary and the responding party."""

from __future__ import annotations

import pytest

from harmwatch.extract.responses import find_responses


def _found(make_ctx, text):
    return [(r.party, r.stance) for r in find_responses(make_ctx(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Ministry of Defence rejected the allegations as baseless.", [("Ministry of Defence", "deny")]),
        ("The army said it was investigating the incident.", [("army", "investigate")]),
        (
            "The Riverland Air Force declined to comment on the report.",
            [("Riverland Air Force", "no_comment")],
        ),
        ("The navy acknowledged that one of its ships had fired the missile.", [("navy", "acknowledge")]),
        ("The government expressed regret for the loss of civilian lives.", [("government", "regret")]),
        ("There was no immediate comment from the Harbour Ministry.", [("Harbour Ministry", "no_comment")]),
        (
            "A military spokesman said the strike had hit a legitimate military target used by militants.",
            [("military spokesman", "justify"), ("military spokesman", "acknowledge")],
        ),
        ("Northern rebels have never admitted the killings.", [("Northern rebels", "deny")]),
    ],
)
def test_stances(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


def test_spokesman_speaks_for_the_institution(make_ctx):
    text = "Kremlin spokesman Dmitry Orlov denied any involvement."
    assert _found(make_ctx, text) == [("Dmitry Orlov", "deny"), ("Kremlin", "deny")]


def test_calls_for_an_inquiry_are_not_an_inquiry(make_ctx):
    assert _found(make_ctx, "Three countries demanded a full investigation of the strike.") == []


def test_nobody_claiming_is_no_response(make_ctx):
    assert _found(make_ctx, "No group has claimed responsibility for the bombing.") == []


def test_span_slices_to_text(make_ctx):
    text = "Update\nThe army said it was investigating the incident."
    [r] = find_responses(make_ctx(text))
    assert text[r.span.start : r.span.end] == r.text == "The army said it was investigating the incident."


def test_a_plea_of_not_guilty_denies(make_ctx):
    assert _found(make_ctx, "Omar Sadiq pleaded not guilty to all the charges.") == [("Omar Sadiq", "deny")]
