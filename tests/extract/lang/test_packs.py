"""Language packs: every data file is a JSON object whose keys have the kinds the schema names."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from harmwatch.extract.lang import NEVER, SUPPORTED, fill, is_supported, load_pack
from harmwatch.extract.lang.schema import SCHEMA
from tests.scripts import load_script

ROOT = resources.files("harmwatch.extract.lang")
PLACEHOLDER = re.compile(r"\{=(\w+)\}")
LEMMA_CLASS = re.compile(r"<([a-z_]+)>")


def _pack_files() -> list[tuple[str, str]]:
    return sorted(
        (folder.name, item.name.removesuffix(".json"))
        for folder in ROOT.iterdir()
        if folder.is_dir() and not folder.name.startswith("_")
        for item in folder.iterdir()
        if item.name.endswith(".json")
    )


def _compiles(pattern: str) -> None:
    re.compile(PLACEHOLDER.sub("x", pattern))


def _check(kind: str, value: object, where: str) -> None:
    if kind in ("words", "list"):
        assert isinstance(value, list) and all(isinstance(v, str) for v in value), where
        if kind == "words":
            assert len(set(value)) == len(value), f"{where}: duplicate words"
    elif kind == "pattern":
        assert isinstance(value, str), where
        _compiles(value)
    elif kind == "template":
        assert isinstance(value, str) and "{0}" in value, where
        _compiles(value.format("g"))
    elif kind == "table":
        assert isinstance(value, dict), where
    elif kind == "rows":
        assert isinstance(value, list) and all(isinstance(r, list) for r in value), where
        assert all(isinstance(v, str) for r in value for v in r), where
    elif kind == "records":
        assert isinstance(value, list) and all(isinstance(r, dict) for r in value), where
        for record in value:
            frames = record.get("pattern")
            frames = frames if isinstance(frames, list) else [frames]
            assert frames and all(isinstance(f, str) for f in frames), f"{where}: a record without a pattern"
            for frame in frames:  # <class> names a word class of the file's lemma_classes
                _compiles(LEMMA_CLASS.sub("x", frame))
    else:  # pragma: no cover - a schema typo
        raise AssertionError(f"{where}: unknown kind {kind}")


def test_there_is_an_english_pack_with_every_schema_file() -> None:
    files = {name for lang, name in _pack_files() if lang == "en"}
    assert files == set(SCHEMA)


@pytest.mark.parametrize(("lang", "name"), _pack_files())
def test_pack_file_is_a_json_object_with_the_schema_kinds(lang: str, name: str) -> None:
    text = ROOT.joinpath(lang, f"{name}.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    if lang != "en":
        return  # the generic engine's packs: checked against each other below
    for key, value in data.items():
        kind = SCHEMA.get(name, {}).get(key)
        # the English pack is the reference of the parse-based engine: every key is in the schema
        assert kind is not None, f"en/{name}.json: {key} is not in lang/schema.py"
        _check(kind, value, f"{lang}/{name}.json: {key}")


def _shape(value: object) -> str:
    return type(value).__name__ if not isinstance(value, int | float) or isinstance(value, bool) else "number"


@pytest.mark.parametrize("name", sorted({n for lang, n in _pack_files() if lang != "en"}))
def test_generic_packs_give_each_key_one_shape_in_every_language(name: str) -> None:
    """The generic engine reads one layout: a key is a list in every language, or a table, ..."""
    shapes: dict[str, set[str]] = {}
    for lang, n in _pack_files():
        if lang == "en" or n != name:
            continue
        data = json.loads(ROOT.joinpath(lang, f"{n}.json").read_text(encoding="utf-8"))
        assert isinstance(data, dict), f"{lang}/{n}.json"
        for key, value in data.items():
            if not key.startswith("_"):
                shapes.setdefault(key, set()).add(_shape(value))
    mixed = {k: v for k, v in shapes.items() if len(v) > 1}
    assert not mixed, f"{name}.json keys with several shapes across languages: {mixed}"


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_english_pack_has_every_key_of_the_schema(name: str) -> None:
    assert set(load_pack("en").data(name)) == set(SCHEMA[name])


def test_pack_reads_words_tables_and_patterns() -> None:
    en = load_pack("en")
    assert "killed" in en.words("figures", "killed_after")
    assert isinstance(en.words("figures", "killed_after"), frozenset)
    assert en.table("dates", "months")["mar"] == 3
    assert re.search(en.pattern("figures", "disaster"), "after the earthquake struck", re.I)


def test_a_language_without_a_pack_reads_empty_lists_and_a_pattern_that_never_matches() -> None:
    pack = load_pack("xx")
    assert pack.words("figures", "killed_after") == frozenset()
    assert pack.table("dates", "months") == {}
    assert pack.pattern("figures", "disaster") == NEVER
    assert re.search(NEVER, "anything at all") is None
    assert not is_supported("xx") and is_supported("EN") and "en" in SUPPORTED


def test_fill_names_shared_patterns() -> None:
    assert fill("killed (?:{=count}) people", count=r"\d+") == r"killed (?:\d+) people"
    assert fill("no {=placeholder} given") == "no {=placeholder} given"


@pytest.mark.parametrize("name", ["stances", "charges"])
def test_every_cue_class_a_frame_names_is_listed(name: str) -> None:
    from harmwatch.extract.speech.lemma_classes import expand

    data = json.loads(ROOT.joinpath("en", f"{name}.json").read_text(encoding="utf-8"))
    classes = data["lemma_classes"]
    for record in data[name]:
        frames = record["pattern"] if isinstance(record["pattern"], list) else [record["pattern"]]
        for frame in frames:
            re.compile(expand(frame, classes))  # raises KeyError on an unlisted class


@pytest.mark.parametrize("lang", ["fr", "es", "pt", "de"])
def test_generated_stance_forms_are_those_of_their_base(lang: str) -> None:
    """speech.json's stances are generated from stances_base by scripts/build_pack_forms.py
    (every form of a ``+lemma`` word); a hand edit of the generated key is caught here."""

    build = load_script("scripts/build_pack_forms.py")
    data = json.loads(ROOT.joinpath(lang, "speech.json").read_text(encoding="utf-8"))
    expected = build._expand(data["stances_base"], lambda ph: build.expand_lemmas(lang, ph))
    assert data["stances"] == expected
    assert any("|" in ph for phrases in data["stances"].values() for ph in phrases)


def test_ukrainian_phrases_get_their_singular_cases() -> None:
    """The Ukrainian dictionary writes no number on most singular forms; a two-word phrase still
    gets them (scripts/build_pack_forms.py), every variant the dictionary lists."""
    data = json.loads(ROOT.joinpath("uk", "targets.json").read_text(encoding="utf-8"))
    market = data["targets"]["market"]
    assert "торговому центрі" in market
    assert "торговим центром" in market
