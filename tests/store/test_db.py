from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from harmwatch.errors import ConfigError
from harmwatch.store.db import alembic_config, normalize_url, open_db

TABLES = {
    "documents",
    "ingest_errors",
    "claims",
    "events",
    "incidents",
    "incident_sources",
    "alembic_version",
}


def test_open_creates_schema_at_head(db_url):
    db = open_db(db_url)
    assert TABLES <= set(inspect(db.engine).get_table_names())
    with db.engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert version == ScriptDirectory.from_config(alembic_config(db.engine)).get_current_head()
    db.close()


def test_open_twice_is_idempotent(db_url):
    open_db(db_url).close()
    db = open_db(db_url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    db.close()


def test_documents_sha256_is_unique(db_url):
    db = open_db(db_url)
    uniques = inspect(db.engine).get_unique_constraints("documents")
    indexes = [i for i in inspect(db.engine).get_indexes("documents") if i["unique"]]
    cols = [u["column_names"] for u in uniques] + [i["column_names"] for i in indexes]
    assert ["sha256"] in cols
    db.close()


def test_bare_path_means_sqlite_file(tmp_path):
    assert normalize_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    db = open_db(str(tmp_path / "sub" / "x.db"))
    db.close()
    assert (tmp_path / "sub" / "x.db").exists()


def test_bad_url_is_a_config_error():
    with pytest.raises(ConfigError, match="cannot use database URL nosuchdialect"):
        open_db("nosuchdialect+x://")


def test_unreachable_postgres_is_a_config_error():
    # port 9 (discard) on loopback: nothing listens there
    with pytest.raises(ConfigError, match="cannot open database"):
        open_db("postgresql+psycopg://u:p@127.0.0.1:9/x?connect_timeout=2")


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_match_the_tables(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from harmwatch.store.tables import Base

    mine = {"documents", "ingest_errors", "claims", "events", "incidents", "incident_sources"}

    def declared(obj, name, type_, reflected, compare_to) -> bool:
        # the store's own tables, as the models declare them (other modules' indexes may be added by migrations)
        table = obj if type_ == "table" else getattr(obj, "table", None)
        if table is not None and table.name not in mine:
            return False
        return not (type_ == "index" and reflected and compare_to is None)

    db = open_db(db_url)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": declared})
        diffs = compare_metadata(ctx, Base.metadata)
    db.close()
    assert diffs == []


def test_upgrade_from_the_first_revision(tmp_path):
    from harmwatch.store.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0001")
    assert "key" not in {c["name"] for c in inspect(engine).get_columns("incidents")}
    engine.dispose()
    db = open_db(f"sqlite:///{tmp_path / 'old.db'}")
    assert "key" in {c["name"] for c in inspect(db.engine).get_columns("incidents")}
    db.close()
