"""HTML: visible text only, one line per block, entities unescaped."""

from __future__ import annotations

from workstation.intake import extract
from workstation.intake.html_text import decode, html_to_text

PAGE = """<!doctype html>
<html><head><title>Leaked memo</title>
<style>p { color: red }</style><script>var secret = "not text";</script></head>
<body><h1>Budget</h1><p>Tom &amp; Jerry&nbsp;Ltd   paid
   &euro;5&#8239;000.</p><div>line one<br>line two</div>
<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ann</td><td>Clerk</td></tr></table>
<pre>  keep   spacing</pre><!-- a comment --></body></html>"""


def test_page_text_keeps_blocks_and_drops_scripts() -> None:
    text = html_to_text(PAGE)
    assert "secret" not in text and "color" not in text and "comment" not in text
    assert text.splitlines() == [
        "Leaked memo",
        "Budget",
        "Tom & Jerry\u00a0Ltd paid \u20ac5\u202f000.",
        "line one",
        "line two",
        "Name\tRole",
        "Ann\tClerk",
        "  keep   spacing",
    ]


def test_empty_cells_keep_their_columns() -> None:
    table = "<table><tr><td>a </td><td></td><td> c</td></tr><tr><td>d</td></tr></table>"
    assert html_to_text(table) == "a\t\tc\nd"


def test_meta_charset_is_honoured() -> None:
    page = '<meta charset="iso-8859-15"><p>\xa4uro</p>'.encode("latin-1")
    assert decode(page) == ('<meta charset="iso-8859-15"><p>\u20acuro</p>', "")


def test_html_is_extracted_in_the_child() -> None:
    result = extract(PAGE.encode(), "page.HTM")
    assert (result.kind, result.reviewable) == ("html", True)
    assert result.text is not None and "Tom & Jerry" in result.text
