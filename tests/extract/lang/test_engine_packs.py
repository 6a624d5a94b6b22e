"""The event, figure, actor and target packs hold what the generic engine reads, in its shape."""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.lexicon import make_matcher
from harmwatch.extract.lang import SUPPORTED, load_pack

GENERIC = [code for code in SUPPORTED if code != "en"]
GOLD_TYPES = {
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
    "Grenade", "Chemical weapon", "Attack", "Armed clash", "Abduction/forced disappearance", "Sexual violence",
    "Looting/property destruction", "Mob violence", "Excessive force against protesters",
}  # fmt: skip
GOLD_TARGETS = {
    "residential", "place_of_worship", "market", "medical", "school", "camp", "public_gathering", "vehicle",
    "aid", "infrastructure", "government", "military", "journalists", "detention", "other",
}  # fmt: skip
LISTS = {
    "events": ("violence",),
    "figures": ("killed", "injured", "killed_nouns", "injured_nouns", "sources"),
    "actors": ("forces", "non_state"),
}
TABLES = {
    "events": ("types", "negative"),
    "figures": ("victims", "qualifiers"),
    "actors": ("demonyms", "groups"),
    "targets": ("targets",),
}


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


@pytest.mark.parametrize("code", GENERIC)
def test_lists_are_non_empty_lists_of_phrases(code: str) -> None:
    pack = load_pack(code)
    for name, keys in LISTS.items():
        for key in keys:
            value = pack.data(name).get(key)
            assert _strings(value) and value, f"{code}/{name}.json: {key}"


@pytest.mark.parametrize("code", GENERIC)
def test_tables_map_labels_to_phrases(code: str) -> None:
    pack = load_pack(code)
    for name, keys in TABLES.items():
        for key in keys:
            table = pack.table(name, key)
            assert table, f"{code}/{name}.json: {key} is empty"
            for label, phrases in table.items():
                assert _strings(phrases), f"{code}/{name}.json: {key}.{label}"


@pytest.mark.parametrize("code", GENERIC)
def test_labels_are_gold_vocabulary(code: str) -> None:
    pack = load_pack(code)
    assert set(pack.table("events", "types")) <= GOLD_TYPES
    assert set(pack.table("events", "weak_types")) <= GOLD_TYPES
    assert set(pack.table("targets", "targets")) <= GOLD_TARGETS
    assert set(pack.table("figures", "qualifiers")) <= {"at_least", "up_to", "about"}
    for iso in pack.table("actors", "demonyms"):
        assert len(iso) == 2 and iso.isupper(), f"{code}: {iso} is no ISO 3166 alpha-2 code"


@pytest.mark.parametrize("code", GENERIC)
def test_every_phrase_compiles(code: str) -> None:
    pack = load_pack(code)
    for name in ("events", "figures", "actors", "targets"):
        for key, value in pack.data(name).items():
            if key.startswith("_"):
                continue
            table = value if isinstance(value, dict) else {key: value}
            matcher = make_matcher({k: v for k, v in table.items() if isinstance(v, list)})
            assert matcher.find("") == []
