"""A document that cannot be released says what would make it releasable (issue 14, 8).

Scans and pictures are reviewable: OCR reads their words, and a picture that shows none
is a picture finding an editor blacks out or keeps (issue 13). A password-protected PDF
or a file type we do not read is stored but cannot be approved or released, and the
refusal names the next step: take in a better copy.
"""

from __future__ import annotations

import io
import json
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


@pytest.mark.parametrize(("name", "make"), [("photo.png", blank_png), ("scan.pdf", image_only_pdf)])
def test_a_picture_without_words_is_released_once_an_editor_decides_it(
    ready: Any, tmp_path: Path, name: str, make: Any
) -> None:
    """No word to read is no longer a dead end: the picture is a finding with its page and
    box, release waits for it by name, and blacked out it is released."""
    path = tmp_path / name
    path.write_bytes(make())
    (document_id,) = stored_ids(ready.run("intake", str(path)).stdout)
    assert ready.run("scan", document_id).returncode == 0
    listed = json.loads(ready.run("fingerprints", document_id, "--json").stdout)["findings"]
    (picture,) = [f for f in listed if f["kind"] == "picture"]
    assert picture["page"] == 1 and len(picture["box"]) == 4
    out = tmp_path / "out"
    out.mkdir()

    refused = ready.run("release", document_id, "--format", "pdf", "--out", str(out))
    line = assert_one_line_error(refused, "no text-layer or picture finding is pending")
    assert picture["id"] in line and list(out.iterdir()) == []

    assert ready.run("fingerprints", document_id, "--black-out", picture["id"]).returncode == 0
    assert ready.run("approve", document_id).returncode == 0
    released = ready.run("release", document_id, "--format", "pdf", "--out", str(out))
    assert released.returncode == 0, released.stderr
    assert (out / f"{document_id}-redacted.pdf").read_bytes().startswith(b"%PDF")
