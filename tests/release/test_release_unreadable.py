"""A document that cannot be released says what would make it releasable (issue 14, 8).

Scans and pictures are reviewable once OCR reads words on them; one that shows none, a
password-protected PDF or a file type we do not read is stored but cannot be approved
or released, and the refusal names the next step: take in a better copy.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from cli_support import assert_one_line_error, stored_ids


def blank_png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), (250, 250, 250)).save(out, "PNG")
    return out.getvalue()


def image_only_pdf() -> bytes:
    import pymupdf

    with pymupdf.open() as document:
        page = document.new_page(width=595, height=842)
        page.insert_image(pymupdf.Rect(50, 50, 450, 350), stream=blank_png())
        return bytes(document.tobytes())


def encrypted_pdf() -> bytes:
    import pymupdf

    with pymupdf.open() as document:
        document.new_page().insert_text((72, 72), "The budget was approved.")
        return bytes(
            document.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
        )


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("photo.png", blank_png, ("OCR read no words", "take in a sharper scan")),
        ("scan.pdf", image_only_pdf, ("OCR read no words", "take in a sharper scan")),
        ("locked.pdf", encrypted_pdf, ("password-protected", "without the password")),
        ("blob.bin", lambda: b"\x00\x01binary", ("no text extraction", "take in a copy saved as")),
    ],
)
def test_an_unreadable_document_says_what_would_make_it_releasable(
    ready: Any, tmp_path: Path, name: str, make: Any, words: tuple[str, ...]
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    intake = ready.run("intake", str(path))
    assert intake.returncode in (0, 3), intake.stderr  # stored (quietly, for a photo)
    (document_id,) = stored_ids(intake.stdout)
    out = tmp_path / "out"
    out.mkdir()

    released = ready.run("release", document_id, "--format", "txt", "--out", str(out))
    approved = ready.run("approve", document_id)

    line = assert_one_line_error(released, "cannot be released", *words)
    assert "or has no reviewable text" not in line
    assert_one_line_error(approved, "cannot be approved", *words)
    assert list(out.iterdir()) == []
