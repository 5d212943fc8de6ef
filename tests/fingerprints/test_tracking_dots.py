"""Printer tracking dots: a real DEDA dot pattern found in image files and in images inside
PDFs and DOCX (through the confined child), decoded, cleaned, and no false alarms."""

from __future__ import annotations

import io

import numpy as np
import pytest
from dotted import (
    DECODED_SERIAL,
    DPI,
    PRINTED,
    docx_with_scan,
    pdf_with_scan,
    scan_png,
)
from PIL import Image

from workstation.fingerprints.originals.dots import DotReader, clean_dots, yellow_mask
from workstation.intake.inspection import inspect


def dots_in(name: str, data: bytes) -> list[tuple[str, str]]:
    """(where, value) of each tracking-dots finding the child reports."""
    inspection = inspect(data, name)
    assert inspection.note == ""
    return [(f.where, f.value) for f in inspection.findings if f.kind == "tracking_dots"]


@pytest.mark.parametrize(
    ("name", "make", "where"),
    [
        ("scan.png", lambda png: png, "image"),
        ("memo.pdf", pdf_with_scan, "page 1 image "),
        ("memo.docx", docx_with_scan, "word/media/image1.png"),
    ],
)
def test_a_deda_dot_pattern_is_found_and_decoded(name: str, make: object, where: str) -> None:
    assert callable(make)
    ((found_where, value),) = dots_in(name, make(scan_png(dots=True)))

    assert found_where.startswith(where)
    assert DECODED_SERIAL in value and PRINTED in value and "Epson" in value


@pytest.mark.parametrize(
    ("name", "make"), [("scan.png", lambda png: png), ("memo.pdf", pdf_with_scan)]
)
def test_a_clean_scan_with_a_yellow_logo_is_no_false_alarm(name: str, make: object) -> None:
    assert callable(make)
    png = scan_png(dots=False)
    assert int(yellow_mask(np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))).sum()) > 1000

    assert dots_in(name, make(png)) == []


def test_scattered_yellow_specks_are_not_a_dot_grid() -> None:
    """Random yellow specks (dust, a yellowed scan): DEDA finds no pattern, and they have
    no periodic peak."""
    rng = np.random.default_rng(7)
    page = np.full((600, 480, 3), 250, dtype=np.uint8)
    for y, x in zip(rng.integers(0, 598, 400), rng.integers(0, 478, 400), strict=True):
        page[y : y + 2, x : x + 2] = (250, 245, 120)
    assert DotReader().findings(Image.fromarray(page), "scan", dpi=100) == []


def test_a_regular_grid_deda_does_not_know_is_reported_undecoded() -> None:
    """Another printer's scheme: a yellow grid every 32 pixels, no DEDA pattern."""
    page = np.full((600, 480, 3), 250, dtype=np.uint8)
    page[100:110, 40:440] = 20
    for y in range(8, 600, 32):
        for x in range(8, 480, 32):
            if (x * 7 + y * 3) % 5:
                page[y : y + 2, x : x + 2] = (250, 245, 120)

    (finding,) = DotReader().findings(Image.fromarray(page), "scan", dpi=100)

    assert finding.code == "tracking-dots" and "not decoded" in finding.value


def test_past_the_time_budget_yellow_specks_count_as_dots() -> None:
    """A document with many scans must not run the child out of time, nor slip through."""
    reader = DotReader(budget_seconds=0.0)
    scan = Image.open(io.BytesIO(scan_png(dots=True)))

    (finding,) = reader.findings(scan, "page 9 image 4")

    assert "time limit" in finding.value and finding.where == "page 9 image 4"
    assert DotReader(budget_seconds=0.0).findings(
        Image.open(io.BytesIO(scan_png(dots=False))), "clean"
    ) == []


def test_cleaning_removes_the_dots_and_keeps_the_print() -> None:
    from workstation.fingerprints.originals import deda

    scan = Image.open(io.BytesIO(scan_png(dots=True)))
    cleaned_png = clean_dots(scan)
    assert cleaned_png is not None
    cleaned = np.asarray(Image.open(io.BytesIO(cleaned_png)).convert("RGB"))
    original = np.asarray(scan.convert("RGB"))

    assert deda.decode(original, DPI) is not None
    assert deda.decode(cleaned, DPI) is None
    assert DotReader().findings(Image.fromarray(cleaned), "cleaned", DPI) == []
    dark = (original.max(axis=2) < 100).sum()  # text; a dot on a letter takes a pixel
    assert dark > 1000 and abs(int((cleaned.max(axis=2) < 100).sum()) - int(dark)) < dark * 0.05
    logo = int(yellow_mask(np.asarray(Image.open(io.BytesIO(scan_png(False))))).sum())
    assert int(yellow_mask(cleaned).sum()) >= logo * 0.95  # the yellow logo stays
    assert clean_dots(Image.open(io.BytesIO(scan_png(dots=False)))) is None


def test_deda_is_not_loaded_for_a_scan_without_yellow_specks() -> None:
    """The speck count gates DEDA's two-second import: a black-and-white scan (and a
    yellow logo, which is no speck) never loads it."""
    import subprocess
    import sys

    script = (
        "import io, sys; from PIL import Image; "
        "from workstation.fingerprints.originals.dots import DotReader; "
        "page = Image.new('RGB', (1200, 1200), 'white'); "
        "page.paste((20, 20, 20), (100, 100, 900, 130)); "
        "page.paste((255, 217, 0), (300, 300, 500, 400)); "
        "assert DotReader().findings(page, 'scan', 300) == []; "
        "print('libdeda' in sys.modules, 'cv2' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["False", "False"]
