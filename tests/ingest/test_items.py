from __future__ import annotations

import pytest

from harmwatch.errors import InputError
from harmwatch.ingest.items import Item, decode, looks_html, normalise, outlet_of


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary: contains NUL"),
        (bytes(range(1, 32)) * 3, "binary: mostly control"),
        ("Café bombed".encode("latin-1"), "invalid UTF-8 at byte 3"),
        (b"x" * 101, "oversized: 101 bytes"),
    ],
)
def test_decode_refuses_bad_documents_with_a_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data, max_bytes=100)


def test_decode_keeps_text_and_drops_a_bom():
    assert decode("\ufeffA mortar hit the market.".encode()) == "A mortar hit the market."


def test_outlet_is_the_host_without_www():
    assert outlet_of("https://www.example.org/news/1") == "example.org"
    assert outlet_of("http://news.example.com:8080/a") == "news.example.com"
    assert outlet_of(None) is None
    assert outlet_of("not a url") is None


def test_looks_html():
    assert looks_html("  <!DOCTYPE html><html><body>x</body></html>")
    assert not looks_html("<3 to everyone, a plain text line")


@pytest.mark.parametrize("blank", ["\r", "  ", "\t\n"])
def test_a_blank_publication_date_or_language_is_none(blank):
    item = normalise(Item("in.jsonl:1", b"A report.", "text", published=blank, language=blank))
    assert item.published is None and item.language is None
