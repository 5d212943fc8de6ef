"""The review's jobs in the release child: a scanned page's OCR words and a preview of a
place on a page, and the parent's distrust of what the child answers."""

from __future__ import annotations

import json
from typing import Any

import pymupdf
import pytest
from leak_samples import NAME, name_as_picture

from workstation.confined import spawn
from workstation.release import jobs
from workstation.release.jobs import PageSpan
from workstation.release.review_child import (
    PageWord,
    PageWords,
    _word,
    page_words_in_child,
    preview_in_child,
)
from workstation.release.sandbox import PdfNotMade
from workstation.services.page_readings import _items


def test_jobs_travel_as_one_line_and_come_back_the_same() -> None:
    span = PageSpan(0, 3, 9, "Radomir", "", "p1")
    for job in (
        jobs.PageWordsJob(True),
        jobs.PreviewJob(2, (1.0, 2.0, 3.0, 4.0), None, False, 640),
        jobs.PreviewJob(0, (), span),
    ):
        line = jobs.encode(job)
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert jobs.decode(line) == job


def test_a_scanned_page_gives_its_words_and_a_text_page_none() -> None:
    read = page_words_in_child(name_as_picture())
    assert read.sizes == ((420.0, 80.0),)
    assert [word.text for word in read.words if word.text in NAME.split()] == NAME.split()
    assert all(0 <= word.confidence <= 100 and word.page == 0 for word in read.words)

    document = pymupdf.open()
    document.new_page().insert_text((50, 50), "A page with a text layer")
    assert page_words_in_child(bytes(document.tobytes())).words == ()


@pytest.mark.parametrize(
    "item",
    [
        [0, 0, 4, 101.0, 1, 1, 2, 2, "Vesk"],  # confidence past 100
        [1, 0, 4, 90.0, 1, 1, 2, 2, "Vesk"],  # a page the file does not have
        [0, 0, 5, 90.0, 1, 1, 2, 2, "Vesk"],  # offsets that do not fit the word
        [0, 0, 4, 90.0, 3, 1, 2, 2, "Vesk"],  # a box inside out
        [0, 0, 4, float("nan"), 1, 1, 2, 2, "Vesk"],
        [True, 0, 4, 90.0, 1, 1, 2, 2, "Vesk"],  # a bool is not a page
    ],
)
def test_a_malformed_word_is_refused(item: list[Any]) -> None:
    with pytest.raises(ValueError):
        _word(item, 1)


def test_a_page_whose_words_do_not_line_up_with_the_stored_text_is_left_out() -> None:
    text = "The harbour\fRadomir Vesk"
    read = PageWords(
        ((100.0, 50.0), (100.0, 50.0)),
        (
            PageWord(0, 4, 11, 90.0, (1, 1, 2, 2), "harbour"),
            PageWord(1, 0, 7, 90.0, (1, 1, 2, 2), "Radomir"),
            PageWord(1, 8, 12, 20.0, (1, 1, 2, 2), "Vask"),  # read differently this time
        ),
    )
    (kept,) = _items(text, read)
    assert kept.id == "page-00000" and b"harbour" not in kept.data


def lying_child(reply: bytes) -> Any:
    def run(*args: object, **kwargs: object) -> spawn.Finished:
        return spawn.Finished(0, reply)

    return run


def reply(width: int, height: int, page: list[float], pixels: bytes) -> bytes:
    header = {"width": width, "height": height, "page": page, "region": [0, 0, 5, 5]}
    return b"OK\n" + json.dumps(header | {"boxes": [[1, 1, 2, 2]]}).encode() + b"\n" + pixels


def test_a_well_formed_preview_reply_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spawn, "run", lying_child(reply(2, 2, [10, 10], b"\xff" * 12)))
    shown = preview_in_child(b"%PDF-", 0, (1.0, 1.0, 2.0, 2.0))
    assert (shown.width, shown.height, shown.rgb) == (2, 2, b"\xff" * 12)


@pytest.mark.parametrize(
    "answer",
    [
        reply(2, 2, [10, 10], b"\x00" * 11),  # one byte short of 2 x 2 RGB
        reply(99999, 1, [10, 10], b"\x00" * 3 * 99999),  # wider than any preview
        reply(1, 1, [-1, 10], b"\x00" * 3),  # a page of negative width
        b"OK\nnot json\n",
        b"NO\n",
    ],
)
def test_a_preview_reply_that_does_not_add_up_is_refused(
    answer: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spawn, "run", lying_child(answer))
    with pytest.raises(PdfNotMade):
        preview_in_child(b"%PDF-", 0, (1.0, 1.0, 2.0, 2.0))
