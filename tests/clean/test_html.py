"""Main text, title and publication date of an HTML page; what the text cleaner removes there."""

from __future__ import annotations

import pytest

from harmwatch.clean import clean_html
from harmwatch.errors import InputError

PAGE = """<!DOCTYPE html><html><head><title>Mortar fire hits school yard | Plainsview Courier</title>
<meta property="og:title" content="Mortar fire hits school yard">
<meta property="article:published_time" content="2024-02-06T07:30:00+00:00"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">Worldwide</a></li></ul></nav>
<article><h1>Mortar fire hits school yard</h1>
<p>Mortar rounds landed in the yard of a primary school in the town of Sarovka on Monday, killing
three pupils and wounding eleven, the district administration said.</p>
<p>Teachers had moved the children into the basement minutes earlier, but a group of older pupils
was still crossing the yard when the first round exploded, the head teacher told reporters.</p>
<p>Advertisement</p>
<p>The district administration said the school would stay closed for the rest of the week while
engineers inspected the damaged walls and the roof of the gymnasium.</p>
<p>Sign up for our evening newsletter</p>
</article>
<footer><p>Contact the newsroom</p><p>&copy; 2024 Plainsview Courier</p></footer></body></html>"""


def test_main_text_title_and_date():
    c = clean_html(PAGE, "https://example.org/world/school-yard")
    paragraphs = c.text.split("\n\n")
    assert paragraphs[0] == "Mortar fire hits school yard"  # the page's headline opens the text
    assert paragraphs[1].startswith("Mortar rounds landed in the yard of a primary school")
    assert paragraphs[-1].endswith("the roof of the gymnasium.")
    assert len(paragraphs) == 4
    assert c.title == "Mortar fire hits school yard"
    assert c.published == "2024-02-06"


def test_page_leftovers_removed_with_reasons():
    c = clean_html(PAGE)
    assert [(r.reason, r.text) for r in c.removed] == [
        ("advertisement", "Advertisement"),
        ("newsletter", "Sign up for our evening newsletter"),
    ]


def test_page_without_text_is_an_input_error():
    with pytest.raises(InputError):
        clean_html("<html><head><title>x</title></head><body><div> </div></body></html>")


def test_page_without_date_has_no_published():
    page = PAGE.replace('<meta property="article:published_time" content="2024-02-06T07:30:00+00:00">', "")
    assert clean_html(page).published is None


def test_content_nested_deeper_than_libxml2s_limit_is_kept():
    body = "An air strike hit a crowded market on Monday, killing five civilians, officials said. " * 3
    page = "<html><body>" + "<div>" * 300 + f"<p>{body}</p>" + "</div>" * 300 + "</body></html>"
    assert "killing five civilians" in clean_html(page).text
