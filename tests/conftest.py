"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.expected.json from the current output (then review the diff)",
    )


@pytest.fixture(scope="session")
def nlp():
    from harmwatch.extract.engine import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def make_ctx(nlp):
    """Build a DocContext from a sentence written for the test."""
    from harmwatch.extract.context import DocContext
    from harmwatch.extract.engine import parse_published

    def _make(text: str, published: str | None = None, title: str | None = None):
        return DocContext(
            text=text, doc=nlp(text), published=parse_published(published), language="en", title=title
        )

    return _make
