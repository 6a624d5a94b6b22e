"""Only http(s) URLs may become links: anything else is dropped."""

from __future__ import annotations

import pytest

from harmwatch.urls import safe_http_url


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(document.domain)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "/relative/path",
        "http:/nohost",
        "https://",
        "",
        None,
        "https://exa mple.org/x",
    ],
)
def test_non_http_urls_are_dropped(value):
    assert safe_http_url(value) is None


@pytest.mark.parametrize(
    "value", ["https://news.example/a?b=1#c", "http://outlet.example", "HTTPS://Outlet.Example/Path"]
)
def test_http_urls_are_kept(value):
    assert safe_http_url(value) == value


def test_ingest_items_keep_only_http_urls():
    from harmwatch.ingest.items import Item

    assert Item("x.jsonl:1", b"text", "text", url="JavaScript:alert(1)").url is None
    assert Item("x.jsonl:1", b"text", "text", url="https://a.example/1").url == "https://a.example/1"
