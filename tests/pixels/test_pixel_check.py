"""The gate's reading of pixels: PDFium renders, OCR reads, legible terms are named."""

from __future__ import annotations

import pymupdf
import pytest
from pixel_samples import LINE, NAME, name_as_picture, rot13_tounicode, strip_pdf

from workstation.pixels import PictureRefused
from workstation.pixels.boxes import Box
from workstation.pixels.pixel_check import Sighting, Term, check, terms_for
from workstation.pixels.rebuild import SourcePage, rebuild
from workstation.pixels.render import render_page

TERMS = terms_for("accepted span p1a2b3c4d5", NAME, name=True)


def test_terms_for_a_name_add_each_part() -> None:
    assert [(term.label, term.text) for term in TERMS] == [
        ("accepted span p1a2b3c4d5", NAME),
        ("accepted span p1a2b3c4d5 part 1", "Radomir"),
        ("accepted span p1a2b3c4d5 part 2", "Vesk"),
    ]
    assert terms_for("deny-list term 2", "Operation Nightfall", name=False) == [
        Term("deny-list term 2", "Operation Nightfall")
    ]


def test_a_name_whose_text_layer_says_other_words_is_seen() -> None:
    """ROT13 in the font's /ToUnicode: every extractor reads "Enqbzve Irfx"."""
    data = rot13_tounicode(strip_pdf())
    with pymupdf.open(stream=data, filetype="pdf") as document:
        text_layer = document[0].get_text()
    assert "Enqbzve Irfx" in text_layer and "Radomir" not in text_layer
    report = check(data, TERMS)
    assert set(report.sightings) == {Sighting(term.label, 1) for term in TERMS}
    assert not report.passed


def test_a_name_that_is_only_a_picture_is_seen() -> None:
    data = name_as_picture()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        assert document[0].get_text().strip() == ""
    assert Sighting("accepted span p1a2b3c4d5", 1) in check(data, TERMS).sightings


def test_a_surname_left_alone_is_seen() -> None:
    data = strip_pdf(LINE.format(name="Mr Vesk"))
    assert check(data, TERMS).sightings == (Sighting("accepted span p1a2b3c4d5 part 2", 1),)


def test_a_redacted_rebuild_passes_and_says_what_it_read() -> None:
    data = strip_pdf()
    with pymupdf.open(stream=data, filetype="pdf") as document:
        page = document[0]
        rect = page.search_for(NAME)[0]
        source = SourcePage(render_page(page), page.rect.width, page.rect.height, (Box(*rect),))
    report = check(rebuild([source]), TERMS)
    assert report.passed
    assert (report.pages, report.words >= 5) == (1, True)


def test_sightings_name_labels_and_pages_never_the_text() -> None:
    document = pymupdf.open()
    document.new_page(width=420, height=80)
    document.insert_pdf(pymupdf.open(stream=strip_pdf(), filetype="pdf"))
    report = check(bytes(document.tobytes()), TERMS, workers=2)
    assert {sighting.page for sighting in report.sightings} == {2}
    assert all("Radomir" not in str(sighting) for sighting in report.sightings)
    assert str(report.sightings[0]) == "accepted span p1a2b3c4d5 is legible on page 2"


def test_what_pdfium_cannot_open_is_refused() -> None:
    with pytest.raises(PictureRefused) as raised:
        check(b"%PDF-1.7\nnothing", TERMS)
    assert raised.value.code == "pdf_unopenable"
