"""kill -9 in the middle of an ingest of 2,000 documents loses nothing: a re-run finishes the rest,
with no duplicate and the same claims as a clean run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from harmwatch.store.db import normalize_url
from harmwatch.store.tables import Claim, Document, EventRow, IncidentSource
from tests.ingest.synthetic import write_jsonl

N = 2000
CLI = "import sys; from harmwatch.cli import app; sys.argv[0] = 'harmwatch'; app()"


@pytest.fixture(scope="module")
def frozen_code(tmp_path_factory) -> dict[str, str]:
    """The environment of the ingest processes: a copy of the package taken now, so that the clean
    run and the killed one run the same extractor even if the working tree changes meanwhile."""
    import harmwatch

    root = tmp_path_factory.mktemp("code")
    shutil.copytree(
        Path(harmwatch.__file__).parent, root / "harmwatch", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dict(os.environ, PYTHONPATH=str(root))


def harmwatch(env: dict[str, str], url: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "--db", url, "ingest", "--workers", "2", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: kill -9 reaches the extraction workers too
    )


def tally(url: str) -> dict[str, int]:
    engine = create_engine(normalize_url(url))
    with engine.connect() as c:
        out = {
            "documents": c.scalar(select(func.count(Document.id))),
            "distinct_sha": c.scalar(select(func.count(func.distinct(Document.sha256)))),
            "claims": c.scalar(select(func.count(Claim.id))),
            "events": c.scalar(select(func.count(EventRow.id))),
            "linked": c.scalar(select(func.count(IncidentSource.id))),
        }
    engine.dispose()
    return out


def documents(url: str) -> int:
    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as c:
            return c.scalar(select(func.count(Document.id)))
    except Exception:  # the schema is not created yet
        return 0
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory, frozen_code) -> tuple[Path, dict[str, int]]:
    """The reports, and what one uninterrupted ingest of them stores (shared by both backends)."""
    tmp = tmp_path_factory.mktemp("clean")
    src = write_jsonl(tmp / "reports.jsonl", N)
    url = f"sqlite:///{tmp / 'clean.db'}"
    clean = harmwatch(frozen_code, url, str(src))
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err.decode()
    expected = tally(url)
    assert expected["documents"] == N and expected["claims"] > N
    return src, expected


def test_kill_9_halfway_then_rerun_gives_exactly_the_clean_result(clean_run, frozen_code, db_url):
    src, expected = clean_run

    run = harmwatch(frozen_code, db_url, str(src))
    deadline = time.monotonic() + 600
    while documents(db_url) < N // 2:
        assert run.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.communicate()  # reaped, and its pipe closed
    stored = documents(db_url)
    assert N // 2 <= stored < N

    rerun = harmwatch(frozen_code, db_url, str(src))
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert f"ingested {N - stored} new, {stored} already stored, 0 failed" in err.decode()
    got = tally(db_url)
    assert got["documents"] == got["distinct_sha"] == N
    assert got["claims"] == expected["claims"]
    assert got["events"] == expected["events"]
    assert got["linked"] == expected["linked"]  # events left unlinked by the killed run were linked
