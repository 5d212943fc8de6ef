"""Spreadsheet originals: properties, hidden sheets, rows, columns, comments, formulas,
links to other workbooks and macros, found by the confined child."""

from __future__ import annotations

import io
import zipfile

import openpyxl
from intake_samples import make_ods, ods_cell, replace_part
from openpyxl.comments import Comment

from workstation.fingerprints.finding import FingerprintFinding
from workstation.intake.inspection import inspect, inspection_kind

EXTERNAL_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/externalLinkPath" Target="file:///C:/Users/jdoe/Budget.xlsx" '
    b'TargetMode="External"/></Relationships>'
)


def by_code(name: str, data: bytes) -> dict[str, list[FingerprintFinding]]:
    found: dict[str, list[FingerprintFinding]] = {}
    for finding in inspect(data, name).findings:
        found.setdefault(finding.code, []).append(finding)
    return found


def workbook_with_everything() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Phone"])
    sheet.append(["Ana", "=B1"])
    sheet["A2"].comment = Comment("Check", "Ed Smith")
    sheet.row_dimensions[2].hidden = True
    sheet.column_dimensions["B"].hidden = True
    workbook.create_sheet("Sources").sheet_state = "veryHidden"
    workbook.properties.creator = "Jane Doe"
    workbook.properties.lastModifiedBy = "jdoe"
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = replace_part(
        buffer.getvalue(), "xl/externalLinks/_rels/externalLink1.xml.rels", EXTERNAL_RELS
    )
    return replace_part(data, "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0")


def test_xlsx_hidden_content_and_authors() -> None:
    assert inspection_kind("book.xlsm", b"PK\x03\x04") == "xlsx"
    found = by_code("book.xlsm", workbook_with_everything())
    properties = {(f.where, f.value) for f in found["sheet-property"]}
    assert {
        ("docProps/core.xml creator", "Jane Doe"),
        ("docProps/core.xml lastModifiedBy", "jdoe"),
    } <= properties
    assert [(f.count, f.value) for f in found["sheet-hidden"]] == [(1, "Sources (veryHidden)")]
    assert [f.count for f in found["sheet-hidden-rows"]] == [1]
    assert [f.count for f in found["sheet-hidden-columns"]] == [1]
    assert [f.count for f in found["sheet-formulas"]] == [1]
    assert [(f.count, f.value) for f in found["sheet-comments"]] == [(1, "Ed Smith")]
    assert [f.value for f in found["sheet-external-links"]] == ["file:///C:/Users/jdoe/Budget.xlsx"]
    assert [f.kind for f in found["sheet-macros"]] == ["hidden_content"]


def test_a_plain_workbook_has_no_hidden_content() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    kinds = {f.kind for f in inspect(buffer.getvalue(), "plain.xlsx").findings}
    assert kinds == {"metadata"}


def test_ods_metadata_comments_and_hidden_rows() -> None:
    note = (
        "<office:annotation><dc:creator>Ed Smith</dc:creator><text:p>x</text:p></office:annotation>"
    )
    rows = (
        f"<table:table-row>{ods_cell('Name', extra=note)}</table:table-row>"
        f'<table:table-row table:visibility="collapse">{ods_cell("Ana")}</table:table-row>'
    )
    creator = "<meta:initial-creator>Jane Doe</meta:initial-creator>"
    meta = creator + '<meta:user-defined meta:name="Case">7</meta:user-defined>'
    found = by_code("sheet.ods", make_ods({"T": rows}, meta=meta))
    assert [f.value for f in found["sheet-property"]] == ["Jane Doe"]
    assert [f.value for f in found["sheet-custom-property"]] == ["Case"]
    assert [f.count for f in found["sheet-hidden-rows"]] == [1]
    assert [f.value for f in found["sheet-comments"]] == ["Ed Smith"]


def test_a_hostile_workbook_is_refused_by_the_inspector_too() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr(
            "xl/workbook.xml", '<!DOCTYPE x [<!ENTITY a "b">]><workbook>&a;</workbook>'
        )
    inspection = inspect(data.getvalue(), "laughs.xlsx")
    assert (inspection.findings, inspection.note) == ([], "Excel workbook could not be read")
