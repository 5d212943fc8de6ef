"""The public surface of workstation.intake, and the checks made before any parsing."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

import workstation.intake as intake
from workstation.intake import ChildLimits, Extraction, detect_kind, extract

MIB = 1024 * 1024


def test_public_names_are_pinned() -> None:
    assert sorted(intake.__all__) == ["ChildLimits", "Extraction", "detect_kind", "extract"]


def test_result_and_limits_shapes() -> None:
    assert [f.name for f in dataclasses.fields(Extraction)] == [
        "kind",
        "reviewable",
        "text",
        "note",
        "details",
        "regions",
        "readings",
    ]
    assert ChildLimits() == ChildLimits(
        max_input_bytes=64 * MIB,
        max_text_chars=32 * MIB,
        timeout_seconds=60.0,
        memory_bytes=1536 * MIB,
        max_zip_members=2000,
        max_zip_uncompressed=256 * MIB,
        max_zip_ratio=100,
        max_pdf_pages=5000,
        ocr_languages=("eng",),
        pages_per_child=16,
        first_page=0,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        ChildLimits().timeout_seconds = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.txt", b"", "txt"),
        ("A.MD", b"", "md"),
        ("mail.EML", b"From: x", "eml"),
        ("page.htm", b"<html>", "html"),
        ("page.Html", b"", "html"),
        ("memo.docx", b"PK\x03\x04rest", "docx"),
        ("memo.docx", b"%PDF-1.7", "other"),
        ("scan.pdf", b"%PDF-1.7", "pdf"),
        ("scan.pdf", b"not a pdf", "pdf"),
        ("photo.jpg", b"\xff\xd8\xff", "image"),
        ("scan.PNG", b"\x89PNG\r\n\x1a\n", "image"),
        ("photo.webp", b"RIFF\x00\x00\x00\x00WEBP", "image"),
        ("photo.jpg", b"%PDF-1.7", "other"),
        ("no-extension", b"%PDF-1.7", "other"),
        ("archive.tar.gz", b"", "tar"),
        ("archive.zip", b"PK\x03\x04", "zip"),
        ("archive.zip", b"not a zip", "other"),
    ],
)
def test_detect_kind(name: str, head: bytes, kind: str) -> None:
    assert detect_kind(name, head) == kind


def test_unknown_types_are_not_extracted() -> None:
    assert extract(b"\xff\xd8\xff\xe0", "blob.bin") == Extraction(
        "other", False, None, "no text extraction for this type", {}
    )


def test_oversized_input_is_refused_without_starting_a_child(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("a child process was started")

    monkeypatch.setattr(subprocess, "run", no_child)
    limits = ChildLimits(max_input_bytes=MIB)
    result = extract(b"%PDF-1.7" + bytes(3 * MIB), "huge.pdf", limits)
    assert (result.kind, result.reviewable, result.text) == ("pdf", False, None)
    assert result.note == "too large to extract text (4 MB)"


def test_text_over_the_limit_is_refused_not_truncated() -> None:
    result = extract(b"x" * 100, "long.txt", ChildLimits(max_text_chars=99))
    assert (result.reviewable, result.text) == (False, None)
    assert result.note == "extracted text is too large"


def test_importing_intake_loads_no_parser() -> None:
    """The workstation process must never parse documents itself."""
    probe = (
        "import sys, workstation.intake; "
        "print(sorted({'docx', 'pymupdf', 'lxml'} & set(sys.modules)))"
    )
    finished = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert finished.stdout.strip() == "[]"
