"""The release child's rebuild and pixel check, called as the service calls them."""

from __future__ import annotations

import pymupdf
import pytest
from leak_samples import NAME, folds_and_control_glyph, label_read, name_as_picture

from workstation.intake import extract
from workstation.pixels.boxes import Box
from workstation.pixels.ocr import Reading, Word
from workstation.release import gate
from workstation.release.jobs import PageSpan
from workstation.release.sandbox import SpanNotFound, pixel_check_in_child, rebuild_in_child
from workstation.release.span_boxes import locate, ocr_characters, squeezed_positions


def page_text(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return str(document[0].get_text())


def test_a_span_not_on_its_page_is_refused_by_id_not_guessed() -> None:
    pdf = folds_and_control_glyph()
    elsewhere = PageSpan(0, 0, 7, "Nobody here", "[PERSON 1]", "p0123456789")

    with pytest.raises(SpanNotFound) as missing:
        rebuild_in_child(pdf, [elsewhere])

    assert (missing.value.span_id, missing.value.page) == ("p0123456789", 0)
    check = gate.span_not_located("accepted span p0123456789", missing.value.page + 1)
    assert not check.passed and "p0123456789" in check.detail and "page 1" in check.detail


def test_the_name_is_painted_and_the_pixel_check_names_what_is_still_legible() -> None:
    pdf = folds_and_control_glyph()
    text = page_text(pdf)
    start = text.index(NAME)
    span = PageSpan(0, start, start + len(NAME), NAME, "[PERSON 1]", "p1")

    reading = pixel_check_in_child(rebuild_in_child(pdf, [span]), [NAME, "union", "Vesk"])

    assert reading.pages == 1 and reading.words > 3
    assert reading.sightings == ((1, 1),)  # "union" only


def test_a_drawn_label_hides_the_name_and_does_not_hide_a_second_occurrence() -> None:
    pdf = folds_and_control_glyph()
    text = page_text(pdf)
    start = text.index(NAME)
    span = PageSpan(0, start, start + len(NAME), NAME, "[PERSON 1]", "p1")

    labelled = rebuild_in_child(pdf, [span], fill_labels=True)

    assert pixel_check_in_child(labelled, [NAME, *NAME.split()]).sightings == ()
    assert "[PERSON 1]" in label_read(labelled, pdf)
    twice = pymupdf.open()
    twice.new_page(width=420, height=80).insert_text((20, 45), f"{NAME} met {NAME}")
    pdf = bytes(twice.tobytes())
    one_covered = PageSpan(0, 0, len(NAME), NAME, "[PERSON 1]", "p1")
    assert page_text(pdf).startswith(NAME)
    rebuilt = rebuild_in_child(pdf, [one_covered], fill_labels=True)
    assert pixel_check_in_child(rebuilt, [NAME]).sightings == ((0, 1),)


def test_a_span_whose_offsets_moved_is_found_by_its_exact_text() -> None:
    text = "Straße İ ﬁ\nRadomir  Vesk met"
    boxes = [None if char == "\n" else _box(index) for index, char in enumerate(text)]
    moved = PageSpan(0, 0, 12, "Radomir Vesk", "x", "p1")  # offsets of another extraction

    located = locate(text, boxes, moved)

    start = text.index("Radomir")
    assert located is not None and len(located) == 1
    assert located[0].left == start and located[0].right == text.index(" met")
    assert squeezed_positions("a  b\nc") == ("a b c", [0, 1, 3, 4, 5])
    assert locate(text, boxes, PageSpan(0, 0, 12, "radomir vesk", "x", "p1")) is None


def _box(index: int) -> Box:
    return Box(index, 0, index + 1, 10)


def test_a_name_on_a_scanned_page_is_painted_at_its_ocr_words() -> None:
    pdf = name_as_picture()
    text = extract(pdf, "scan.pdf").text
    assert text is not None and NAME in text
    start = text.index(NAME)
    span = PageSpan(0, start, start + len(NAME), NAME, "[PERSON 1]", "p1")

    reading = pixel_check_in_child(rebuild_in_child(pdf, [span]), [NAME, *NAME.split()])

    assert reading.pages == 1 and reading.words >= 1
    assert reading.sightings == ()


def test_ocr_characters_take_their_words_boxes() -> None:
    first = Word("Ann", Box(0, 0, 3, 1), Box(0, 0, 3, 1), 90.0, 1, 1, 1)
    second = Word("Lee", Box(4, 0, 7, 1), Box(4, 0, 7, 1), 90.0, 1, 1, 1)
    third = Word("x", Box(0, 2, 1, 3), Box(0, 2, 1, 3), 90.0, 1, 1, 2)

    text, boxes = ocr_characters(Reading((first, second, third), 10, 10, 72.0))

    assert text == "Ann Lee\nx"
    assert boxes == [first.points] * 3 + [None] + [second.points] * 3 + [None, third.points]
