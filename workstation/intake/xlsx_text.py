"""XLSX and XLSM: every sheet's cells as CSV blocks, hidden sheets included and marked.

openpyxl reads the workbook read-only and streaming, with `data_only=True`: a cell shows
the value the spreadsheet program last calculated and saved, which is what a reader sees.
No formula is ever evaluated, macros (XLSM) are never read, and external links are not
loaded (`keep_links=False`), so nothing is fetched. openpyxl parses the XML with lxml
without entity resolution or defusedxml, so no entity expansion or DTD reaches us.

Before openpyxl sees a byte the zip passes intake's bomb checks, and the shared-strings
table (which openpyxl holds whole in memory) must stay under `MAX_SHARED_STRINGS_BYTES`.
Cell comments are read from their own parts, since read-only mode skips them.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import openpyxl  # type: ignore[import-untyped]  # openpyxl ships no type hints

from workstation.confined.limits import ChildLimits
from workstation.intake import sheet_layout
from workstation.intake.outcome import Parsed, Refused
from workstation.intake.safe_xml import entities_refused, parse_part, refuse_doctypes
from workstation.intake.zipguard import check_zip

SHARED_STRINGS_SUFFIX = "sharedstrings.xml"
MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024
"""Declared unpacked size of the shared-strings part above which a workbook is refused:
openpyxl keeps the whole table as Python strings, several times its XML size."""
CONTENT_TYPES = "[Content_Types].xml"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
PACKAGE_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Check the zip, then lay out each sheet and the cell comments."""
    check_zip(data, limits)
    refuse_doctypes(data)
    _check_shared_strings(data)
    budget = sheet_layout.SheetBudget()
    with entities_refused():
        workbook = _open(data)
        try:
            sheets = [_sheet(worksheet, budget) for worksheet in workbook.worksheets]
        finally:
            workbook.close()
    comments = comment_lines(data)
    details = {"sheets": len(sheets), "rows": budget.rows}
    if comments:
        details["comments"] = len(comments)
    return Parsed(sheet_layout.render(sheets, comments), details)


def _check_shared_strings(data: bytes) -> None:
    """Any part named like a shared-strings table counts, wherever the package keeps it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sizes = [i.file_size for i in archive.infolist() if _is_shared_strings(i.filename)]
    if any(size > MAX_SHARED_STRINGS_BYTES for size in sizes):
        raise Refused("sheet_shared_strings")


def _is_shared_strings(name: str) -> bool:
    return name.casefold().endswith(SHARED_STRINGS_SUFFIX)


def _open(data: bytes) -> Any:
    """The workbook, or a refusal for a zip that is no workbook at all."""
    try:
        return openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
        )
    except (KeyError, zipfile.BadZipFile, openpyxl.utils.exceptions.InvalidFileException):
        raise Refused("unreadable") from None


def _sheet(worksheet: Any, budget: sheet_layout.SheetBudget) -> sheet_layout.Sheet:
    """Rows as stored; the declared dimensions are ignored, so a sheet cannot claim to be
    a million rows by sixteen thousand columns and have us pad it out."""
    budget.sheets += 1
    hidden = getattr(worksheet, "sheet_state", "visible") != "visible"
    sheet = sheet_layout.Sheet(str(worksheet.title), hidden)
    if not hasattr(worksheet, "reset_dimensions"):  # a chart sheet: no cells
        return sheet
    worksheet.reset_dimensions()
    for values in worksheet.iter_rows(values_only=True):
        sheet_layout.add_row(sheet, values, budget)
    return sheet


def comment_lines(data: bytes) -> list[str]:
    """Each cell comment as "REF: text", in part order; authors are the fingerprint pass's."""
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in comment_parts(archive):
            root = parse_part(archive, name)
            for comment in root.iter(f"{MAIN}comment"):
                text = " ".join("".join(t.text or "" for t in comment.iter(f"{MAIN}t")).split())
                if text:
                    lines.append(f"{comment.get('ref', '')}: {text}")
    return lines


def comment_parts(archive: zipfile.ZipFile) -> list[str]:
    """Comment parts by their declared content type (Excel and other writers name them
    differently), in name order; only parts actually in the archive."""
    names = set(archive.namelist())
    if CONTENT_TYPES not in names:
        return []
    overrides = parse_part(archive, CONTENT_TYPES).iter(f"{PACKAGE_TYPES}Override")
    declared = {
        str(override.get("PartName", "")).lstrip("/")
        for override in overrides
        if override.get("ContentType") == COMMENTS_TYPE
    }
    return sorted(declared & names)
