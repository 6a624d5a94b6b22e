"""Every command has a --help with a description and an example, and is documented in docs/cli.md
(generated from --help by scripts/gen_cli_docs.py, so the reference never drifts from the code)."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT
from tests.scripts import load_script

gen = load_script("scripts/gen_cli_docs.py")

COMMANDS = gen.command_paths()
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_the_app_has_the_core_commands():
    assert {("extract",), ("clean",), ("demo",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p))
def test_command_has_help_with_description_and_example(path):
    text = gen.help_text(path)
    assert f"Usage: harmwatch {' '.join(path)}" in text
    lines = [line.strip() for line in text.splitlines()]
    description = lines[lines.index(next(li for li in lines if li.startswith("Usage:"))) + 2]
    assert len(description) > 10, f"harmwatch {' '.join(path)}: no description in --help"
    if not any(line.startswith("╭─ Commands") for line in lines):  # a group lists its commands
        assert re.search(rf"Example: harmwatch\b.*\b{re.escape(path[-1])}\b", text), (
            f"harmwatch {' '.join(path)}: add an 'Example: harmwatch ...' line to its docstring"
        )


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p))
def test_command_is_documented(path):
    assert f"\n## harmwatch {' '.join(path)}\n" in CLI_MD


def test_cli_md_is_generated_from_the_current_help():
    assert CLI_MD == gen.render(), "docs/cli.md is out of date: run .venv/bin/python scripts/gen_cli_docs.py"


def test_records_md_example_is_valid_json_with_true_spans():
    from tests.span_check import assert_spans_index_text

    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)\n```", text, re.S).group(1)
    example = json.loads(block)
    assert assert_spans_index_text(example) == 4  # date, place, target, figure
