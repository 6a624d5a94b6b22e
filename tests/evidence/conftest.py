from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.store.dbfix import db_url  # noqa: F401  (the SQLite / PostgreSQL store fixture)

# sentences written for these tests
PAGE_A = (
    b"<html><head><title>Strike on a clinic</title></head><body><article><h1>Strike on a clinic</h1>"
    b"<p>An air strike hit a clinic in the town of Velmora on Sunday, killing seven patients and two "
    b"nurses, the regional health office said.</p><p>Rescue teams were still searching the rubble on "
    b"Sunday evening, a volunteer told reporters.</p></article></body></html>"
)
PAGE_B = (
    b"<html><head><title>Shelling of a bakery</title></head><body><article><h1>Shelling of a bakery</h1>"
    b"<p>Artillery shells struck a bakery in the city of Dastrova on Thursday, killing five civilians who "
    b"were queuing for bread, the mayor said.</p></article></body></html>"
)


class Pages(BaseHTTPRequestHandler):
    routes = {"/a": PAGE_A, "/b": PAGE_B}

    def do_GET(self):  # noqa: N802
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/a")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self.routes.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    """Pages served on 127.0.0.1 (ingest needs --allow-private to fetch them)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
