"""Both readings of a page, paired by position: where the text layer and the pixels part."""

from __future__ import annotations

from collections import Counter

import pymupdf
from pixel_samples import name_as_picture, rot13_tounicode, strip_pdf

from workstation.pixels import ocr
from workstation.pixels.boxes import Box
from workstation.pixels.layers import LayerWord, disagreements, text_layer_words
from workstation.pixels.render import render_page


def kinds(data: bytes) -> Counter[str]:
    with pymupdf.open(stream=data, filetype="pdf") as document:
        page = document[0]
        layer = text_layer_words(page)
        shown = ocr.read(render_page(page), 300).words
    return Counter(disagreement.kind for disagreement in disagreements(layer, shown))


def test_a_plain_page_reads_the_same_both_ways() -> None:
    assert kinds(strip_pdf()) == Counter()


def test_a_remapped_text_layer_differs_word_by_word() -> None:
    # "The harbour master Radomir Vesk signed the manifest": every word of three
    # letters or more is ROT13 in the text layer.
    assert kinds(rot13_tounicode(strip_pdf())) == Counter({"differs": 8})


def test_a_picture_of_words_is_shown_only() -> None:
    assert kinds(name_as_picture()) == Counter({"shown only": 8})


def test_text_nobody_sees_is_text_only() -> None:
    hidden = LayerWord("Radomir", Box(10, 10, 60, 20))
    assert [d.kind for d in disagreements([hidden], [])] == ["text only"]


def test_boxes_follow_the_page_rotation() -> None:
    document = pymupdf.open(stream=strip_pdf(), filetype="pdf")
    document[0].set_rotation(90)
    rotated = bytes(document.tobytes())
    assert kinds(rotated) == Counter()
