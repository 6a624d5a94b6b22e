"""The engine's entry points to the speech of one report (generic/speech/report.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.speech import find_allegations, find_quotes, find_responses, find_speech
from tests.extract.generic.speech.helpers import speech


def test_the_engine_entry_points_share_one_result() -> None:
    ctx = make_context("« Nous n'avons rien vu venir cette nuit-là », a dit Jean Morel.", "fr", None)
    assert find_quotes(ctx) == find_speech(ctx).quotes
    assert find_allegations(ctx) == () and find_responses(ctx) == ()


def test_a_language_without_pack_still_finds_quotes() -> None:
    text = "Powiedział: „To była najgorsza noc w historii naszego miasta”."
    quotes = speech(text, "pl").quotes
    assert quotes and quotes[0].text.startswith("To była najgorsza noc")
