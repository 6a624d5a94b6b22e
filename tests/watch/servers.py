"""Real servers on 127.0.0.1 for the watch tests: an SMTP server (aiosmtpd) that can accept,
refuse or stall, a webhook receiver, and a feed server that honours conditional GET."""

from __future__ import annotations

import asyncio
import email
import hashlib
import json
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MailHandler:
    """aiosmtpd handler. mode: 'accept'; 'refuse' (451 at DATA); 'stall' (waits in DATA, signals
    ``in_data``, then answers 451: the message was never accepted); 'accept-then-stall' (keeps the
    message, signals, waits, then answers 250 to a client that may be gone)."""

    def __init__(self) -> None:
        self.mode = "accept"
        self.messages: list[Message] = []
        self.raw: list[bytes] = []
        self.refused = 0
        self.in_data = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "refuse":
            self.refused += 1
            return "451 4.3.0 try again later"
        if self.mode == "accept-then-stall":
            self._keep(envelope)
        if self.mode in ("stall", "accept-then-stall"):
            self.in_data.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 too late" if self.mode == "stall" else "250 OK"
        self._keep(envelope)
        return "250 OK"

    def _keep(self, envelope) -> None:
        self.raw.append(envelope.content)
        msg = email.message_from_bytes(envelope.content)
        msg["X-Test-Rcpt"] = ",".join(envelope.rcpt_tos)
        self.messages.append(msg)


@dataclass
class Hook:
    requests: list[dict] = field(default_factory=list)
    fail_next: int = 0  # answer 503 to this many requests first


def webhook_server(hook: Hook) -> ThreadingHTTPServer:
    class H(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            if hook.fail_next > 0:
                hook.fail_next -= 1
                self.send_response(503)
                self.end_headers()
                return
            hook.requests.append({"headers": dict(self.headers), "body": body})
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    return _start(H)


@dataclass
class Site:
    """Files served by the feed server, and every request it saw (path, conditional headers, status)."""

    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    seen: list[dict] = field(default_factory=list)
    modified: dict[str, datetime] = field(default_factory=dict)

    def put(self, path: str, data: bytes, ctype: str) -> None:
        self.files[path] = (data, ctype)
        self.modified[path] = datetime.now(UTC).replace(microsecond=0)


def feed_server(site: Site) -> ThreadingHTTPServer:
    class H(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            got = site.files.get(self.path)
            rec = {
                "path": self.path,
                "if_none_match": self.headers.get("If-None-Match"),
                "if_modified_since": self.headers.get("If-Modified-Since"),
            }
            if got is None:
                rec["status"] = 404
                site.seen.append(rec)
                self.send_response(404)
                self.end_headers()
                return
            data, ctype = got
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if rec["if_none_match"] == etag:
                rec["status"] = 304
                site.seen.append(rec)
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            rec["status"] = 200
            site.seen.append(rec)
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", format_datetime(site.modified[self.path], usegmt=True))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    return _start(H)


def _start(handler) -> ThreadingHTTPServer:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def url_of(srv: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


def text_part(msg: Message) -> str:
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text/plain part")


def html_part(msg: Message) -> str:
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text/html part")


def hook_items(hook: Hook) -> list[dict]:
    return [it for r in hook.requests for it in json.loads(r["body"])["items"]]
