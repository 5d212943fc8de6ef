"""A source's name hidden in a PDF from one reader or another, released as PDF.

The rebuilt release (the default) paints the pages as pictures; `--keep-text-layer`
redacts the original in place. Either way the hostile reader must not find the name
with pypdf, PyMuPDF, in any decompressed stream, or by OCR of a PDFium rendering (as it
is, with the contrast stretched, turned), or the release must be refused cleanly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hidden_name_pdfs import (
    name_in_form_or_annotation,
    name_in_text,
    name_in_the_object_graph,
    name_picture,
)
from hostile_reader import decided, pdf_views, release, sightings

ORIGINALS = {
    "faint-picture": lambda: name_picture(grey=0.9),
    "small-picture": lambda: name_picture(size=5),
    "turned-picture": lambda: name_picture(rotate=90),
    "off-page": lambda: name_in_text("off-page"),
    "under-white-box": lambda: name_in_text("under-white-box"),
    "invisible-render-mode": lambda: name_in_text("invisible-render-mode"),
    "free-text-annotation": lambda: name_in_form_or_annotation("free-text-annotation"),
    "hidden-layer": lambda: name_in_text("hidden-layer"),
    "form-field": lambda: name_in_form_or_annotation("form-field"),
    "font-name": lambda: name_in_the_object_graph("font-name"),
    "marked-content": lambda: name_in_the_object_graph("marked-content"),
}
CASES = [
    ("small-picture", "rebuilt"), ("turned-picture", "rebuilt"),
    ("free-text-annotation", "rebuilt"),
    ("hidden-layer", "keep-text-layer"), ("form-field", "keep-text-layer"),
    ("off-page", "keep-text-layer"), ("under-white-box", "keep-text-layer"),
    ("invisible-render-mode", "keep-text-layer"),
    ("font-name", "keep-text-layer"), ("marked-content", "keep-text-layer"),
]
"""Also tried once in both modes and stopped (kept out of the suite for time): the name
clipped away, at 0.5 pt, in white; a sticky note; every case above in the other mode."""
LEAKS: dict[tuple[str, str], str] = {}


def case(original: str, mode: str) -> Any:
    reason = LEAKS.get((original, mode))
    marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []
    return pytest.param(original, mode, marks=marks, id=f"{original}-{mode}")


@pytest.mark.parametrize(
    ("original", "mode"),
    [case(o, m) for o, m in CASES],
)
def test_a_name_hidden_in_a_pdf_is_not_released(
    ready: Any, tmp_path: Path, original: str, mode: str
) -> None:
    document_id = decided(ready, tmp_path, ORIGINALS[original](), "original.pdf")
    out = tmp_path / "out"
    extra = ("--keep-text-layer",) if mode == "keep-text-layer" else ()

    result = release(ready, document_id, out, "pdf", *extra)

    if result.returncode != 0:
        assert "Vesk" not in result.stderr and "Radomir" not in result.stderr
        assert list(out.iterdir()) == []
        return
    released = (out / f"{document_id}-redacted.pdf").read_bytes()
    assert sightings(pdf_views(released)) == []


def test_a_faint_picture_of_the_name_is_not_released(ready: Any, tmp_path: Path) -> None:
    document_id = decided(ready, tmp_path, ORIGINALS["faint-picture"](), "original.pdf")
    out = tmp_path / "out"

    result = release(ready, document_id, out, "pdf")

    if result.returncode != 0:
        assert "Vesk" not in result.stderr and list(out.iterdir()) == []
        return
    released = (out / f"{document_id}-redacted.pdf").read_bytes()
    assert sightings(pdf_views(released)) == []
