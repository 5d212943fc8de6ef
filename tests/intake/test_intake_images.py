"""Picture files: the words OCR reads become the text; undecodable pictures are refused."""

from __future__ import annotations

import io

import pymupdf
from PIL import Image

from workstation.intake import extract
from workstation.intake.outcome import PageRegion


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


def test_a_picture_without_words_is_a_picture_to_decide_on() -> None:
    blank = io.BytesIO()
    Image.new("L", (300, 200), 255).save(blank, "PNG")
    result = extract(blank.getvalue(), "photo.png")
    assert (result.reviewable, result.note, result.text) == (True, "", "")
    # The whole frame, in points at the reading resolution (300 px = 72 pt).
    assert result.regions == (PageRegion("picture-no-text", 1, (0.0, 0.0, 72.0, 48.0)),)


def test_a_picture_too_small_to_be_a_photo_and_without_words_says_so() -> None:
    speck = io.BytesIO()
    Image.new("L", (60, 40), 255).save(speck, "PNG")
    result = extract(speck.getvalue(), "speck.png")
    assert (result.reviewable, result.note) == (
        False,
        "picture shows no text: OCR read no words in it",
    )
