"""Declared charsets outside what browsers and mail clients honour are ignored."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from workstation.intake import extract
from workstation.intake.text import web_codec


@pytest.mark.parametrize("label", ["cp037", "unicode_escape", "rot13", "hex"])
def test_html_ignores_python_only_codecs(label: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body>Caf\\u202e visit</body></html>'
    result = extract(page.encode(), "page.html")
    assert result.reviewable and result.text is not None
    assert "Caf\\u202e visit" in result.text  # the escape stays text, no RLO appears
    assert "\u202e" not in result.text


def test_html_honours_a_real_charset() -> None:
    page = '<meta charset="windows-1252"><p>na\xefve caf\xe9</p>'.encode("latin-1")
    result = extract(page, "page.html")
    assert result.text is not None and "naïve café" in result.text


def test_email_part_with_a_python_only_charset_decodes_as_utf8() -> None:
    message = EmailMessage()
    message["Subject"] = "note"
    message.set_content("Café \\u202e ok", charset="utf-8", cte="8bit")
    raw = message.as_bytes().replace(b'charset="utf-8"', b'charset="unicode_escape"')
    assert b'charset="unicode_escape"' in raw
    result = extract(raw, "note.eml")
    assert result.text is not None and "\u202e" not in result.text
    assert "Café \\u202e ok" in result.text



@pytest.mark.parametrize("label", ["ISO-8859-1", "latin-1", "latin1", "l1"])
def test_a_latin_1_label_reads_as_windows_1252(label: str) -> None:
    """As browsers and mail clients read it (the WHATWG standard): such text is usually
    Windows-1252, and the label was not honoured at all before."""
    assert web_codec(label) == "cp1252"
