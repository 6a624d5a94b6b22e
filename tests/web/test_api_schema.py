"""schemathesis generates requests from the app's own OpenAPI spec, for every operation; none may
get a 5xx. (schemathesis' pytest plugin does not run under pytest 9, so each operation's strategy
is driven by hypothesis directly.)"""

from __future__ import annotations

import re

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user, new_api_token
    from harmwatch.store.db import open_db
    from harmwatch.web.app import create_app

    db = open_db(f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}")
    fill(db, 20, sources_per_incident=2, seed=5)
    with db.session() as s:
        add_user(s, "bot", "editor", "editor-pass-9")
        token = new_api_token(s, "bot")
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(database=db)), token
    db.close()


def _checker(strategy, name: str, token: str, seen: dict[str, set[int]]):
    @given(case=strategy)
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case):
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        seen.setdefault(name, set()).add(response.status_code)
        assert response.status_code < 500, (
            f"{case.method} {case.formatted_path} {case.body!r}: {response.status_code} {response.text[:300]}"
        )

    return check


def test_every_operation_is_exercised_and_never_answers_5xx(api):
    schema, token = api
    operations = [r.ok() for r in schema.get_all_operations()]
    assert len(operations) >= 12
    seen: dict[str, set[int]] = {}
    for op in operations:
        check = _checker(op.as_strategy(), f"{op.method.upper()} {op.path}", token, seen)
        check()
    assert len(seen) == len(operations)


def test_oversize_and_out_of_range_inputs_never_answer_5xx(api):
    """Every operation, with ids far past any integer the store holds, negative ids, and bodies
    over the 1 MiB cap: refused (404/413/422), never a 5xx."""
    from fastapi.testclient import TestClient

    schema, token = api
    c = TestClient(schema.app, raise_server_exceptions=False)
    auth = {"Authorization": f"Bearer {token}"}
    big_body = b'{"text": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    for op in (r.ok() for r in schema.get_all_operations()):
        for bad in ("999999999999999999999999", "-1", "0"):
            path = op.path.replace("{incident_id}", bad).replace("{document_id}", bad)
            path = path.replace("{claim_id}", bad).replace("{note_id}", bad)
            r = c.request(op.method.upper(), path, headers=auth, params={"other_id": bad}, json={})
            assert r.status_code < 500, (op.method, path, r.status_code)
        if op.method.upper() == "POST":
            path = re.sub(r"\{[a-z_]+\}", "1", op.path)
            r = c.post(path, content=big_body, headers={**auth, "content-type": "application/json"})
            assert r.status_code == 413, (path, r.status_code)
    for field in ("other_id", "document_id"):
        for bad in (10**30, -5, "x" * 100):
            r = c.post(
                "/api/incidents/1/merge" if field == "other_id" else "/api/incidents/1/split",
                json={field: bad},
                headers=auth,
            )
            assert r.status_code == 422, (field, bad, r.status_code)
    r = c.post("/api/incidents/1/correct", json={"field": "killed_min", "value": "9" * 40}, headers=auth)
    assert r.status_code == 422
    r = c.post(
        "/api/claims/1/review", json={"status": "confirmed", "corrected": {"min": 10**40}}, headers=auth
    )
    assert r.status_code == 422
