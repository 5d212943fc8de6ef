"""Picture files: the words OCR reads become the text; undecodable pictures are refused."""

from __future__ import annotations

import io

import pymupdf
from PIL import Image

from workstation.intake import extract


def text_png(line: str) -> bytes:
    """A PNG of `line` in black on white, as a scanner or screenshot makes it."""
    document = pymupdf.open()
    document.new_page(width=400, height=80).insert_text((20, 45), line, fontsize=20)
    return bytes(document[0].get_pixmap(dpi=300).tobytes("png"))


def test_a_picture_of_text_is_reviewable_by_its_ocr_words() -> None:
    result = extract(text_png("Memo from Harriet Quimby"), "scan.png")
    assert (result.kind, result.reviewable, result.note) == ("image", True, "")
    assert result.text == "Memo from Harriet Quimby"
    assert result.details == {"pages": 1}


def test_a_broken_picture_is_stored_not_reviewable_with_a_fixed_note() -> None:
    whole = text_png("Memo")
    result = extract(whole[: len(whole) // 2], "scan.png")
    assert (result.kind, result.reviewable, result.text) == ("image", False, None)
    assert result.note == "picture could not be decoded"


def test_a_picture_without_words_says_so() -> None:
    blank = io.BytesIO()
    Image.new("L", (300, 200), 255).save(blank, "PNG")
    result = extract(blank.getvalue(), "photo.png")
    assert (result.reviewable, result.note) == (
        False,
        "picture shows no text: OCR read no words in it",
    )
