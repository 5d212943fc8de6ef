"""ODT (OpenDocument text) through the real confined child: body, notes, comments, deletions."""

from __future__ import annotations

import io
import zipfile

from intake_samples import ODS_NAMESPACES, zip_with_zeros

from workstation.intake import extract
from workstation.intake.kinds import detect_kind

BILLION_LAUGHS = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'


def make_odt(body: str, prolog: str = "") -> bytes:
    content = (
        f"{prolog}<office:document-content {ODS_NAMESPACES}><office:body><office:text>"
        f"{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def test_odt_body_notes_comments_and_deleted_text() -> None:
    body = (
        "<text:tracked-changes><text:changed-region><text:deletion>"
        "<text:p>Source: Odile Brandt</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:h>Minutes</text:h>"
        "<text:p>Met the<text:s text:c='2'/>courier<text:note><text:note-body>"
        "<text:p>At dawn.</text:p></text:note-body></text:note> today."
        "<office:annotation><text:p>Ask Ana Ruiz</text:p></office:annotation></text:p>"
    )
    result = extract(make_odt(body), "minutes.odt")
    assert (result.kind, result.reviewable, result.note) == ("odt", True, "")
    assert result.text == (
        "Minutes\nMet the  courierAt dawn. today.\n\n"
        "[comments]\nAsk Ana Ruiz\n\n[deleted text]\nSource: Odile Brandt"
    )
    assert result.details == {"paragraphs": 2, "comments": 1}


def test_hostile_odt_refused_in_one_line() -> None:
    entity = extract(make_odt("<text:p>&lol;</text:p>", BILLION_LAUGHS), "a.odt")
    assert entity.note == (
        "OpenDocument text declares XML entities or a DTD (an entity bomb or external link)"
    )
    bomb = extract(zip_with_zeros(200 * 1024 * 1024), "b.odt")
    assert not bomb.reviewable
    assert "zip bomb" in bomb.note
    assert detect_kind("c.odt", b"not a zip") == "other"
