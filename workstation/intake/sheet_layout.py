"""Spreadsheet text laid out as CSV, so every cell sits under its column's heading.

Each sheet becomes a block: a ``[sheet: Name]`` line, then one CSV line per non-empty
row, every row as wide as the widest, and a blank line after. That is the layout
detection's export-column finder reads (``workstation.detection.layout.csv_exports``):
a heading such as "Name" or "Passport" is context for every cell below it, and a name
column is proposed as a whole. Cells keep their words; line breaks inside a cell become
spaces, so one row stays one line.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from workstation.intake.outcome import Refused

MAX_CELLS = 20_000_000
"""Cells (empty ones included) a document may lay out. A sheet can declare a cell in its
last column on every row in a few kilobytes; this stops that long before memory does."""


@dataclass
class SheetBudget:
    """Cells laid out so far across the document, and the counts for `details`."""

    cells: int = 0
    rows: int = 0
    sheets: int = 0
    limit: int = MAX_CELLS

    def spend(self, cells: int) -> None:
        """Charge `cells` laid out; past the limit the whole document is refused."""
        self.ensure(cells)
        self.cells += cells

    def ensure(self, cells: int) -> None:
        """Refuse before building what would take the document past the limit."""
        if self.cells + cells > self.limit:
            raise Refused("sheet_too_many_cells")


@dataclass
class Sheet:
    """One sheet's title, whether it is hidden, and its non-empty rows as strings."""

    title: str
    hidden: bool = False
    rows: list[list[str]] = field(default_factory=list)


def cell_text(value: object) -> str:
    """A cell value as a reader sees it: whole numbers without ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())


def add_row(sheet: Sheet, values: Sequence[object], budget: SheetBudget) -> None:
    """Keep a row (as text, trailing empty cells dropped) unless every cell is empty."""
    budget.spend(len(values))
    cells = [cell_text(value) for value in values]
    while cells and not cells[-1]:
        cells.pop()
    if cells:
        sheet.rows.append(cells)
        budget.rows += 1


def render(sheets: Iterable[Sheet], comments: Sequence[str] = ()) -> str:
    """Every sheet as a CSV block under its title line, then any cell comments."""
    blocks = [_sheet_block(sheet) for sheet in sheets]
    if comments:
        blocks.append("\n".join(["[comments]", *comments]))
    return "\n\n".join(blocks)


def _sheet_block(sheet: Sheet) -> str:
    title = " ".join(sheet.title.split())
    heading = f"[sheet: {title} (hidden)]" if sheet.hidden else f"[sheet: {title}]"
    width = max((len(row) for row in sheet.rows), default=0)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in sheet.rows:
        writer.writerow(row + [""] * (width - len(row)))
    return f"{heading}\n{buffer.getvalue()}".rstrip("\n")
