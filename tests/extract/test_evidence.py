"""Evidence kinds."""

from __future__ import annotations

from harmwatch.extract.evidence import find_evidence


def test_evidence_kinds_in_order(make_ctx):
    text = (
        "Investigators interviewed 40 witnesses and survivors and examined satellite images of the village, "
        "as well as video footage posted on social media. Fragments of the missile were found at the site, "
        "and hospital records listed the dead. Leaked military documents named the unit. Photos show the crater."
    )
    found = [(e.kind, e.text) for e in find_evidence(make_ctx(text))]
    assert found == [
        ("witness_interviews", "interviewed 40 witnesses and survivors"),
        ("satellite_imagery", "satellite images"),
        ("video", "video"),
        ("open_source", "posted on social media"),
        ("remnants", "Fragments of the missile"),
        ("medical_records", "hospital records"),
        ("documents", "military documents"),
        ("images", "Photos"),
    ]
    for e in find_evidence(make_ctx(text)):
        assert text[e.span.start : e.span.end] == e.text


def test_photo_credit_is_no_evidence(make_ctx):
    assert find_evidence(make_ctx("Rescuers searched the rubble. Photo: Agency staff")) == ()
