"""The incident filter options, declared once and shared by `incidents`, `export` and `report`."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.cli.filters import incident_filter, iso_date
from harmwatch.errors import UsageError
from harmwatch.store.queries import IncidentFilter

runner = CliRunner()
COMMANDS = (
    ["incidents"],
    ["export", "--format", "jsonl", "--out", "-"],
    ["report", "--out", "-"],
)


def test_iso_date_normalises_and_passes_none():
    assert iso_date("2019-03-07", "--since") == "2019-03-07"
    assert iso_date("20190307", "--since") == "2019-03-07"  # ISO basic form, as date.fromisoformat reads it
    assert iso_date(None, "--until") is None


def test_iso_date_names_the_option_when_malformed():
    with pytest.raises(UsageError, match=r"^--until: expected YYYY-MM-DD, got '7 March'$"):
        iso_date("7 March", "--until")


def test_incident_filter_carries_every_option():
    f = incident_filter("UA", "2022-02-24", "2022-12-31", "Shelling/artillery/missile attack", 5)
    assert f == IncidentFilter(
        country="UA",
        since="2022-02-24",
        until="2022-12-31",
        sub_event_type="Shelling/artillery/missile attack",
        min_killed=5,
    )
    assert incident_filter(None, None, None, None, None) == IncidentFilter()


FILTER_HELP = {
    "--country": "ISO 3166 alpha-2 country code.",
    "--since": "Incidents on or after this date (YYYY-MM-DD).",
    "--until": "Incidents on or before this date (YYYY-MM-DD).",
    "--type": "ACLED sub-event type, e.g. 'Air/drone strike'.",
    "--min-killed": "At least this many killed (highest reported).",
}


@pytest.mark.parametrize("name", ["incidents", "export", "report"])
def test_every_command_has_the_same_filter_options(name):
    command = typer.main.get_command(app).commands[name]
    helps = {p.opts[0]: p.help for p in command.params if p.opts[0] in FILTER_HELP}
    assert helps == FILTER_HELP


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: c[0])
def test_every_command_refuses_a_malformed_date_with_usage_exit(cmd, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = runner.invoke(app, ["--db", db, *cmd, "--since", "2016-13-01"])
    assert r.exit_code == 2
    assert "--since: expected YYYY-MM-DD, got '2016-13-01'" in r.stderr


@pytest.mark.parametrize("cmd", COMMANDS, ids=lambda c: c[0])
def test_min_killed_must_be_a_whole_number(cmd, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    r = runner.invoke(app, ["--db", db, *cmd, "--min-killed", "many"])
    assert r.exit_code == 2
    assert "Invalid value for '--min-killed'" in " ".join(r.stderr.replace("│", " ").split())
