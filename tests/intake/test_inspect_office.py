"""Presentation and document originals (PPTX, ODT, RTF), and the package parts every office
file shares (thumbnail, printer settings, in XLSX and ODS too): who made and last saved
the file, its company, custom properties, revision ids, found by the confined child."""

from __future__ import annotations

import io

import openpyxl
from intake_samples import ODS_NAMESPACES, make_ods, replace_part
from test_intake_odt import make_odt
from test_intake_pptx import make_pptx

from workstation.fingerprints.finding import FingerprintFinding
from workstation.intake.inspection import inspect, inspection_kind

CORE = (
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Author'
    b"</dc:creator><cp:lastModifiedBy>Piet Smit</cp:lastModifiedBy><cp:revision>7"
    b"</cp:revision></cp:coreProperties>"
)
APP = (
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"><Company>Harbour Authority</Company><TotalTime>0</TotalTime>'
    b"</Properties>"
)
CUSTOM = (
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'custom-properties"><property name="TrackingId" pid="2"/></Properties>'
)
AUTHORS = (
    b'<p:cmAuthorLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
    b'<p:cmAuthor id="0" name="Odile Brandt"/><p:cmAuthor id="1" name="Ana Ruiz"/>'
    b"</p:cmAuthorLst>"
)
ODT_META = (
    f"<office:document-meta {ODS_NAMESPACES}><office:meta>"
    "<meta:initial-creator>Jane Author</meta:initial-creator><dc:creator>Piet Smit</dc:creator>"
    "<meta:printed-by>Ana Ruiz</meta:printed-by>"
    '<meta:user-defined meta:name="Classification">secret</meta:user-defined>'
    "</office:meta></office:document-meta>"
)
RTF = (
    rb"{\rtf1\ansi{\info{\author Jos\'e9 Ruiz}{\operator Piet Smit}{\company Harbour}"
    rb"}{\*\generator Msftedit 5.41.21.2510;}"
    rb"{\*\rsidtbl \rsid1181 \rsid2222 \rsid3333}{\*\userprops {\propname Desk}\proptype30"
    rb"{\staticval B}}\pard\insrsid1181 Hello {\*\atnauthor Ana Ruiz}world}"
)


def found(name: str, data: bytes) -> list[tuple[str, str, int, str]]:
    inspection = inspect(data, name)
    assert inspection.note == ""
    return [(f.code, f.where, f.count, f.value) for f in inspection.findings]


def with_parts(package: bytes, parts: dict[str, bytes]) -> bytes:
    for name, data in parts.items():
        package = replace_part(package, name, data)
    return package


def test_a_deck_names_its_author_editor_company_commenters_thumbnail_and_printer() -> None:
    deck = with_parts(
        make_pptx(),
        {
            "docProps/core.xml": CORE,
            "docProps/app.xml": APP,
            "docProps/custom.xml": CUSTOM,
            "docProps/thumbnail.jpeg": b"\xff\xd8\xff\xe0 a picture",
            "ppt/printerSettings/printerSettings1.bin": b"\\\\PRINTSRV\\Floor3",
            "ppt/commentAuthors.xml": AUTHORS,
            "ppt/embeddings/oleObject1.bin": b"\0",
        },
    )
    assert inspection_kind("deck.pptx", deck[:1024]) == "pptx"
    assert found("deck.pptx", deck) == [
        ("office-property", "docProps/core.xml creator", 1, "Jane Author"),
        ("office-property", "docProps/core.xml lastModifiedBy", 1, "Piet Smit"),
        ("office-property", "docProps/core.xml revision", 1, "7"),
        ("office-property", "docProps/app.xml Company", 1, "Harbour Authority"),
        ("office-custom-property", "docProps/custom.xml", 1, "TrackingId"),
        ("office-thumbnail", "docProps/thumbnail.jpeg", 1, ""),
        ("office-printer", "ppt/printerSettings/", 1, ""),
        ("office-comment-authors", "ppt/commentAuthors.xml", 2, "Ana Ruiz, Odile Brandt"),
        ("office-embedded-file", "ppt/embeddings/", 1, "oleObject1.bin"),
    ]


def test_an_odt_names_its_creators_printer_custom_fields_and_thumbnail() -> None:
    document = with_parts(
        make_odt("<text:p>Minutes</text:p>"),
        {"meta.xml": ODT_META.encode(), "Thumbnails/thumbnail.png": b"\x89PNG\r\n\x1a\n"},
    )
    assert found("minutes.odt", document) == [
        ("office-property", "meta.xml initial-creator", 1, "Jane Author"),
        ("office-property", "meta.xml creator", 1, "Piet Smit"),
        ("office-property", "meta.xml printed-by", 1, "Ana Ruiz"),
        ("office-custom-property", "meta.xml", 1, "Classification"),
        ("office-thumbnail", "Thumbnails/thumbnail.png", 1, ""),
    ]


def test_an_rtf_names_its_info_group_revision_ids_properties_and_commenters() -> None:
    assert found("letter.rtf", RTF) == [
        ("office-property", "\\info author", 1, "José Ruiz"),
        ("office-property", "\\info last saved by", 1, "Piet Smit"),
        ("office-property", "\\info company", 1, "Harbour"),
        ("office-property", "\\generator", 1, "Msftedit 5.41.21.2510"),
        ("office-rsid", "\\rsidtbl", 3, ""),
        ("office-custom-property", "\\userprops", 1, "Desk"),
        ("office-comment-authors", "\\atnauthor", 1, "Ana Ruiz"),
    ]


def test_workbooks_also_name_a_thumbnail_and_printer_settings() -> None:
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    workbook = with_parts(
        buffer.getvalue(),
        {
            "docProps/thumbnail.wmf": b"\xd7\xcd\xc6\x9a",
            "xl/printerSettings/printerSettings1.bin": b"\0",
        },
    )
    codes = {code: (where, count) for code, where, count, _ in found("book.xlsx", workbook)}
    assert codes["office-thumbnail"] == ("docProps/thumbnail.wmf", 1)
    assert codes["office-printer"] == ("xl/printerSettings/", 1)
    sheet = replace_part(make_ods({"A": ods_row()}), "Thumbnails/thumbnail.png", b"\x89PNG")
    assert ("office-thumbnail", "Thumbnails/thumbnail.png", 1, "") in found("s.ods", sheet)


def ods_row() -> str:
    return (
        "<table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>"
    )


def test_findings_carry_the_kind_and_sentence_of_their_code() -> None:
    finding: FingerprintFinding = inspect(RTF, "letter.rtf").findings[0]
    assert finding.kind == "metadata"
    assert "who made or last saved" in finding.explanation
