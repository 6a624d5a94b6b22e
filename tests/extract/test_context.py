"""A rule that several rules ask for is computed once per context (``once_per_context``)."""

from __future__ import annotations

from dataclasses import replace

from harmwatch.extract.actors.perpetrator import find_perpetrator
from harmwatch.extract.context import once_per_context
from harmwatch.extract.speech.responses import find_responses


def test_once_per_context_computes_once_for_the_same_context(make_ctx):
    calls: list[str] = []

    @once_per_context
    def rule(ctx):
        calls.append(ctx.text)
        return (len(ctx.text),)

    ctx = make_ctx("Gunmen stormed a village in the hills on Friday.")
    assert rule(ctx) == rule(ctx) == (len(ctx.text),)
    assert len(calls) == 1


def test_once_per_context_recomputes_for_another_context(make_ctx):
    calls: list[str] = []

    @once_per_context
    def rule(ctx):
        calls.append(ctx.text)
        return ctx.title

    first = make_ctx("Militiamen burned a market near the river on Tuesday.")
    # an equal context built again, or one with another field, is a new question
    assert rule(first) is None
    assert rule(replace(first, title="Market burned")) == "Market burned"
    assert rule(make_ctx("Militiamen burned a market near the river on Tuesday.")) is None
    assert len(calls) == 3


def test_the_perpetrator_and_responses_are_given_again_unchanged(make_ctx):
    text = (
        "An air strike by the Ardanian air force hit a clinic in the town of Velm on Sunday, killing "
        "nine civilians. The Ardanian defence ministry denied targeting civilians."
    )
    ctx = make_ctx(text)
    perp, responses = find_perpetrator(ctx), find_responses(ctx)
    assert find_perpetrator(ctx) is perp and find_responses(ctx) is responses
    # a fresh context of the same text gives the same answers, computed again
    again = make_ctx(text)
    assert find_perpetrator(again) == perp and find_perpetrator(again) is not perp
    assert find_responses(again) == responses
