from tests.store.dbfix import db_url, store  # noqa: F401  (the SQLite / PostgreSQL store fixtures)
