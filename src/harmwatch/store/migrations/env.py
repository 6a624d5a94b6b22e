"""Alembic environment: run migrations on the engine the store passes in (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from harmwatch.store.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite needs table copies to alter
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():  # pragma: no cover - we never render SQL scripts
    raise RuntimeError("harmwatch migrations run online only")
run_migrations_online()
