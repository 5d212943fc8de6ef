"""Document text stays in the returned text: never in notes, never in files on disk."""

from __future__ import annotations

import io
import os
import tempfile
import time
import zipfile
from pathlib import Path

import pymupdf
import pytest
from intake_samples import MARKER, make_docx, make_eml, make_pdf, nested_eml
from outside_reads import skip_the_checkouts_folder

from workstation.intake import ChildLimits, Extraction, extract


def _fake_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{MARKER}.xml", MARKER)
    return buffer.getvalue()


DOCUMENTS = {
    "plain.txt": f"source: {MARKER}\n".encode(),
    "legacy.md": f"\u201c{MARKER}\u201d".encode("cp1252"),
    "binary.txt": MARKER.encode() + b"\x00\x01\xff",
    "page.html": f"<title>{MARKER}</title><p>{MARKER}</p>".encode(),
    "tip.eml": make_eml(),
    "forwarded.eml": nested_eml(8),
    "memo.docx": make_docx([MARKER], table=[[MARKER]]),
    "fake.docx": _fake_docx(),
    "report.pdf": make_pdf([MARKER, MARKER]),
    "locked.pdf": make_pdf([MARKER], encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u"),
    f"{MARKER}.pdf": b"%PDF-1.4\n" + MARKER.encode() * 100,
}


@pytest.fixture(scope="module")
def extracted() -> tuple[float, dict[str, Extraction]]:
    """Extract every document once; the start time bounds the temp-dir search."""
    started = time.time() - 1
    results = {name: extract(data, name, ChildLimits()) for name, data in DOCUMENTS.items()}
    return started, results


@pytest.mark.parametrize("name", DOCUMENTS)
def test_notes_never_quote_the_document(
    name: str, extracted: tuple[float, dict[str, Extraction]]
) -> None:
    result = extracted[1][name]
    assert MARKER not in result.note
    assert all(MARKER not in key for key in result.details)
    if not result.reviewable:
        assert result.text is None


def test_both_outcomes_are_covered(extracted: tuple[float, dict[str, Extraction]]) -> None:
    reviewable = {name for name, result in extracted[1].items() if result.reviewable}
    assert reviewable == {
        "plain.txt",
        "legacy.md",
        "page.html",
        "tip.eml",
        "forwarded.eml",
        "memo.docx",
        "report.pdf",
    }
    assert all(MARKER in (extracted[1][name].text or "") for name in reviewable - {"forwarded.eml"})


def test_no_temporary_file_holds_document_text(
    extracted: tuple[float, dict[str, Extraction]],
) -> None:
    started = extracted[0]
    needles = (MARKER.encode(), MARKER.encode("utf-16-le"))
    for path in _recent_files(Path(tempfile.gettempdir()), started):
        assert MARKER not in path.name
        assert not any(needle in _head(path) for needle in needles), path


def _recent_files(root: Path, since: float) -> list[Path]:
    found = []
    for directory, subfolders, names in os.walk(root):
        skip_the_checkouts_folder(directory, subfolders)
        for name in names:
            path = Path(directory, name)
            try:
                if path.is_file() and path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(16 * 1024 * 1024)
    except OSError:
        return b""
