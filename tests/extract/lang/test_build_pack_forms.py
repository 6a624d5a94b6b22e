"""scripts/build_pack_forms.py: the generated keys are rewritten, the rest of a pack file stays as
written, and a rerun changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_script

REPO = Path(__file__).resolve().parents[3]
PACKS = REPO / "src" / "harmwatch" / "extract" / "lang"


def _script() -> ModuleType:
    return load_script("scripts/build_pack_forms.py")


# a hand-written layout: a short list on one line, a table indented, a note with a comma in it
HAND = """{
 "_about": "Made up for the test, {not: a key}, [nor a list]",
 "prepositions": ["à", "en"],
 "verbs_base": [
  "+nier",
  "+démentir"
 ],
 "verbs": ["old"],
 "table": {"a": [1, 2], "b": []}
}
"""


@pytest.mark.parametrize("compact", [True, False])
def test_rewrite_changes_only_the_generated_keys_and_twice_is_once(compact: bool) -> None:
    build = _script()
    once = build.rewrite(HAND, {"verbs": ["nie|nié", "dément"]}, compact)
    assert json.loads(once) == {**json.loads(HAND), "verbs": ["nie|nié", "dément"]}
    assert ' "prepositions": ["à", "en"],\n "verbs_base": [\n  "+nier",' in once
    assert once.endswith(' "table": {"a": [1, 2], "b": []}\n}\n')
    assert build.rewrite(once, {"verbs": ["nie|nié", "dément"]}, compact) == once


def test_rewrite_writes_a_value_as_the_script_lays_it_out() -> None:
    build = _script()
    assert ' "verbs": ["x", "y"],\n' in build.rewrite(HAND, {"verbs": ["x", "y"]}, compact=True)
    assert ' "verbs": [\n  "x",\n  "y"\n ],\n' in build.rewrite(HAND, {"verbs": ["x", "y"]}, compact=False)


def test_rewrite_adds_a_missing_key_at_the_end() -> None:
    build = _script()
    text = build.rewrite(HAND, {"_generated_forms_by": "the script"}, compact=True)
    assert text.endswith(' "table": {"a": [1, 2], "b": []},\n "_generated_forms_by": "the script"\n}\n')
    assert list(json.loads(text)) == [*json.loads(HAND), "_generated_forms_by"]
    assert json.loads(build.rewrite("{\n}\n", {"a": 1}, compact=True)) == {"a": 1}


@pytest.mark.slow
def test_a_rerun_over_every_language_leaves_the_packs_as_committed(tmp_path: Path) -> None:
    """The committed packs are what the script writes: neither their layout nor a generated form
    changes on a rerun (ru, uk need pymorphy3 and its dictionaries, build time only)."""
    pytest.importorskip("pymorphy3")
    build = _script()
    packs = tmp_path / "lang"
    shutil.copytree(PACKS, packs, ignore=shutil.ignore_patterns("__pycache__"))
    build.PACKS = packs
    build.main([])
    changed = [
        str(p.relative_to(packs))
        for p in sorted(packs.rglob("*.json"))
        if p.read_bytes() != (PACKS / p.relative_to(packs)).read_bytes()
    ]
    assert changed == []


def test_an_alternative_of_a_slavic_base_word_gets_its_own_forms() -> None:
    """ "цель ... боец|склад": each alternative expanded, not the pair taken for one word."""
    pytest.importorskip("pymorphy3")
    build = _script()
    [phrase] = build.expand_slavic(build._morph("ru"), "боец|склад", joined=True)
    forms = phrase.split("|")
    assert {"боец", "бойцы", "бойцами", "склад", "склады", "складами"} <= set(forms)
    assert not any(" " in f for f in forms)


def test_speech_verb_forms_leave_out_infinitives_gerunds_and_nouns() -> None:
    script = _script()
    nouns = frozenset({"comunicado"})
    (es,) = script.expand_lemmas("es", "+comunicar", nouns)
    forms = es.split("|")
    assert "comunicó" in forms and "comunicado" not in forms
    assert "comunicar" not in forms and "comunicando" not in forms
    (de,) = script.expand_lemmas("de", "+berichten", frozenset())
    forms = de.split("|")
    assert "berichtete" in forms and not {"bericht", "berichte", "berichten"} & set(forms)
    # the other keys (stances) keep every form
    (kept,) = script.expand_lemmas("es", "+comunicar")
    assert "comunicado" in kept.split("|") and "comunicar" in kept.split("|")
