#!/usr/bin/env python3
"""Write docs/cli.md from the `--help` of every harmwatch command (tests/test_docs.py compares).

python scripts/gen_cli_docs.py           # rewrite docs/cli.md
python scripts/gen_cli_docs.py --check   # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import typer
from typer import rich_utils
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = ROOT / "docs" / "cli.md"
WIDTH = 100

HEADER = """# Command line reference

Generated from each command's `--help` by `scripts/gen_cli_docs.py`; `tests/test_docs.py` fails
when this file is out of date. After changing a command, run:

    .venv/bin/python scripts/gen_cli_docs.py

Exit codes: 0 success, 1 a document failed (bad input; in a batch, any line failed), 2 usage
error, 3 configuration error (e.g. the spaCy model is not installed). Data goes to stdout,
diagnostics to stderr.
"""


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path under the app, in name order, groups before their subcommands."""
    ctx = click.Context(group)
    for name in sorted(group.list_commands(ctx)):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        yield (*prefix, name)
        if isinstance(cmd, click.Group):
            yield from commands(cmd, (*prefix, name))


def help_text(path: tuple[str, ...]) -> str:
    """The `--help` of `harmwatch PATH...` at a fixed width, without colours."""
    from harmwatch.cli import app

    rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM = WIDTH, False, None
    res = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(WIDTH), "NO_COLOR": "1"})
    if res.exit_code != 0:
        raise RuntimeError(f"harmwatch {' '.join(path)} --help exited {res.exit_code}: {res.output}")
    return "\n".join(line.rstrip() for line in res.stdout.strip("\n").splitlines())


def command_paths() -> list[tuple[str, ...]]:
    from harmwatch.cli import app

    return list(commands(typer.main.get_command(app)))


def render() -> str:
    parts = [HEADER]
    for path in [(), *command_paths()]:
        title = " ".join(("harmwatch", *path))
        parts.append(f"## {title}\n\n```text\n{help_text(path)}\n```\n")
    return "\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is out of date")
    args = ap.parse_args()
    text = render()
    if args.check:
        current = CLI_MD.read_text(encoding="utf-8") if CLI_MD.exists() else ""
        if current != text:
            print("docs/cli.md is out of date: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    CLI_MD.parent.mkdir(exist_ok=True)
    CLI_MD.write_text(text, encoding="utf-8")
    print(f"wrote {CLI_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
