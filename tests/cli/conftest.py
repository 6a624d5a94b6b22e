import pytest
from typer.testing import CliRunner

from tests.store.dbfix import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    """Typer's runner, for the tests that take it as a fixture."""
    return CliRunner()
