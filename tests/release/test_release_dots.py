"""Printer tracking dots end to end: intake, the `fingerprints` listing, and a PDF release
that carries no dots, checked by reading the released PDF back with pypdf and running
DEDA on its images."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pypdf
import pytest
from cli_support import assert_one_line_error, stored_ids
from dotted import (
    DECODED_SERIAL,
    DPI,
    MEMO_LINE,
    PRINTED,
    docx_with_scan,
    pdf_with_scan,
    scan_png,
)
from page_decisions import decide_page_findings

from workstation.fingerprints.originals import deda
from workstation.intake.inspection import inspect
from workstation.release import gate


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def taken_in(cli: Any, tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    (document_id,) = stored_ids(ok(cli.run("intake", str(path))).stdout)
    return str(document_id)


def dot_findings(cli: Any, document_id: str, *flags: str) -> list[dict[str, Any]]:
    listed = json.loads(ok(cli.run("fingerprints", document_id, "--json", *flags)).stdout)
    return [f for f in listed["findings"] if f["kind"] == "tracking_dots"]


@pytest.mark.parametrize(
    ("name", "make", "where"),
    [
        ("scan.png", lambda png: png, "image"),
        ("memo.pdf", pdf_with_scan, "page 1 image"),
        ("memo.docx", docx_with_scan, "word/media/image1.png"),
    ],
)
def test_the_fingerprints_listing_shows_where_the_dots_are(
    ready: Any, tmp_path: Path, name: str, make: Any, where: str
) -> None:
    document_id = taken_in(ready, tmp_path, name, make(scan_png(dots=True)))

    listed = ok(ready.run("fingerprints", document_id))

    assert "tracking_dots" in listed.stdout and where in listed.stdout
    assert DECODED_SERIAL not in listed.stdout + listed.stderr  # a value: only on request
    (finding,) = dot_findings(ready, document_id)
    assert finding["state"] == "pending" and finding["where"].startswith(where)
    assert "value" not in finding
    (shown,) = dot_findings(ready, document_id, "--values")
    assert DECODED_SERIAL in shown["value"] and PRINTED in shown["value"]


def released_images(pdf: bytes) -> list[np.ndarray]:
    """Every image of a released PDF as RGB, read with pypdf (not the library that wrote it)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    images = [image.image for page in reader.pages for image in page.images]
    return [np.asarray(image.convert("RGB")) for image in images if image is not None]


def test_a_pdf_release_carries_no_dots(ready: Any, tmp_path: Path) -> None:
    document_id = taken_in(ready, tmp_path, "memo.pdf", pdf_with_scan(scan_png(dots=True)))
    assert "0 proposals" in ok(ready.run("scan", document_id)).stdout  # nobody named
    (dots,) = dot_findings(ready, document_id)
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "pdf", "--out", str(out))
    assert_one_line_error(ready.run("approve", document_id), "pending", dots["id"])
    assert_one_line_error(ready.run(*release), "refused")
    ok(ready.run("fingerprints", document_id, "--accept", dots["id"]))
    # The scan shows a heading its text layer does not hold: the page is right, keep it.
    assert decide_page_findings(ready, document_id, "--keep")
    ok(ready.run("approve", document_id))

    ok(ready.run(*release))
    ok(ready.run(*release, "--keep-text-layer", "--name", "layer"))

    for name in (f"{document_id}-redacted", "layer"):
        data = (out / f"{name}.pdf").read_bytes()
        images = released_images(data)
        assert images  # the scan is still there, cleaned
        for rgb in images:
            assert deda.decode(rgb, DPI) is None
            assert deda.decode(rgb, DPI / 2) is None
        assert [f for f in inspect(data, "out.pdf").findings if f.kind == "tracking_dots"] == []
        manifest = json.loads((out / f"{name}.pdf.manifest.json").read_text())
        assert "tracking_dots" not in json.dumps(manifest)  # counts stay in the vault
        text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
        kept = " ".join(text.split()) == MEMO_LINE
        assert kept if name == "layer" else text == ""  # text layer kept only when asked

    # An editor who rejects the finding keeps the dots: released as they are, counted.
    ok(ready.run("fingerprints", document_id, "--reject", dots["id"]))
    ok(ready.run("approve", document_id))  # the decision changed: approve again
    ok(ready.run(*release, "--name", "kept"))
    data = (out / "kept.pdf").read_bytes()
    assert any(deda.decode(rgb, DPI) is not None for rgb in released_images(data))
    audit = json.loads(ok(ready.run("audit", "show", "--json", "--unlock")).stdout)
    released = [e for e in audit if e["action"] == "document.release"]
    assert "removed_tracking_dots" in released[0]["details"]
    assert "removed_tracking_dots" not in released[-1]["details"]  # kept, and counted so


def test_the_gate_refuses_a_pdf_whose_images_still_carry_dots() -> None:
    """The gate's own check on a PDF with a dotted scan: refused, in one line, by place."""
    found = inspect(pdf_with_scan(scan_png(dots=True)), "out.pdf").findings
    dotted = [finding for finding in found if finding.kind == "tracking_dots"]
    assert dotted

    check = gate.no_original_fingerprints(dotted, allowed=())

    assert not check.passed
    assert "tracking_dots" in check.detail and "page 1 image" in check.detail
    assert "release as txt or md" in check.detail
    assert DECODED_SERIAL not in check.detail and "\n" not in check.detail
    assert gate.no_original_fingerprints([], allowed=(), note="timed out").passed is False
    clean = inspect(pdf_with_scan(scan_png(dots=False)), "out.pdf")
    assert [finding for finding in clean.findings if finding.kind == "tracking_dots"] == []
