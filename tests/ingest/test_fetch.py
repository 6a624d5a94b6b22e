from __future__ import annotations

import ipaddress
import socket
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from harmwatch.errors import InputError
from harmwatch.ingest.fetch import Fetcher, check_address, refused_reason
from harmwatch.ingest.items import Failure, IngestOptions, Item

PAGE = b"<html><body><p>An air strike hit a clinic.</p></body></html>"
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>https://public.example/one</link><description>teaser</description></item>
</channel></rss>"""

ADDRESSES = {
    "public.example": "93.184.216.34",
    "intranet.example": "10.1.2.3",
    "router.example": "192.168.0.1",
    "self.example": "127.0.0.1",
    "meta.example": "169.254.169.254",
    "v6loop.example": "::1",
    "mapped.example": "::ffff:127.0.0.1",
}


def resolver(host, port, type=0):
    if host not in ADDRESSES:
        raise socket.gaierror(-2, "Name or service not known")
    ip = ADDRESSES[host]
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    return [(family, socket.SOCK_STREAM, 6, "", (ip, port))]


def handler(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/page":
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=PAGE)
    if path == "/one":
        return httpx.Response(200, headers={"content-type": "text/html"}, content=PAGE)
    if path == "/feed":
        return httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=FEED)
    if path == "/pdf":
        return httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF-1.4")
    if path == "/big":
        return httpx.Response(200, headers={"content-type": "text/html"}, content=b"x" * 5000)
    if path == "/to-private":
        return httpx.Response(302, headers={"location": "http://intranet.example/page"})
    if path == "/to-page":
        return httpx.Response(301, headers={"location": "/page"})
    if path == "/loop":
        return httpx.Response(302, headers={"location": "/loop"})
    if path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    if path == "/down":
        raise httpx.ConnectError("connection refused", request=request)
    return httpx.Response(404)


def fetcher(**kw) -> Fetcher:
    opts = IngestOptions(max_bytes=kw.pop("max_bytes", 1000), **kw)
    return Fetcher(opts, transport=httpx.MockTransport(handler), resolver=resolver)


def one(url: str, **kw) -> Item | Failure:
    [got] = list(fetcher(**kw).items(url))
    return got


@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "private"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_refused_reason(ip, reason):
    assert refused_reason(ipaddress.ip_address(ip)) == reason


def test_page_is_fetched():
    got = one("https://public.example/page")
    assert got == Item(
        source="https://public.example/page",
        data=PAGE,
        kind="html",
        input_id="https://public.example/page",
        url="https://public.example/page",
    )


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("intranet", "private"),
        ("router", "private"),
        ("self", "loopback"),
        ("meta", "link-local"),
        ("v6loop", "loopback"),
        ("mapped", "loopback"),
    ],
)
def test_private_addresses_are_refused(host, kind):
    got = one(f"http://{host}.example/page")
    assert isinstance(got, Failure)
    assert got.reason.startswith(f"refused: {host}.example is a {kind} address")


def test_allow_private_lets_them_through():
    got = one("http://intranet.example/page", allow_private=True)
    assert isinstance(got, Item) and got.data == PAGE


def test_redirect_to_a_private_address_is_refused_and_a_public_one_followed():
    assert one("https://public.example/to-private").reason.startswith(
        "refused: intranet.example is a private"
    )
    got = one("https://public.example/to-page")
    assert isinstance(got, Item) and got.url == "https://public.example/page"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/pdf", "unsupported content type application/pdf"),
        ("/big", "oversized: 5,000 bytes (limit 1,000)"),
        ("/missing", "unreachable: HTTP 404"),
        ("/slow", "unreachable: timed out (ReadTimeout)"),
        ("/down", "unreachable: ConnectError: connection refused"),
        ("/loop", "unreachable: more than 5 redirects"),
    ],
)
def test_bad_urls_are_failures_with_a_reason(path, reason):
    assert one(f"https://public.example{path}") == Failure(f"https://public.example{path}", reason)


def test_unknown_host_and_bad_scheme():
    assert one("https://nowhere.example/x").reason.startswith("unreachable: cannot resolve nowhere.example")
    assert one("ftp://public.example/x").reason.startswith("refused: only http and https")


def test_feed_url_yields_its_entries_and_follows_teasers():
    got = list(fetcher().items("https://public.example/feed"))
    assert [(g.source, g.data) for g in got] == [("https://public.example/one", PAGE)]


def test_check_address_refuses_hostless_url():
    with pytest.raises(InputError, match="no host"):
        check_address("http:///x", resolver)


# real servers on 127.0.0.1: the whole-request deadline, conditional GET


class _Dripping(socketserver.BaseRequestHandler):
    """Answers byte by byte, one every 0.2 s: the status line and headers (``/headers``) or,
    after prompt headers, the body (``/body``)."""

    def handle(self):
        request = self.request.recv(4096)
        path = request.split(b" ", 2)[1] if b" " in request else b"/"
        body = b"An air strike hit a clinic. " * 4
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body)
        try:
            if path == b"/headers":
                for i in range(len(head)):
                    self.request.sendall(head[i : i + 1])
                    time.sleep(0.2)
                self.request.sendall(body)
            else:
                self.request.sendall(head)
                for i in range(len(body)):
                    self.request.sendall(body[i : i + 1])
                    time.sleep(0.2)
        except OSError:
            pass


@pytest.fixture
def dripping():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Dripping)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/headers", "/body"])
def test_a_server_dripping_headers_or_body_is_cut_off_at_the_deadline(dripping, path):
    f = Fetcher(IngestOptions(timeout=1.0, allow_private=True))
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match=r"timed out \(more than 1 s in all\)"):
            f.get(dripping + path)
    finally:
        f.close()
    # each byte comes well within the per-read timeout: only the whole-request deadline stops it
    assert time.monotonic() - started < 2.5


class _Conditional(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.send_header("ETag", '"v1"')
        self.send_header("Last-Modified", "Sat, 05 Dec 2026 10:00:00 GMT")
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


def test_conditional_headers_and_a_304_answer():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Conditional)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/page"
    f = Fetcher(IngestOptions(allow_private=True))
    try:
        first = f.get(url)
        assert (first.status, first.data, first.etag) == (200, PAGE, '"v1"')
        assert first.last_modified == "Sat, 05 Dec 2026 10:00:00 GMT"
        again = f.get(url, {"If-None-Match": '"v1"'})
        assert (again.status, again.data, again.etag) == (304, b"", '"v1"')
        assert [e.status for e in again.exchanges] == [304]
        assert first.exchanges[0].server_ip == "127.0.0.1"
    finally:
        f.close()
        server.shutdown()
        server.server_close()
