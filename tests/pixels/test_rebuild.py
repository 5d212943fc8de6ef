"""A rebuilt release: boxes painted into the pixels, nothing else carried, same bytes
every time. Read back by three readers that share no code with the writer's text."""

from __future__ import annotations

import io

import pymupdf
import pytest
from PIL import Image
from pixel_samples import NAME, name_rect, strip_pdf
from pypdf import PdfReader

from workstation.pixels import ocr
from workstation.pixels.boxes import Box
from workstation.pixels.pdf_objects import objections
from workstation.pixels.pixel_check import rendered_pages
from workstation.pixels.rebuild import (
    MIN_LABEL_PIXELS,
    Label,
    SourcePage,
    label_size,
    painted,
    rebuild,
)
from workstation.pixels.render import render_page


def source_page(data: bytes, *, redact: bool) -> SourcePage:
    boxes = ()
    if redact:
        rect = name_rect(data)
        boxes = (Box(rect.x0, rect.y0, rect.x1, rect.y1),)
    with pymupdf.open(stream=data, filetype="pdf") as document:
        page = document[0]
        image = render_page(page, 300)
        return SourcePage(image, page.rect.width, page.rect.height, boxes)


@pytest.fixture(scope="module")
def redacted() -> bytes:
    return rebuild([source_page(strip_pdf(), redact=True)], text_layer=True)


def pdfium_ocr_text(data: bytes) -> str:
    return " ".join(ocr.read(image, 300).text for image in rendered_pages(data, 300))


def test_no_reader_finds_the_name_under_a_box(redacted: bytes) -> None:
    pypdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(redacted)).pages)
    with pymupdf.open(stream=redacted, filetype="pdf") as document:
        mupdf_text = "".join(page.get_text() for page in document)
    seen = pdfium_ocr_text(redacted)
    for text in (pypdf_text, mupdf_text, seen):
        assert "harbour" in text  # each reader did read the page
        assert "Radomir" not in text and "Vesk" not in text
    assert NAME.encode() not in redacted


def test_the_object_check_passes_on_a_rebuilt_release(redacted: bytes) -> None:
    assert objections(redacted) == []


def test_without_a_box_the_name_is_still_read(redacted: bytes) -> None:
    """The control: the same rebuild without the box shows the name to OCR and puts it
    in the text layer, so the test above cannot pass for a reason other than the box."""
    shown = rebuild([source_page(strip_pdf(), redact=False)], text_layer=True)
    assert "Radomir" in pdfium_ocr_text(shown)
    with pymupdf.open(stream=shown, filetype="pdf") as document:
        assert "Radomir" in document[0].get_text()


def test_the_same_pages_give_the_same_bytes() -> None:
    pages = [
        source_page(strip_pdf(), redact=True),
        source_page(strip_pdf("Page two"), redact=False),
    ]
    once = rebuild(pages, text_layer=True)
    assert once == rebuild(pages, text_layer=True)
    assert once == rebuild(pages, text_layer=True, workers=2)


def test_nothing_identifies_the_file_or_its_maker(redacted: bytes) -> None:
    reader = PdfReader(io.BytesIO(redacted))
    assert set(reader.trailer) == {"/Size", "/Root"}
    assert set(reader.trailer["/Root"]) == {"/Type", "/Pages"}
    assert reader.metadata is None
    for word in (b"/Producer", b"/CreationDate", b"/ID", b"/Metadata", b"/Info"):
        assert word not in redacted


def test_boxes_are_painted_out_to_whole_pixels_with_a_margin() -> None:
    page = SourcePage(Image.new("L", (100, 100), 255), 72, 72, (Box(10.2, 10.2, 20.1, 20.1),))
    image = painted(page)
    scale = 100 / 72
    inside = [(round(x * scale), round(y * scale)) for x, y in ((9.5, 9.5), (20.5, 20.5))]
    assert all(image.getpixel(point) == 0 for point in inside)
    assert image.getpixel((round(22 * scale), round(15 * scale))) == 255
    assert page.image.getextrema() == (255, 255)  # the source picture is left alone


def test_a_picture_becomes_a_page_of_its_printed_size() -> None:
    page = SourcePage.for_picture(Image.new("RGB", (600, 300), "white"), 300)
    assert (page.width, page.height) == (144, 72)
    with pymupdf.open(stream=rebuild([page]), filetype="pdf") as document:
        assert document[0].rect == pymupdf.Rect(0, 0, 144, 72)


def test_the_text_layer_is_invisible_and_where_the_words_are(redacted: bytes) -> None:
    without = rebuild([source_page(strip_pdf(), redact=True)])
    shown = [image.tobytes() for image in rendered_pages(redacted, 100)]
    assert shown == [image.tobytes() for image in rendered_pages(without, 100)]
    with pymupdf.open(stream=redacted, filetype="pdf") as document:
        words = {word[4]: pymupdf.Rect(word[:4]) for word in document[0].get_text("words")}
    with pymupdf.open(stream=strip_pdf(), filetype="pdf") as document:
        expected = document[0].search_for("harbour")[0]
    assert words["harbour"].intersects(expected)


def test_a_label_is_drawn_in_white_inside_its_black_box() -> None:
    box = Box(20, 20, 110, 40)
    page = SourcePage(Image.new("L", (500, 200), 255), 120, 48, (), (Label(box, "[PERSON 2]"),))
    image = painted(page)
    scale = 500 / 120
    inside = image.crop(tuple(round(v * scale) for v in (box.left, box.top, box.right, box.bottom)))
    assert inside.getextrema() == (0, 255)  # black box, white letters
    assert sum(inside.histogram()[129:]) < inside.width * inside.height / 3  # letters, not a fill
    assert "PERSON" in ocr.read(image, 300).text


def test_a_label_too_large_for_its_box_is_left_out_and_the_box_stays_black() -> None:
    assert label_size("[PERSON 12]", 30, 40) == 0
    assert label_size("[PERSON]", 400, 60) >= MIN_LABEL_PIXELS
    page = SourcePage(
        Image.new("L", (100, 100), 255), 72, 72, (), (Label(Box(10, 10, 20, 20), "[PERSON 12]"),)
    )
    image = painted(page)
    assert image.crop((14, 14, 27, 27)).getextrema() == (0, 0)
