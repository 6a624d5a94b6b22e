"""Very large patterns compiled once, then built from the program stored in the cache folder."""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest

from harmwatch.extract.generic import compiled_regex
from harmwatch.extract.generic.compiled_regex import cached_big_patterns, compile_cached

# an invented word list, as a tokenizer's hyphenated-word pattern is built
WORDS = [f"^zorb{n}[-‐]quil[a-zé]*$" for n in range(300)]
PATTERN = "(?iu)" + "|".join(f"(?:{w})" for w in WORDS)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HARMWATCH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled_regex, "BIG", 1000)
    return tmp_path / "regex"


def _no_compiling(*_args, **_kw):
    raise AssertionError("compiled again")


def test_the_pattern_is_compiled_once_then_loaded_unchanged(cache, monkeypatch) -> None:
    first = compile_cached(PATTERN)
    assert first == re.compile(PATTERN)  # == compares the compiled programs
    assert len(list(cache.iterdir())) == 1
    monkeypatch.setattr(_parser, "parse", _no_compiling)
    again = compile_cached(PATTERN)
    assert again == first
    assert again.match("Zorb17-quilé") and not again.match("zorb17-quil9")


def test_a_damaged_file_is_compiled_again_and_replaced(cache) -> None:
    compile_cached(PATTERN)
    (stored,) = cache.iterdir()
    stored.write_bytes(stored.read_bytes()[:100])
    assert compile_cached(PATTERN) == re.compile(PATTERN)
    assert stored.stat().st_size > 100


def test_only_big_patterns_go_through_the_cache_within_the_block(cache) -> None:
    real = re.compile
    with cached_big_patterns():
        assert re.compile is not real
        small = re.compile("zorb[0-9]+")
        big = re.compile(PATTERN)
    assert re.compile is real
    assert small == real("zorb[0-9]+") and big == real(PATTERN)
    assert len(list(cache.iterdir())) == 1  # the big one alone
