"""Hostile versions of the formats taken in (issue 19): each is read as far as is safe, or
refused in one clear line, within the child's limits; never a crash or a traceback.

Zip bombs, entity bombs and huge shared-strings tables are tested beside each format
(test_intake_spreadsheets, _pptx, _odt, _docx); Outlook messages in test_intake_msg; mail
nesting in test_intake_email. Here: what is left, across formats.
"""

from __future__ import annotations

import io
import time
import zipfile

import openpyxl
import pytest
from intake_samples import make_ods, ods_cell
from test_intake_odt import make_odt
from test_intake_pptx import NS, _rels, _text, make_pptx

from workstation.intake import ChildLimits, extract
from workstation.intake.archives import unpack_archive

DEPTH = 100_000
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY ext SYSTEM "http://example.invalid/x">]>'
)


def stored(package: bytes, name: str = "", data: bytes = b"") -> bytes:
    """The package with its parts stored uncompressed (a deep nesting compresses far too
    well: the zip-bomb ratio alone would refuse it), one part replaced."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, data if info.filename == name else source.read(info))
        if name and name not in source.namelist():
            archive.writestr(name, data)
    return buffer.getvalue()


def _workbook(prolog: str = "") -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    sheet = zipfile.ZipFile(buffer).read("xl/worksheets/sheet1.xml").decode()
    return stored(buffer.getvalue(), "xl/worksheets/sheet1.xml", (prolog + sheet).encode())


def test_deeply_nested_xml_is_read_or_refused_in_one_line() -> None:
    started = time.monotonic()
    slide = (
        f"<p:sld {NS}><p:cSld><p:spTree>{'<p:grpSp>' * DEPTH}{_text('deep words')}"
        f"{'</p:grpSp>' * DEPTH}</p:spTree></p:cSld></p:sld>"
    )
    deck = extract(stored(make_pptx(), "ppt/slides/slide2.xml", slide.encode()), "d.pptx")
    assert deck.reviewable and "deep words" in (deck.text or "")
    spans = f"<text:p>{'<text:span>' * DEPTH}deep words{'</text:span>' * DEPTH}</text:p>"
    text = extract(stored(make_odt(spans)), "d.odt")
    assert (text.reviewable, text.note) == (False, "OpenDocument text is nested too deeply to read")
    sections = f"{'<text:section>' * DEPTH}<text:p>deep words</text:p>{'</text:section>' * DEPTH}"
    assert extract(stored(make_odt(sections)), "s.odt").text == "deep words"
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("kind", ["xlsx", "ods", "odt", "pptx"])
def test_an_external_entity_is_refused_in_one_line_in_every_xml_format(kind: str) -> None:
    """An external entity is a link the parser would follow: refused before any is."""
    makers = {
        "xlsx": lambda: _workbook(EXTERNAL_ENTITY),
        "ods": lambda: make_ods(
            {"A": f"<table:table-row>{ods_cell('&ext;')}</table:table-row>"}, EXTERNAL_ENTITY
        ),
        "odt": lambda: make_odt("<text:p>&ext;</text:p>", EXTERNAL_ENTITY),
        "pptx": lambda: make_pptx(EXTERNAL_ENTITY),
    }
    result = extract(makers[kind](), f"linked.{kind}")
    assert (result.reviewable, result.text) == (False, None)
    assert result.note.endswith("declares XML entities or a DTD (an entity bomb or external link)")


def test_a_deck_never_follows_an_external_relationship() -> None:
    """A slide whose notes "live" at an address: the deck is read, the address is not."""
    rels = _rels(("rId1", "notesSlide", "http://example.invalid/notes.xml")).replace(
        '"/>', '" TargetMode="External"/>'
    )
    deck = stored(make_pptx(), "ppt/slides/_rels/slide2.xml.rels", rels.encode())
    result = extract(deck, "linked.pptx")
    assert result.reviewable and result.text is not None
    assert "Odile Brandt signs" in result.text and "Do not mention" not in result.text


def test_a_csv_cell_bomb_is_refused_in_one_line() -> None:
    result = extract(b"a" + b"," * 30_000_000 + b"\n", "bomb.csv")
    assert (result.reviewable, result.note) == (
        False,
        "CSV file has too many cells to lay out (looks like a cell bomb)",
    )


def test_a_mailbox_with_more_messages_than_allowed_is_refused_in_one_line() -> None:
    mbox = b"".join(b"From a@example.org\nSubject: %d\n\nbody\n" % n for n in range(5))
    unpacked = unpack_archive(mbox, "mbox", ChildLimits(max_zip_members=4))
    assert (unpacked.members, unpacked.note) == (
        [],
        "Mailbox has too many parts (looks like a zip bomb)",
    )
