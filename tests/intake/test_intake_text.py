"""Plain text and Markdown: encodings, refusals, line endings."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.intake import extract
from workstation.intake.outcome import Refused
from workstation.intake.text import decode


def test_utf8_text_is_extracted_with_normalised_line_endings() -> None:
    result = extract("caf\u00e9\r\nnext\rlast\n".encode(), "notes.txt")
    assert (result.kind, result.reviewable, result.note) == ("txt", True, "")
    assert result.text == "caf\u00e9\nnext\nlast\n"


def test_markdown_is_its_own_kind() -> None:
    result = extract(b"# Title\n\nBody\n", "README.MD")
    assert result.kind == "md"
    assert result.text == "# Title\n\nBody\n"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "\u00e9t\u00e9".encode(),
        codecs.BOM_UTF16_LE + "\u00e9t\u00e9".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "\u00e9t\u00e9".encode("utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_byte_order_marks_choose_the_encoding_and_are_dropped(data: bytes) -> None:
    assert decode(data) == ("\u00e9t\u00e9", "")


def test_windows_1252_is_decoded_with_a_note() -> None:
    result = extract("\u201cQuoted\u201d \u2013 na\u00efve".encode("cp1252"), "memo.txt")
    assert result.reviewable
    assert result.text == "\u201cQuoted\u201d \u2013 na\u00efve"
    assert result.note == "decoded as Windows-1252"


def test_binary_named_txt_is_not_reviewable() -> None:
    result = extract(bytes(range(256)) * 4, "photo.txt")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "text is not UTF-8 or a known encoding"


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfe\x00\xd8", "text".encode("utf-16-le"), b"ok\x00\x01\x02\xff"],
    ids=["broken-utf-16", "utf-16-without-bom", "controls"],
)
def test_text_that_would_reach_reviewers_garbled_is_refused(data: bytes) -> None:
    with pytest.raises(Refused) as refusal:
        decode(data)
    assert refusal.value.code == "not_text"


@given(st.text(alphabet=st.characters(blacklist_characters="\x00", codec="utf-8")))
def test_any_utf8_text_without_nul_decodes_unchanged(text: str) -> None:
    assert decode(text.encode()) == (text, "")
