from tests.store.dbfix import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)
