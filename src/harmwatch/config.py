"""Settings the CLI resolves once (flags < environment) and passes down; no other module reads the environment."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///harmwatch.db"  # one file in the current directory
DB_ENV = "HARMWATCH_DB"
EVIDENCE_ENV = "HARMWATCH_EVIDENCE_DIR"


@dataclass(slots=True)
class Settings:
    db_url: str = DEFAULT_DB_URL
    evidence_dir: str | None = None  # the evidence locker; default: next to a SQLite file


settings = Settings()  # filled by the CLI's global options
