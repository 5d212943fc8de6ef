"""Page and picture findings through the real command line: intake reads each page as
its layer says and as it shows, the places they part and the pictures without words
are findings with a page and a box, release waits for an editor to black each out or
keep it, and the released file carries no trace of the name for three readers."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pypdfium2
from cli_support import assert_one_line_error, stored_ids
from test_release_pixels import SOURCES_POLICY, legible, ok, release, traces

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pixels"))

from page_samples import (
    SIGNATURE_BOX,
    actual_text,
    docx_with_pictures,
    outlined_name,
    text_and_signature,
)


def two_pages() -> bytes:
    """Page 1: the name hidden behind /ActualText; page 2: a line and a signature."""
    document = pymupdf.open(stream=actual_text(), filetype="pdf")
    document.insert_pdf(pymupdf.open(stream=text_and_signature(), filetype="pdf"))
    return bytes(document.tobytes())


def taken_in_and_scanned(cli: Any, tmp_path: Path, data: bytes, name: str) -> str:
    policies = tmp_path / "vault" / "policies"
    policies.mkdir(exist_ok=True)
    (policies / "newsroom.yaml").write_text(SOURCES_POLICY)
    original = tmp_path / name
    original.write_bytes(data)
    (document_id,) = stored_ids(ok(cli.run("intake", str(original))).stdout)
    ok(cli.run("scan", document_id, "--policy", "newsroom"))
    proposals = json.loads(ok(cli.run("proposals", document_id, "--json")).stdout)
    if any(proposal["state"] == "pending" for proposal in proposals):
        ok(cli.run("decide", document_id, "--all-pending", "accept"))
    return document_id


def page_findings(cli: Any, document_id: str) -> list[dict[str, Any]]:
    listed = json.loads(ok(cli.run("fingerprints", document_id, "--json")).stdout)
    return [f for f in listed["findings"] if f["kind"] in ("page_mismatch", "picture")]


def dark_share(data: bytes, page: int, box: tuple[float, ...]) -> float:
    """The share of dark pixels inside `box` (points) of `page` (0-based), by PDFium."""
    document = pypdfium2.PdfDocument(data)
    image = document[page].render(scale=1).to_pil().convert("L")
    x0, y0, x1, y1 = (round(value) for value in box)
    region = image.crop((x0 + 2, y0 + 2, x1 - 2, y1 - 2))
    pixels = list(region.get_flattened_data())
    return sum(value < 64 for value in pixels) / len(pixels)


def test_intake_scan_decide_black_out_and_keep_approve_release(ready: Any, tmp_path: Path) -> None:
    document_id = taken_in_and_scanned(ready, tmp_path, two_pages(), "original.pdf")
    out = tmp_path / "out"

    found = page_findings(ready, document_id)
    by_code = {finding["code"]: finding for finding in found}
    assert sorted(by_code) == ["page-text-differs", "picture-no-text"]
    differs, signature = by_code["page-text-differs"], by_code["picture-no-text"]
    assert (differs["page"], signature["page"]) == (1, 2)
    assert signature["box"] == list(map(float, SIGNATURE_BOX))
    assert signature["where"] == "page 2, 250-400 x 12-72 pt"
    assert {differs["state"], signature["state"]} == {"pending"}

    refused = release(ready, document_id, out)
    line = assert_one_line_error(refused, "refused", "text-layer or picture finding is pending")
    assert f"first {differs['id']} on page 1" in line
    assert "Vesk" not in line and "Radomir" not in line

    ok(
        ready.run(
            "fingerprints", document_id, "--black-out", signature["id"], "--keep", differs["id"]
        )
    )
    pending = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)["findings"]
    for other in (f["id"] for f in pending if f["state"] == "pending"):
        ok(ready.run("fingerprints", document_id, "--accept", other))
    ok(ready.run("approve", document_id))
    ok(release(ready, document_id, out))

    data = (out / f"{document_id}-redacted.pdf").read_bytes()
    assert traces(data) == []  # the name OCR read on page 1 was proposed and painted
    assert legible(data, "signed it")  # the kept place shows what it showed
    assert dark_share(data, 1, tuple(signature["box"])) > 0.95  # blacked out
    assert dark_share(two_pages(), 1, tuple(signature["box"])) < 0.3  # a scribble before


def test_a_name_drawn_as_outlines_is_proposed_painted_and_checked(
    ready: Any, tmp_path: Path
) -> None:
    document_id = taken_in_and_scanned(ready, tmp_path, outlined_name(), "outlines.pdf")
    proposals = json.loads(ok(ready.run("proposals", document_id, "--json")).stdout)
    assert any(p["state"] == "accepted" for p in proposals)  # the deny-listed name, read
    (shown,) = page_findings(ready, document_id)
    assert shown["code"] == "page-text-not-in-layer"
    ok(ready.run("fingerprints", document_id, "--keep", shown["id"]))  # the page is right
    ok(ready.run("approve", document_id))
    out = tmp_path / "out"

    ok(release(ready, document_id, out))

    data = (out / f"{document_id}-redacted.pdf").read_bytes()
    assert traces(data) == []  # painted over the OCR words' boxes, and the gate read it
    assert legible(data, "signed the manifest")


def test_a_black_out_needs_the_rebuilt_release(ready: Any, tmp_path: Path) -> None:
    document_id = taken_in_and_scanned(ready, tmp_path, text_and_signature(), "signed.pdf")
    (signature,) = page_findings(ready, document_id)
    ok(ready.run("fingerprints", document_id, "--black-out", signature["id"]))
    ok(ready.run("approve", document_id))

    refused = release(ready, document_id, tmp_path, "--keep-text-layer")

    assert_one_line_error(refused, "refused", "black-outs are painted into the pixels")


def test_docx_pictures_are_findings_and_their_words_are_reviewed(
    ready: Any, tmp_path: Path
) -> None:
    document_id = taken_in_and_scanned(ready, tmp_path, docx_with_pictures(), "pictures.docx")
    out = tmp_path / "out"
    pictures = page_findings(ready, document_id)
    assert pictures and {f["code"] for f in pictures} == {"docx-picture-no-text"}
    assert all(f["page"] == 0 and f["box"] == [] for f in pictures)

    refused = release(ready, document_id, out)
    line = assert_one_line_error(refused, "refused", "picture finding is pending")
    assert f"first {pictures[0]['id']} on {pictures[0]['where']}" in line

    kept = [arg for finding in pictures for arg in ("--keep", finding["id"])]
    ok(ready.run("fingerprints", document_id, *kept))
    listed = json.loads(ok(ready.run("fingerprints", document_id, "--json")).stdout)["findings"]
    for other in (f["id"] for f in listed if f["state"] == "pending"):
        ok(ready.run("fingerprints", document_id, "--accept", other))
    ok(ready.run("approve", document_id))
    ok(release(ready, document_id, out))

    data = (out / f"{document_id}-redacted.pdf").read_bytes()
    assert traces(data) == []  # the badge's name, read by OCR, was redacted
    assert legible(data, "port authority")


def test_intake_reads_in_the_policy_languages_and_names_a_missing_package(
    ready: Any, tmp_path: Path
) -> None:
    policies = tmp_path / "vault" / "policies"
    policies.mkdir(exist_ok=True)
    (policies / "welsh.yaml").write_text(
        'id: welsh\nversion: "1"\nextends: default\nocr_languages: [cym]\n'
    )
    original = tmp_path / "signed.pdf"
    original.write_bytes(text_and_signature())

    refused = ready.run("intake", str(original), "--policy", "welsh")

    line = assert_one_line_error(refused, "cym", "tessdata-fast-cym")
    assert "policy welsh" in line
    listed = json.loads(ok(ready.run("list", "--json")).stdout)
    assert listed == []  # nothing was taken in
