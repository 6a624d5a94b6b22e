"""kill -9 of `harmwatch digest` in the middle of an SMTP send, then a rerun: every item reaches
every recipient in exactly one message. The one window left open (the server accepted the message
but the sender died before recording it) gives a second copy with the same Message-ID."""

from __future__ import annotations

import os
import signal
from collections import Counter

import pytest
from sqlalchemy import select

from harmwatch.store.db import open_db
from harmwatch.watch.tables import Delivery, OutboxItem
from harmwatch.watch.watches import WatchFilter, WatchSpec
from tests.watch.helpers import ingest_reports, make_watch
from tests.watch.reports import FIRST, UPDATE
from tests.watch.servers import text_part

RCPTS = ("ana@example.org", "ben@example.org")


def _setup(db_url: str) -> None:
    db = open_db(db_url)
    ingest_reports(db, FIRST + UPDATE)
    make_watch(db, WatchSpec("all", WatchFilter(), emails=RCPTS))
    db.close()


def _killed_mid_send(spawn, smtp, db_url: str) -> None:
    proc = spawn("--db", db_url, "digest", "--smtp", smtp.address, "--from", "hw@example.org")
    assert smtp.in_data.wait(60), proc.stderr.read().decode() if proc.poll() is not None else "no DATA"
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait(10) == -signal.SIGKILL
    smtp.release.set()


def _items_per_recipient(smtp) -> Counter:
    """(recipient, incident place) for every NEW line received, counted once per distinct Message-ID."""
    seen: Counter = Counter()
    ids = set()
    for m in smtp.messages:
        if m["Message-ID"] in ids:
            continue
        ids.add(m["Message-ID"])
        place = None
        for line in text_part(m).splitlines():
            if line.startswith("* "):
                place = line.split(" — ")[1]
            if line.startswith("  NEW:"):
                seen[(m["X-Test-Rcpt"], place)] += 1
    return seen


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_kill_9_before_the_server_accepts_then_rerun_delivers_each_item_once(db_url, smtp, spawn, cli):
    _setup(db_url)
    smtp.mode = "stall"  # the first message hangs in DATA and is never accepted
    _killed_mid_send(spawn, smtp, db_url)
    assert smtp.messages == []
    smtp.mode = "accept"
    code, _, err = cli("--db", db_url, "digest", "--smtp", smtp.address, "--from", "hw@example.org")
    assert code == 0, err
    per = _items_per_recipient(smtp)
    assert len(smtp.messages) == 2  # one per recipient, none twice
    assert set(per.values()) == {1} and {r for r, _ in per} == set(RCPTS)
    assert len(per) == 2 * 2  # two incidents (two countries), each told once to each recipient
    code, _, _ = cli("--db", db_url, "digest", "--smtp", smtp.address, "--from", "hw@example.org")
    assert code == 0 and len(smtp.messages) == 2  # a third run sends nothing
    db = open_db(db_url)
    with db.session() as s:
        assert {d.state for d in s.scalars(select(Delivery))} == {"sent"}
        assert {i.state for i in s.scalars(select(OutboxItem))} == {"sent"}
    db.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_kill_9_after_the_server_accepts_resends_the_same_message_id(db_url, smtp, spawn, cli):
    _setup(db_url)
    smtp.mode = "accept-then-stall"  # the server keeps the message; the sender dies before the 250
    _killed_mid_send(spawn, smtp, db_url)
    assert len(smtp.messages) == 1
    smtp.mode = "accept"
    code, _, err = cli("--db", db_url, "digest", "--smtp", smtp.address, "--from", "hw@example.org")
    assert code == 0, err
    ids = Counter(m["Message-ID"] for m in smtp.messages)
    assert len(smtp.messages) == 3 and len(ids) == 2  # the interrupted one again, byte for byte
    assert ids.most_common(1)[0][1] == 2
    first = [raw for raw in smtp.raw if smtp.messages[0]["Message-ID"].encode() in raw]
    assert len(first) == 2 and first[0] == first[1]
    per = _items_per_recipient(smtp)  # after de-duplication by Message-ID: each item once
    assert set(per.values()) == {1} and len(per) == 4
