"""Long PDFs and scans are read slice by slice, one confined child per slice, so a long
scan is not cut off by one child's time limit while each child keeps every limit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pymupdf
import pytest

from workstation.intake import ChildLimits, extract, pipeline
from workstation.intake.outcome import PageReading, PageRegion, Parsed, Refused

PAGES = 60


def scan(pages: int) -> bytes:
    """A scanned PDF: each page one picture of a numbered line, no text layer."""
    document = pymupdf.open()
    for number in range(1, pages + 1):
        source = pymupdf.open()
        source.new_page(width=300, height=50).insert_text(
            (15, 30), f"Log page {number}", fontsize=14
        )
        page = document.new_page(width=300, height=50)
        page.insert_image(page.rect, pixmap=source[0].get_pixmap(dpi=150))
    return bytes(document.tobytes())


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first page each intake child was asked to read (the real children run)."""
    asked: list[int] = []
    real = pipeline.run_child

    def counted(kind: str, data: bytes, limits: ChildLimits) -> Any:
        asked.append(limits.first_page)
        return real(kind, data, limits)

    monkeypatch.setattr(pipeline, "run_child", counted)
    return asked


def test_a_sixty_page_scan_is_read_by_one_child_per_slice_in_order(children: list[int]) -> None:
    result = extract(scan(PAGES), "scan.pdf")

    assert result.reviewable and result.details == {"pages": PAGES}
    # One child per slice, each starting where the last stopped (a slice is shorter
    # than `pages_per_child` only when the machine is too busy to read it in time).
    assert children[0] == 0 and children == sorted(set(children))
    assert len(children) >= PAGES // ChildLimits().pages_per_child
    pages = result.text.split("\f")
    assert [page.strip() for page in pages] == [f"Log page {n}" for n in range(1, PAGES + 1)]


def test_slices_follow_the_limit(children: list[int]) -> None:
    result = extract(scan(5), "scan.pdf", ChildLimits(pages_per_child=2))
    assert children == [0, 2, 4]
    assert result.text.count("\f") == 4
    # Each slice's OCR readings are kept, one a page, each word on a word of its page.
    assert result.readings is not None
    assert [reading.page for reading in result.readings] == [1, 2, 3, 4, 5]
    pages = result.text.split("\f")
    for reading in result.readings:
        words = [pages[reading.page - 1][start:end] for start, end, *_ in reading.words]
        assert words == pages[reading.page - 1].split()
        assert all(0 <= confidence <= 100 for _, _, confidence, *_ in reading.words)


def test_a_slice_sending_a_reading_of_a_page_it_did_not_read_keeps_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pipeline.run_child

    def misplaced(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
        outcome = real(kind, data, limits)
        if isinstance(outcome, Refused) or not limits.first_page:
            return outcome
        return replace(
            outcome, readings=(PageReading(1, (300.0, 50.0), ((0, 3, 90.0, 1, 1, 2, 2),)),)
        )

    monkeypatch.setattr(pipeline, "run_child", misplaced)
    result = extract(scan(3), "scan.pdf", ChildLimits(pages_per_child=2))
    assert result.reviewable and result.readings is None  # scanning reads them instead


def test_a_child_claiming_more_pages_than_allowed_reads_as_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def lying(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
        return Parsed("x", {"pages": limits.max_pdf_pages + 1, "pages_read": 1})

    monkeypatch.setattr(pipeline, "run_child", lying)
    result = extract(scan(1), "scan.pdf")
    assert (result.reviewable, result.note) == (False, "PDF could not be read (parser crashed)")


def test_a_child_that_reads_nothing_cannot_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def stuck(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
        calls.append(limits.first_page)
        return Parsed("", {"pages": 3, "pages_read": 0})

    monkeypatch.setattr(pipeline, "run_child", stuck)
    assert not extract(scan(1), "scan.pdf").reviewable
    assert calls == [0]


def test_a_refused_slice_refuses_the_whole_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.run_child

    def second_times_out(kind: str, data: bytes, limits: ChildLimits) -> Parsed | Refused:
        return Refused("timeout") if limits.first_page else real(kind, data, limits)

    monkeypatch.setattr(pipeline, "run_child", second_times_out)
    result = extract(scan(3), "scan.pdf", ChildLimits(pages_per_child=2))
    assert (result.reviewable, result.text) == (False, None)
    assert "took longer than" in result.note


def test_too_many_regions_become_one_per_page_and_code() -> None:
    many = [
        PageRegion("page-text-differs", 1 + n % 2, (n, 10.0, n + 5.0, 20.0))
        for n in range(pipeline.MAX_DOCUMENT_REGIONS + 1)
    ]
    assert pipeline.collapsed(many[:10]) == tuple(many[:10])
    united = pipeline.collapsed(many)
    last = pipeline.MAX_DOCUMENT_REGIONS
    assert united == (
        PageRegion("page-text-differs", 1, (0.0, 10.0, last + 5.0, 20.0)),
        PageRegion("page-text-differs", 2, (1.0, 10.0, last - 1 + 5.0, 20.0)),
    )
