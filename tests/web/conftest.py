"""A store with synthetic incidents and one user per role, and an app over it."""

from __future__ import annotations

import re

import pytest

from tests.store.dbfix import db_url  # noqa: F401  (SQLite, and PostgreSQL when HARMWATCH_TEST_PG is set)

PASSWORDS = {"admin": "admin-pass-1", "ed": "editor-pass-1", "ed2": "editor-pass-2", "vi": "viewer-pass-1"}
ROLES = {"admin": "admin", "ed": "editor", "ed2": "editor", "vi": "viewer"}


@pytest.fixture
def web_db(db_url):  # noqa: F811  (the imported fixture)
    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db

    db = open_db(db_url)
    fill(db, 30, sources_per_incident=2, seed=3)
    with db.session() as s:
        for name, pw in PASSWORDS.items():
            add_user(s, name, ROLES[name], pw)
    yield db
    db.close()


@pytest.fixture
def app(web_db):
    from harmwatch.web.app import create_app

    return create_app(database=web_db)


@pytest.fixture
def client_for(app):
    """A TestClient logged in as ``name``; ``.csrf`` holds the session's CSRF token."""
    from fastapi.testclient import TestClient

    def _login(name: str):
        c = TestClient(app)
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
        r = c.post(
            "/login",
            data={"username": name, "password": PASSWORDS[name], "csrf_token": token},
            follow_redirects=False,
        )
        assert r.status_code == 303, r.text
        page = c.get("/incidents/1").text
        c.csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        return c

    return _login
