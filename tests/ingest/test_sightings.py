"""The same content arriving under another id/url/date is a stored sighting, shown and exported,
and never a second source (issue 14)."""

from __future__ import annotations

import io
import json

from sqlalchemy import select
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.ingest.items import IngestOptions
from harmwatch.ingest.runner import ingest
from harmwatch.ingest.sources import iter_inputs
from harmwatch.store.db import open_db
from harmwatch.store.tables import Document, IncidentSource, Sighting

OPTS = IngestOptions(max_bytes=50_000)
STORY = "An air strike hit a crowded market in Aleppo on Monday, killing five civilians, officials said."


def _line(n: int, outlet: str, date: str) -> str:
    return json.dumps(
        {"id": f"{outlet}-{n}", "text": STORY, "url": f"https://{outlet}/a/{n}", "published": date}
    )


def test_five_outlets_of_one_text_are_one_document_with_sightings(db_url, tmp_path, nlp, monkeypatch):
    outlets = ["wire.example.org", "a.example.com", "b.example.net", "c.example.org", "d.example.com"]
    lines = [_line(n, o, f"2023-05-{10 + n:02d}") for n, o in enumerate(outlets)]
    src = tmp_path / "five.jsonl"
    src.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    db = open_db(db_url)
    ingest(db, iter_inputs([str(src)], OPTS, fetcher=None), OPTS, workers=1)
    # later runs: two more outlets, and the same sighting again (kept once)
    stdin = io.BytesIO(("\n".join(lines[3:] + lines[1:2]) + "\n").encode())
    ingest(db, iter_inputs(["-"], OPTS, fetcher=None, stdin=stdin), OPTS, workers=1)
    with db.session() as s:
        assert len(s.scalars(select(Document)).all()) == 1
        seen = s.scalars(select(Sighting).order_by(Sighting.id)).all()
        assert [x.url for x in seen] == [f"https://{o}/a/{n}" for n, o in list(enumerate(outlets))[1:]]
        assert [x.published for x in seen] == ["2023-05-11", "2023-05-12", "2023-05-13", "2023-05-14"]
        assert len(s.scalars(select(IncidentSource)).all()) == 1  # one source, not five
    db.close()

    monkeypatch.setenv("HARMWATCH_DB", db_url)
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["export", "--format", "jsonl", "--out", str(out)])
    assert res.exit_code == 0, res.stderr
    [incident] = [json.loads(x) for x in out.read_text().splitlines()]
    [source] = incident["sources"]
    assert [x["outlet"] for x in source["sightings"]] == outlets[1:]
    res = CliRunner().invoke(app, ["show", "1", "--format", "json"])
    assert res.exit_code == 0, res.stderr
    assert len(json.loads(res.stdout)["sources"][0]["sightings"]) == 4
