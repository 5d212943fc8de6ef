"""CSV and TSV: decoded like any text file, then laid out as spreadsheet text.

Whatever the separator (comma, semicolon, tab, pipe), the rows come back as comma CSV
under a ``[sheet: table]`` line, the layout detection's export-column finder reads, so
the heading row is context for every cell below it.
"""

from __future__ import annotations

import csv
import io

from workstation.confined.limits import ChildLimits
from workstation.intake import sheet_layout, text
from workstation.intake.outcome import Parsed, Refused

SEPARATORS = ",;\t|"
SNIFF_CHARS = 64 * 1024
MAX_FIELD_CHARS = 1024 * 1024
"""A single field longer than this is no table cell; csv refuses it rather than grow."""
SHEET_TITLE = "table"


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Decode, find the separator, and lay the rows out as one sheet."""
    decoded, warning = text.decode(data)
    decoded = text.normalise_newlines(decoded)
    budget = sheet_layout.SheetBudget()
    sheet = sheet_layout.Sheet(SHEET_TITLE)
    csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        for row in csv.reader(io.StringIO(decoded), delimiter=separator(decoded)):
            sheet_layout.add_row(sheet, row, budget)
    except csv.Error:
        raise Refused("unreadable") from None
    details = {"sheets": 1, "rows": budget.rows}
    return Parsed(sheet_layout.render([sheet]), details, warning)


def separator(decoded: str) -> str:
    """The separator the first lines use most consistently; a comma if none stands out."""
    try:
        return csv.Sniffer().sniff(decoded[:SNIFF_CHARS], delimiters=SEPARATORS).delimiter
    except csv.Error:
        return ","
