"""`harmwatch archive export`: a WACZ (1.1.1) or WARC of incidents' evidence, read back with warcio,
its datapackage hashes checked (SQLite and PostgreSQL, real HTTP on 127.0.0.1)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from harmwatch.cli import app
from harmwatch.evidence.locker import Locker
from tests.evidence.conftest import PAGE_A, PAGE_B

runner = CliRunner()
REPORT = (
    b"A drone strike hit a wedding party in the village of Orlenko on Saturday, killing eleven guests, "
    b"witnesses said.\n"
)


@pytest.fixture
def store(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    (tmp_path / "report.txt").write_bytes(REPORT)

    def hw(*args):
        return runner.invoke(app, ["--db", db_url, "--evidence-dir", str(locker), *args])

    r = hw(
        "ingest", "--workers", "1", "--allow-private", site + "/a", site + "/b", str(tmp_path / "report.txt")
    )
    assert r.exit_code == 0, r.output
    incidents = [json.loads(line) for line in hw("incidents", "--format", "jsonl").stdout.splitlines()]
    by_url = {s["url"]: inc for inc in incidents for s in inc["sources"]}
    assert site + "/a" in by_url and site + "/b" in by_url and None in by_url
    return hw, by_url, locker


def _records(warc: bytes) -> list[tuple[str, str | None, bytes, dict]]:
    out = []
    for r in ArchiveIterator(io.BytesIO(warc)):
        out.append(
            (
                r.rec_type,
                r.rec_headers.get_header("WARC-Target-URI"),
                r.content_stream().read(),
                dict(r.rec_headers.headers),
            )
        )
    return out


def test_wacz_of_every_incident(store, site, tmp_path):
    hw, by_url, _ = store
    out = tmp_path / "case.wacz"
    r = hw("archive", "export", "--out", str(out))
    assert r.exit_code == 0, r.output
    assert f"wrote {out}: 3 incidents, 3 documents, 2 evidence files" in r.stderr
    z = zipfile.ZipFile(out)
    names = set(z.namelist())
    assert names == {
        "archive/data.warc.gz", "indexes/index.cdx", "pages/pages.jsonl", "datapackage.json",
        "datapackage-digest.json",
    }  # fmt: skip
    assert z.getinfo("archive/data.warc.gz").compress_type == zipfile.ZIP_STORED
    package_bytes = z.read("datapackage.json")
    package = json.loads(package_bytes)
    assert (package["profile"], package["wacz_version"]) == ("data-package", "1.1.1")
    assert {r["path"] for r in package["resources"]} == names - {
        "datapackage.json",
        "datapackage-digest.json",
    }
    for res in package["resources"]:
        data = z.read(res["path"])
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest() and res["bytes"] == len(data)
    digest = json.loads(z.read("datapackage-digest.json"))
    assert digest == {
        "path": "datapackage.json",
        "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest(),
    }
    custody = package["harmwatch"]["evidence"]
    assert sorted(c["source_url"] for c in custody) == [site + "/a", site + "/b"]
    assert all(c["kept_by"] and c["hostname"] and c["tool"] for c in custody)

    warc = z.read("archive/data.warc.gz")
    records = _records(warc)
    responses = {u: body for t, u, body, _ in records if t == "response"}
    assert responses == {site + "/a": PAGE_A, site + "/b": PAGE_B}
    [(uri, body, headers)] = [(u, b, h) for t, u, b, h in records if t == "resource"]
    assert body == REPORT and uri == f"urn:harmwatch:document:{hashlib.sha256(REPORT).hexdigest()}"
    assert headers["Content-Type"].startswith("text/plain")
    assert sum(1 for t, *_ in records if t == "warcinfo") == 3  # the export's and each kept WARC's

    pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()]
    assert pages[0] == {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    assert {p["url"] for p in pages[1:]} == {site + "/a", site + "/b", uri}
    assert all(p["ts"].endswith("Z") and p["harmwatch_incidents"] for p in pages[1:])

    # the index points at each response and resource record in the WARC
    for line in z.read("indexes/index.cdx").decode().splitlines():
        _key, _ts, entry = line.split(" ", 2)
        e = json.loads(entry)
        [rec] = list(ArchiveIterator(io.BytesIO(warc[e["offset"] : e["offset"] + e["length"]])))
        assert rec.rec_headers.get_header("WARC-Target-URI") == e["url"]


def test_warc_of_one_incident(store, site, tmp_path):
    hw, by_url, _ = store
    out = tmp_path / "one.warc.gz"
    r = hw("archive", "export", "--incident", str(by_url[site + "/a"]["id"]), "--out", str(out))
    assert r.exit_code == 0, r.output
    records = _records(out.read_bytes())
    gzip.decompress(out.read_bytes())  # a whole gzip stream
    assert [(t, u) for t, u, *_ in records if t in ("response", "resource")] == [("response", site + "/a")]


def test_a_changed_evidence_file_stops_the_export(store, site, tmp_path):
    hw, by_url, locker = store
    files = [p for p in Locker(locker).root.rglob("*") if p.is_file()]
    for p in files:
        p.chmod(0o644)
        p.write_bytes(p.read_bytes() + b"x")
    out = tmp_path / "case.wacz"
    r = hw("archive", "export", "--out", str(out))
    assert r.exit_code == 1 and "file changed since it was kept; run harmwatch verify" in r.stderr
    assert not out.exists() and not list(tmp_path.glob(".harmwatch-archive-*"))


def test_bad_names_and_unknown_incidents_are_usage_errors(store, tmp_path):
    hw, *_ = store
    r = hw("archive", "export", "--out", str(tmp_path / "case.zip"))
    assert r.exit_code == 2 and "name the file .wacz or .warc.gz" in r.stderr
    r = hw("archive", "export", "--incident", "999999", "--out", str(tmp_path / "case.wacz"))
    assert r.exit_code == 2 and "no incident 999999" in r.stderr


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.News.example/Path/a?b=1", "example,news)/path/a?b=1"),
        ("http://127.0.0.1:8080/p", "127.0.0.1:8080)/p"),
        ("http://news.example:80/", "example,news)/"),
        ("urn:view:http://news.example/", "urn:view:http://news.example/"),
    ],
)
def test_index_keys(url, key):
    from harmwatch.evidence.archive import _surt

    assert _surt(url) == key
