"""Watches: values checked before they are stored (one clear line, exit 2), the filter of
`harmwatch incidents` reused, and the digest schedule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from harmwatch.store.db import open_db
from harmwatch.store.queries import find_incidents
from harmwatch.watch.tables import Watch
from harmwatch.watch.watches import WatchFilter, digest_due, last_slot, watched_incidents
from tests.watch.helpers import ingest_reports
from tests.watch.reports import FIRST, UPDATE


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "not-an-address"], "invalid e-mail address 'not-an-address'"),
        (["--country", "XX"], "unknown country 'XX'"),
        (["--type", "Bombing"], "unknown event type 'Bombing'"),
        (["--tz", "Mars/Olympus"], "unknown time zone 'Mars/Olympus'"),
        (["--at", "25:00"], "--at: expected HH:MM"),
        (["--webhook", "ftp://x.example/"], "--webhook: expected an http(s) URL"),
        (["--min-killed", "-1"], "--min-killed: expected a count >= 0"),
    ],
)
def test_bad_values_are_one_line_errors_with_exit_2(db_url, cli, args, message):
    code, out, err = cli("--db", db_url, "watch", "add", "w", *args)
    assert code == 2
    assert err.strip() == f"harmwatch: error: {err.strip().split('error: ', 1)[1]}" and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, out, _ = cli("--db", db_url, "watch", "list")
    assert code == 0 and out == ""  # nothing was stored


def test_source_add_checks_its_values(db_url, cli):
    code, _, err = cli("--db", db_url, "source", "add", "not-a-url")
    assert code == 2 and "URL: expected an http(s) URL" in err
    code, _, err = cli("--db", db_url, "source", "add", "https://x.example/feed", "--every", "10s")
    assert code == 2 and "--every: at least 1m" in err
    assert cli("--db", db_url, "source", "add", "https://x.example/feed", "--name", "x")[0] == 0
    code, _, err = cli("--db", db_url, "source", "add", "https://x.example/other", "--name", "x")
    assert code == 2 and "exists already" in err
    assert cli("--db", db_url, "source", "rm", "x")[0] == 0
    code, _, err = cli("--db", db_url, "source", "rm", "x")
    assert code == 2 and "no source named 'x'" in err


def test_watch_reads_what_incidents_reads(db_url):
    from harmwatch.store.queries import IncidentFilter

    db = open_db(db_url)
    ingest_reports(db, FIRST + UPDATE)
    with db.session() as s:
        same = [i.id for i in find_incidents(s, IncidentFilter(country="SY", min_killed=20))]
        assert [i.id for i in watched_incidents(s, WatchFilter(countries=("SY",), min_killed=20))] == same
        both = watched_incidents(s, WatchFilter(countries=("SY", "UA")))
        assert sorted(i.country for i in both) == ["SY", "UA"]
        assert [i.country for i in watched_incidents(s, WatchFilter(query="market aleppo"))] == ["SY"]
        assert watched_incidents(s, WatchFilter(query="market kharkiv")) == []
        assert [
            i.country for i in watched_incidents(s, WatchFilter(types=("Shelling/artillery/missile attack",)))
        ] == ["UA"]
    db.close()


def _watch(at: str | None, tz: str = "Europe/London", last: datetime | None = None) -> Watch:
    return Watch(
        name="w",
        at=at,
        tz=tz,
        created_at=datetime(2026, 7, 1, 5, 0, tzinfo=UTC),
        last_digest_at=last,
    )


def test_schedule_in_the_watchs_time_zone():
    w = _watch("07:00,19:00")
    # 07:00 in London in July is 06:00 UTC
    assert not digest_due(w, datetime(2026, 7, 1, 5, 59, tzinfo=UTC))
    assert digest_due(w, datetime(2026, 7, 1, 6, 0, tzinfo=UTC))
    assert last_slot(w, datetime(2026, 7, 1, 17, 0, tzinfo=UTC)).hour == 7
    sent = _watch("07:00,19:00", last=datetime(2026, 7, 1, 6, 5, tzinfo=UTC))
    assert not digest_due(sent, datetime(2026, 7, 1, 17, 59, tzinfo=UTC))
    assert digest_due(sent, datetime(2026, 7, 1, 18, 0, tzinfo=UTC))  # 19:00 BST
    assert digest_due(_watch(None), datetime(2026, 7, 1, 5, 1, tzinfo=UTC))  # no --at: every run


def test_unreachable_smtp_and_unknown_watch_on_the_command_line(db_url, cli):
    db = open_db(db_url)
    ingest_reports(db, FIRST)
    db.close()
    assert (
        cli("--db", db_url, "watch", "add", "syria", "--country", "SY", "--email", "ana@example.org")[0] == 0
    )
    code, _, err = cli("--db", db_url, "digest", "--smtp", "127.0.0.1:1")
    assert code == 1
    assert "syria: mailto:ana@example.org: SMTP 127.0.0.1:1: ConnectionRefusedError" in err
    assert "retried on the next run" in err and "Traceback" not in err
    code, _, err = cli("--db", db_url, "digest", "--watch", "nope")
    assert code == 2 and err.strip() == "harmwatch: error: no watch named 'nope' (harmwatch watch list)"
    code, _, err = cli("--db", db_url, "digest", "--smtp", "no-port")
    assert code == 2 and "--smtp: expected HOST:PORT" in err
    code, out, _ = cli("--db", db_url, "watch", "show", "syria")
    assert code == 0 and "sending x1 (SMTP 127.0.0.1:1" in out
    code, out, err = cli("--db", db_url, "digest", "--dry-run", "--watch", "syria")
    assert code == 0 and out == ""  # the digest waiting for the server is not made again
