"""Workflow on the pages: notes with author and time, a private draft shared by its author, the audit
log as sentences linking to the claims it touched, the document page's incidents and its claims'
words marked in the text; the public view shows none of the internal work."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

HTML = {"accept": "text/html"}


def _post(c, path: str, **data):
    return c.post(path, data={**data, "csrf_token": c.csrf}, headers=HTML, follow_redirects=False)


def _note_id(page: str, text: str) -> int:
    return int(re.search(rf'<li id="note-(\d+)"[^>]*>{re.escape(text)}', page).group(1))


def test_a_private_draft_is_its_authors_until_shared(client_for):
    ed, ed2 = client_for("ed"), client_for("ed2")
    assert (
        _post(ed, "/incidents/3/notes", text="draft: check the hospital", private="true").status_code == 303
    )
    page = ed.get("/incidents/3").text
    nid = _note_id(page, "draft: check the hospital")
    assert "only you see it" in page and f'action="/notes/{nid}/share"' in page
    assert "draft: check the hospital" not in ed2.get("/incidents/3").text
    assert ed2.get(f"/api/notes/{nid}").status_code == 404
    assert _post(ed2, f"/notes/{nid}/share", incident_id="3").status_code == 404  # not theirs: not found
    assert "shared their draft" not in ed.get("/incidents/3").text  # a draft is not in the log
    assert _post(ed, f"/notes/{nid}/share", incident_id="3").status_code == 303
    seen = ed2.get("/incidents/3").text
    assert re.search(
        r'draft: check the hospital\s*<small[^>]*>— <span class="author">ed</span>, <time datetime="[^"]+\+00:00">'
        r"\d{4}-\d\d-\d\d \d\d:\d\d UTC</time>",
        seen,
    )
    assert f'action="/notes/{nid}/share"' not in seen
    assert "ed shared their draft note: “draft: check the hospital”" in html.unescape(
        re.sub(r"<[^>]+>", "", seen)
    )
    again = _post(ed, f"/notes/{nid}/share", incident_id="3")
    assert again.status_code == 400 and "shared already" in again.text
    api = ed2.get("/api/incidents/3").json()["notes"]
    assert [(n["author"], n["private"]) for n in api if n["id"] == nid] == [("ed", False)]
    assert api[0]["created_at"].endswith("+00:00")


def test_the_api_shares_a_draft_too(client_for):
    ed = client_for("ed")
    h = {"X-CSRF-Token": ed.csrf}
    note = ed.post("/api/incidents/4/notes", json={"text": "mine for now", "private": True}, headers=h).json()
    assert client_for("ed2").get(f"/api/notes/{note['id']}").status_code == 404
    assert ed.post(f"/api/notes/{note['id']}/share", headers=h).json()["private"] is False
    assert client_for("ed2").get(f"/api/notes/{note['id']}").json()["text"] == "mine for now"
    assert client_for("vi").post(f"/api/notes/{note['id']}/share", headers=h).status_code == 403


def _audit_text(page: str) -> str:
    block = re.search(r'<ol class="audit" id="audit">(.*?)</ol>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", block))


def test_the_audit_log_reads_as_sentences_with_links_to_claims(client_for):
    ed = client_for("ed")
    h = {"X-CSRF-Token": ed.csrf}
    before = ed.get("/api/incidents/6").json()["killed_max"]
    doc = ed.get("/api/incidents/6").json()["sources"][0]["document_id"]
    claim = next(c for c in ed.get(f"/api/documents/{doc}").json()["claims"] if c["kind"] == "casualty")
    assert _post(ed, "/incidents/6/correct", field="killed_max", value="130").status_code == 303
    assert _post(ed, f"/claims/{claim['id']}/review", status="confirmed", incident_id="6").status_code == 303
    ed.post("/api/incidents/6/grade", json={"grade": "fair"}, headers=h)
    page = ed.get("/incidents/6").text
    text = _audit_text(page)
    assert re.search(
        rf"\d{{4}}-\d\d-\d\d \d\d:\d\d UTC — ed changed killed_max from {before} to 130\n", text
    ), text
    assert f"ed confirmed casualty claim {claim['id']}" in text
    assert "ed graded the incident fair and so marked it reviewed" in text
    assert f'<a href="/incidents/6#claim-{claim["id"]}">casualty claim {claim["id"]}</a>' in page
    assert f'id="claim-{claim["id"]}"' in page  # the link's target is on the page
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[\d:.]+\+00:00">', page)
    api = ed.get("/api/incidents/6/history").json()["entries"]
    assert api[0]["sentence"] == f"ed changed killed_max from {before} to 130"
    assert api[0]["at"].endswith("+00:00")


def test_a_claim_elsewhere_links_to_its_documents_page(client_for):
    """After a split, the claim's confirmation stays in the old incident's log; its claim now shows
    on the new incident's page, so the link goes to the claim on its document's page."""
    ed = client_for("ed")
    h = {"X-CSRF-Token": ed.csrf}
    doc = ed.get("/api/incidents/8").json()["sources"][1]["document_id"]
    claim = ed.get(f"/api/documents/{doc}").json()["claims"][0]
    assert _post(ed, f"/claims/{claim['id']}/review", status="rejected", incident_id="8").status_code == 303
    new = ed.post("/api/incidents/8/split", json={"document_id": doc}, headers=h).json()["id"]
    page = ed.get("/incidents/8").text
    assert f'<a href="/documents/{doc}#claim-{claim["id"]}">' in page
    text = _audit_text(page)
    assert f"split document {doc} off incident 8 into incident {new}" in text
    assert f'id="claim-{claim["id"]}"' in ed.get(f"/documents/{doc}").text


def test_the_document_page_links_its_incidents_and_marks_its_claims(client_for, web_db):
    from harmwatch.store.tables import Claim, Document

    vi = client_for("vi")
    doc_id = vi.get("/api/incidents/2").json()["sources"][0]["document_id"]
    page = vi.get(f"/documents/{doc_id}").text
    assert re.search(r'id="doc-incidents">Source of <a href="/incidents/2">incident 2</a>', page)
    with web_db.session() as s:
        d = s.get(Document, doc_id)
        claims = [c for c in s.query(Claim).filter(Claim.document_id == doc_id) if c.span_start is not None]
        text = d.text
    assert claims
    article = re.search(r'<article class="doctext" id="doctext">(.*?)</article>', page, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", article)) == text  # the whole text, nothing added
    marked = "".join(html.unescape(m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", article, re.S))
    for c in claims:
        assert text[c.span_start : c.span_end] in marked
        assert f'href="#words-{c.id}"' in page and f'id="words-{c.id}"' in page


def test_claim_marks_keep_the_text_escaped(web_db, client_for):
    from harmwatch.store.tables import Claim, Document

    with web_db.session() as s:
        d = s.get(Document, 1)
        d.text = 'Before <img src=x onerror="alert(1)"> 12 people were killed & more.'
        c = s.query(Claim).filter(Claim.document_id == 1).first()
        c.span_start, c.span_end = d.text.index("<img"), d.text.index(" people")
        s.commit()
    page = client_for("vi").get("/documents/1").text
    article = re.search(r'<article class="doctext" id="doctext">(.*?)</article>', page, re.S).group(1)
    assert "<img" not in article and "&lt;img src=x onerror=" in article
    assert re.search(
        r'<mark class="claim[^"]*"[^>]*>&lt;img src=x onerror=&#34;alert\(1\)&#34;&gt; 12</mark>', article
    )


@pytest.fixture
def public_app(web_db):
    from harmwatch.web.app import create_app

    return create_app(database=web_db, public=True)


def test_the_public_view_shows_no_notes_drafts_or_audit_sentences(web_db, public_app, client_for):
    ed, ed2 = client_for("ed"), client_for("ed2")
    h = {"X-CSRF-Token": ed.csrf}
    ed.post("/api/incidents/9/notes", json={"text": "internal shared remark"}, headers=h)
    ed.post("/api/incidents/9/notes", json={"text": "internal draft", "private": True}, headers=h)
    _post(ed, "/incidents/9/correct", field="killed_max", value="140")
    for who, status in ((ed, "in_review"), (ed, "reviewed"), (ed2, "published")):
        assert _post(who, "/incidents/9/status", status=status).status_code == 303
    anon = TestClient(public_app)
    page = anon.get("/incidents/9", headers=HTML).text
    assert "140" in page  # the published fact
    for internal in (
        "internal shared remark",
        "internal draft",
        "Audit log",
        "changed killed_max",
        "ed2",
        "UTC",
    ):
        assert internal not in page, internal
    doc = ed.get("/api/incidents/9").json()["sources"][0]["document_id"]
    doc_page = anon.get(f"/documents/{doc}", headers=HTML).text
    assert '<a href="/incidents/9">incident 9</a>' in doc_page
    assert '<mark class="claim' in doc_page
    assert " ed" not in re.sub(r"<[^>]+>", " ", doc_page).replace("\n", " ")  # no reviewer's name
    assert anon.get("/api/incidents/9/history").status_code == 401
    assert anon.post("/api/notes/1/share").status_code in (401, 403)
    other_doc = ed.get("/api/incidents/11").json()["sources"][0]["document_id"]  # not published
    assert anon.get(f"/documents/{other_doc}", headers=HTML).status_code == 404


def test_a_report_without_a_language_pack_shows_its_language_and_figures_of_unknown_outcome(
    client_for, web_db
):
    import hashlib

    from harmwatch.extract.engine import extract_document
    from harmwatch.records import RawDocument
    from harmwatch.store.queries import DocumentMeta, add_document

    text = "U raketnom napadu na tržnicu u Harkivu poginulo je 17 ljudi, javile su vlasti u nedjelju."
    ex = extract_document(RawDocument(id="hr-1", text=text, language="hr", published="2024-05-12"))
    assert ex.events and ex.events[0].unclassified
    raw = text.encode()
    meta = DocumentMeta(sha256=hashlib.sha256(raw).hexdigest(), raw=raw, raw_kind="text", source="hr-1")
    with web_db.session() as s:
        doc_id = add_document(s, meta, ex).id
        s.commit()
    page = client_for("vi").get(f"/documents/{doc_id}")
    assert page.status_code == 200
    assert "language hr" in page.text
    assert 'casualty <span class="muted">(outcome unknown: no language pack)</span>' in page.text
