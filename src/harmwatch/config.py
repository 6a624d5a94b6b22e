"""Settings the CLI resolves once (flags < environment) and passes down; no other module reads the environment."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DB_URL = "sqlite:///harmwatch.db"  # one file in the current directory
DB_ENV = "HARMWATCH_DB"


@dataclass(slots=True)
class Settings:
    db_url: str = DEFAULT_DB_URL


settings = Settings()  # filled by the CLI's global options
