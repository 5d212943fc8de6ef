"""Intake reads each page twice, and where the text layer and the pixels part, or a
picture shows no legible words, it reports a region (code, page, box) for an editor.

Each case is a generated file; the words a page shows but its layer does not say are
added to the text, so detection sees the name."""

from __future__ import annotations

import pytest
from page_samples import (
    SIGNATURE_BOX,
    actual_text,
    docx_with_pictures,
    mixed_pages,
    outlined_name,
    text_and_badge,
    text_and_signature,
    white_name,
)
from pixel_samples import NAME, rot13_tounicode, strip_pdf

from workstation.intake import ChildLimits, extract
from workstation.intake.outcome import PageRegion, Parsed
from workstation.intake.pdf_text import SHOWN_LABEL
from workstation.intake.protocol import BadReply, decode, encode


def codes(regions: tuple[PageRegion, ...]) -> list[tuple[str, int]]:
    return [(region.code, region.page) for region in regions]


def shown_part(text: str) -> str:
    """What intake added after the layer text: the words only the pixels hold."""
    return text.partition(SHOWN_LABEL)[2]


def test_a_plain_page_has_no_region_and_nothing_added() -> None:
    result = extract(strip_pdf(), "plain.pdf")
    assert (result.text, result.regions) == (
        "The harbour master Radomir Vesk signed the manifest\n",
        (),
    )


@pytest.mark.parametrize("make", [rot13_tounicode, actual_text], ids=["tounicode", "actualtext"])
def test_a_layer_that_says_other_words_than_shown_is_a_region_and_the_name_is_read(
    make: object,
) -> None:
    data = make(strip_pdf()) if make is rot13_tounicode else make()  # type: ignore[operator]
    result = extract(data, "remapped.pdf")
    assert NAME not in result.text.partition(SHOWN_LABEL)[0]  # the layer hides it
    assert NAME in shown_part(result.text)  # what the page shows is reviewed
    assert codes(result.regions) == [("page-text-differs", 1)]


def test_the_region_box_covers_the_name_where_the_page_shows_it() -> None:
    result = extract(actual_text(), "actual.pdf")
    (region,) = result.regions
    x0, y0, x1, y1 = region.box
    assert 150 <= x0 <= 165 and 240 <= x1 <= 260  # "Radomir Vesk" drawn from x=160
    # Baseline at y=45 from the bottom of an 80 pt page: 35 from the top, where boxes
    # count from; capitals of 14 pt reach about 10 pt above it.
    assert 22 <= y0 <= 27 and 34 <= y1 <= 39


def test_a_name_drawn_as_outlines_is_read_from_the_pixels() -> None:
    result = extract(outlined_name(), "outlines.pdf")
    assert result.text.startswith("The harbour master signed the manifest\n")
    assert NAME in shown_part(result.text)
    assert codes(result.regions) == [("page-text-not-in-layer", 1)]


def test_white_text_is_in_the_layer_but_not_shown() -> None:
    result = extract(white_name(), "white.pdf")
    assert NAME in result.text  # detection reads the layer as before
    assert SHOWN_LABEL not in result.text
    assert codes(result.regions) == [("page-layer-not-shown", 1)]


def test_a_signature_picture_is_a_picture_region_with_its_box() -> None:
    result = extract(text_and_signature(), "signed.pdf")
    assert result.text == "Signed for the port:\n"
    assert result.regions == (PageRegion("picture-no-text", 1, tuple(map(float, SIGNATURE_BOX))),)


def test_a_photographed_badge_shows_the_name_which_is_read_as_text() -> None:
    result = extract(text_and_badge(), "badge.pdf")
    assert NAME in shown_part(result.text)
    assert codes(result.regions) == [("page-text-not-in-layer", 1)]  # no picture region


def test_mixed_pages_give_the_layer_of_one_and_the_ocr_of_the_other() -> None:
    result = extract(mixed_pages(), "mixed.pdf")
    first, second = result.text.split("\f")
    assert first == "The harbour master signed the manifest\n"
    assert NAME in second
    assert result.regions == ()


def test_docx_pictures_are_read_and_those_without_words_are_regions() -> None:
    result = extract(docx_with_pictures(), "pictures.docx")
    assert result.reviewable
    assert NAME in result.text  # the badge, read by OCR
    pictures = {region.picture for region in result.regions}
    assert 1 in pictures and 2 not in pictures  # the signature is a region, the badge not
    assert all(r.code == "docx-picture-no-text" and r.page == 0 for r in result.regions)


def test_the_policy_languages_reach_the_child() -> None:
    # A language that is not installed cannot be read: the child says so by code.
    limits = ChildLimits(ocr_languages=("cym",))
    result = extract(strip_pdf(), "plain.pdf", limits)
    assert not result.reviewable
    assert result.note == "PDF could not be read by OCR (an OCR language is not installed)"


@pytest.mark.parametrize(
    "region",
    [
        {"code": "made-up", "page": 1, "box": [0, 0, 1, 1], "picture": 0},
        {"code": "picture-no-text", "page": -1, "box": [0, 0, 1, 1], "picture": 0},
        {"code": "picture-no-text", "page": 1, "box": [0, 0, 1], "picture": 0},
        {"code": "picture-no-text", "page": 1, "box": [5, 0, 1, 1], "picture": 0},
        {"code": "picture-no-text", "page": 1, "box": [0, 0, "1", 1], "picture": 0},
        {"code": "picture-no-text", "page": 1, "box": [0, 0, 1e9, 1], "picture": 0},
        {"code": "picture-no-text", "page": True, "box": [0, 0, 1, 1], "picture": 0},
        {"code": "picture-no-text", "page": 1, "box": [0, 0, 1, 1]},
    ],
)
def test_a_malformed_region_from_the_child_reads_as_a_crash(region: dict[str, object]) -> None:
    import json

    good = json.loads(
        encode(Parsed("x", {}, "", (PageRegion("picture-no-text", 1, (0, 0, 1, 1)),)))
    )
    assert decode(json.dumps(good).encode()).regions[0].box == (0.0, 0.0, 1.0, 1.0)
    good["regions"] = [region]
    with pytest.raises(BadReply):
        decode(json.dumps(good).encode())
