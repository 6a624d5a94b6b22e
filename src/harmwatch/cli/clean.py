"""`harmwatch clean`: print the cleaned main text and what was removed."""

from __future__ import annotations

import json
import sys

import typer

from harmwatch.cli.app import app, fail, open_lines, read_input
from harmwatch.errors import HarmwatchError, UsageError


def _clean_obj(obj: dict):
    from harmwatch.clean import clean_html, clean_text

    if isinstance(obj.get("html"), str):
        return clean_html(obj["html"], obj.get("url"))
    if isinstance(obj.get("text"), str):
        return clean_text(obj["text"])
    raise UsageError("needs a 'text' or 'html' string")


@app.command()
def clean(
    path: str = typer.Argument(None, metavar="FILE|-", help="A page (.html) or scraped text, - for stdin."),
    jsonl: str = typer.Option(None, "--jsonl", metavar="FILE", help="Batch: lines {id, html|text, url}."),
    as_json: bool = typer.Option(False, "--json", help="Print {text, removed} as JSON."),
) -> None:
    """Print the cleaned main text of a page (boilerplate removed, each removal with its reason).

    Example: harmwatch clean page.html
    """
    try:
        if jsonl is not None:
            failed = 0
            for n, line in enumerate(open_lines(jsonl), 1):
                if not line.strip():
                    continue
                doc_id = None
                try:
                    obj = json.loads(line)
                    doc_id = obj.get("id") if isinstance(obj, dict) else None
                    if not isinstance(obj, dict):
                        raise UsageError("expected a JSON object")
                    c = _clean_obj(obj)
                    out = {"id": doc_id, "text": c.text, "removed": [r.to_dict() for r in c.removed]}
                except Exception as e:  # a bad line is reported, the batch goes on
                    failed += 1
                    typer.echo(f"harmwatch: line {n}: {e}", err=True)
                    out = {"id": doc_id, "error": str(e)}
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            if failed:
                raise typer.Exit(1)
            return
        if path is None:
            raise UsageError("give a FILE, - for stdin, or --jsonl FILE")
        content, suffix = read_input(path)
        c = _clean_obj({"html": content} if suffix in (".html", ".htm") else {"text": content})
    except HarmwatchError as e:
        fail(e)
        return
    if as_json:
        sys.stdout.write(
            json.dumps(
                {"text": c.text, "removed": [r.to_dict() for r in c.removed]}, ensure_ascii=False, indent=1
            )
            + "\n"
        )
    else:
        sys.stdout.write(c.text + "\n")
        for r in c.removed:
            typer.echo(f"[removed {r.reason}] {r.text[:100]}", err=True)
