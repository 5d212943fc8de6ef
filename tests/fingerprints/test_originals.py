"""Original files: metadata and hidden content, found by the confined child."""

from __future__ import annotations

import json

from corpus import (
    AUTHOR,
    COMMENTER,
    EDITOR,
    docx_with_author_comments_and_tracked_changes,
    jpeg_with_gps,
    pdf_with_layer_javascript_and_an_incremental_update,
    pdf_with_metadata_attachment_and_white_text,
)

from workstation.fingerprints.originals.codes import MAX_REPLY_BYTES
from workstation.intake import ChildLimits, protocol
from workstation.intake.inspection import inspect, inspection_kind
from workstation.intake.outcome import Refused
from workstation.intake.sandbox import run_job

EMAIL = b"""Received: from WS-FIN-114.corp.minint.example ([10.20.30.114]) by
\tEXCH-CAS02.corp.minint.example ([192.0.2.41]) with mapi; Tue, 27 Oct 2009 16:42:11 +0100
From: Lidija <l@minint.example>
Message-ID: <7C4E19A2@EXCH-CAS02.corp.minint.example>
X-Mailer: Microsoft Office Outlook 12.0
X-Originating-IP: [10.20.30.114]
Subject: hello

Body.
"""


def by_code(name: str, data: bytes) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for finding in inspect(data, name).findings:
        found.setdefault(finding.code, []).append(finding)
    return found


def test_docx_author_comments_tracked_changes_and_hidden_text() -> None:
    found = by_code("memo.docx", docx_with_author_comments_and_tracked_changes())
    properties = {f.where.split()[-1]: f.value for f in found["docx-core-property"]}
    assert properties["creator"] == AUTHOR and properties["lastModifiedBy"] == EDITOR
    (comments,) = found["docx-comments"]
    assert comments.count == 1 and comments.value == COMMENTER
    assert comments.kind == "hidden_content" and comments.where == "word/comments.xml"
    (changes,) = found["docx-tracked-changes"]
    assert changes.count == 2 and changes.value == EDITOR and changes.where == "word/document.xml"
    assert found["docx-hidden-text"][0].count == 1


def test_pdf_metadata_attachment_white_text_and_off_page_text() -> None:
    found = by_code("report.pdf", pdf_with_metadata_attachment_and_white_text())
    info = {f.where: f.value for f in found["pdf-info"]}
    assert info["Info author"] == AUTHOR and info["Info title"] == "Q3"
    assert found["pdf-attachment"][0].value == "recipients.txt"
    assert found["pdf-white-text"][0].where == "page 1"
    assert found["pdf-text-outside-page"][0].where == "page 1"
    annotations = found["pdf-annotations"][0]
    assert annotations.count == 1 and COMMENTER in annotations.value


def test_pdf_layers_javascript_and_incremental_revisions() -> None:
    found = by_code("revised.pdf", pdf_with_layer_javascript_and_an_incremental_update())
    (layers,) = found["pdf-layers"]
    assert layers.value == "draft notes" and layers.where == "1 hidden"
    assert found["pdf-javascript"][0].count == 1
    assert found["pdf-revisions"][0].count == 2
    assert found["pdf-info"][0].value == "second revision"


def test_image_exif_gps_camera_and_serial() -> None:
    found = by_code("photo.jpg", jpeg_with_gps())
    assert found["exif-gps"][0].value == "52.52000, 13.41000"
    assert "Canon EOS 5D" in found["exif-camera"][0].value
    assert found["exif-serial"][0].value == "083041002345"
    assert all(f.kind == "image_metadata" for f in found["exif-gps"])


def test_email_trace_headers_and_internal_hosts() -> None:
    found = by_code("mail.eml", EMAIL)
    assert "WS-FIN-114.corp.minint.example" in found["email-received"][0].value
    internal = found["email-internal-host"][0].value
    assert "10.20.30.114" in internal and "EXCH-CAS02.corp.minint.example" in internal
    assert found["email-client"][0].value == "Microsoft Office Outlook 12.0"
    assert "email-message-id" in found and "email-originating-ip" in found


def test_plain_text_and_unknown_files_are_not_inspected() -> None:
    assert inspection_kind("notes.txt", b"hello") == ""
    assert inspection_kind("blob.bin", b"\x00\x01") == ""
    assert inspection_kind("photo", b"\xff\xd8\xff\xe0") == "image"
    assert inspect(b"hello", "notes.txt").findings == []


def test_a_broken_original_is_one_fixed_note_not_a_crash() -> None:
    broken = inspect(b"%PDF-1.7\n" + b"\x00garbage" * 50, "x.pdf")
    assert broken.findings == [] and broken.note
    assert "garbage" not in broken.note
    not_a_zip = inspect(b"PK\x03\x04 not really a zip", "x.docx")
    assert not_a_zip.findings == [] and "zip" in not_a_zip.note.lower()


def test_the_parent_refuses_replies_it_did_not_expect() -> None:
    unknown_code = json.dumps(
        {"ok": True, "findings": [{"code": "made-up", "where": "", "count": 1, "value": ""}]}
    ).encode()
    for reply in (unknown_code, b"not json", b'{"ok": true}', b'{"ok": true, "findings": 3}'):
        try:
            protocol.decode_inspection(reply)
        except protocol.BadReply:
            continue
        raise AssertionError(reply)
    too_long = json.dumps(
        {
            "ok": True,
            "findings": [{"code": "pdf-info", "where": "", "count": 1, "value": "x" * 10_000}],
        }
    ).encode()
    try:
        protocol.decode_inspection(too_long)
    except protocol.BadReply:
        pass
    else:
        raise AssertionError("an oversized value was accepted")


def test_a_child_that_floods_its_reply_is_cut_off() -> None:
    """The reply is read up to a cap: a (subverted) child writing more reads as a crash."""
    limits = ChildLimits(timeout_seconds=20)
    # A text "extraction" of 2 MB with a reply cap of 1 MB: the child is cut off.
    outcome = run_job("txt", b"a" * (2 * MAX_REPLY_BYTES), limits, MAX_REPLY_BYTES)
    assert isinstance(outcome, Refused) and outcome.code == "crashed"
    small = run_job("txt", b"short text", limits, MAX_REPLY_BYTES)
    assert not isinstance(small, Refused) and small.returncode == 0
