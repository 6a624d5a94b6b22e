"""An incident's workflow: assigned to an analyst, new → in review → reviewed → published, and a
second reviewer's sign-off before it is published."""

from __future__ import annotations

import pytest

from harmwatch.errors import UsageError
from harmwatch.review import workflow
from harmwatch.review.tables import User
from harmwatch.store.tables import Incident


@pytest.fixture
def db(tmp_path):
    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db

    db = open_db(f"sqlite:///{tmp_path / 'w.db'}")
    fill(db, 3, sources_per_incident=1, seed=2)
    with db.session() as s:
        add_user(s, "ana", "editor", "password-ana")
        add_user(s, "ben", "editor", "password-ben")
        add_user(s, "vic", "viewer", "password-vic")
    yield db
    db.close()


def _u(s, name: str) -> User:
    return s.query(User).filter_by(name=name).one()


def test_assign_review_sign_off_publish(db):
    with db.session() as s:
        ana, ben = _u(s, "ana"), _u(s, "ben")
        assert workflow.state(s, 1).status == "new"
        workflow.assign(s, ana, 1, "ben")
        assert workflow.state(s, 1).assignee == "ben"
        workflow.set_status(s, ben, 1, "in_review")
        workflow.set_status(s, ben, 1, "reviewed")
        with pytest.raises(UsageError, match="second reviewer"):
            workflow.set_status(s, ben, 1, "published")  # the reviewer cannot sign off their own review
        workflow.set_status(s, ana, 1, "published")
    with db.session() as s:
        st = workflow.state(s, 1)
        assert (st.status, st.reviewed_by, st.signed_off_by) == ("published", "ben", "ana")
        assert s.get(Incident, 1).status == "published"


def test_refused_steps(db):
    with db.session() as s:
        ana = _u(s, "ana")
        with pytest.raises(UsageError, match="cannot go"):
            workflow.set_status(s, ana, 2, "published")  # new → published skips the review
        with pytest.raises(UsageError, match="status"):
            workflow.set_status(s, ana, 2, "done")
        with pytest.raises(UsageError, match="vic"):
            workflow.assign(s, ana, 2, "vic")  # a viewer cannot review
        with pytest.raises(UsageError, match="nobody"):
            workflow.assign(s, ana, 2, "nobody")
        workflow.set_status(s, ana, 2, "in_review")
        workflow.set_status(s, ana, 2, "reviewed")
        workflow.set_status(s, ana, 2, "in_review")  # reopened: the review starts again
        assert workflow.state(s, 2).reviewed_by is None
