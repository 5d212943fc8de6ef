"""The columns of a CSV export, read by their headings.

Finders that know what a column holds from its heading ("autorizó", "id_doc") ask
for the cells under the headings they want; this module finds the heading lines,
parts the cells (a separator inside quotes parts nothing) and keeps their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from workstation.detection.layout.tables import lines_with_offsets

Cell = tuple[int, str]  # where a cell starts in the text, and the cell as written


def columns_headed(text: str, wanted: Callable[[str], bool]) -> Iterator[list[Cell]]:
    """The cells under each heading ``wanted`` accepts (headings read in lower case,
    "_" and "-" as spaces), one list a column, down to the table's end; rows of
    another width than the heading are left out."""
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        separator = _separator(line)
        if separator is None:
            continue
        labels = [label(cell) for _, cell in _cells(line, separator)]
        if any(c.isdigit() for c in line):
            continue  # a row of data ("0414;Tembe;...;sin documento"), not a heading
        named = [i for i, heading in enumerate(labels) if wanted(heading)]
        if not named:
            continue
        rows = _rows(lines[index + 1 :], separator, len(labels))
        for column in named:
            yield [row[column] for row in rows]


def label(cell: str) -> str:
    """ "Approved_By" read as "approved by", "id-doc" as "id doc"."""
    words = re.split(r"[ _-]+", cell.strip().strip('"').casefold().rstrip(".:"))
    return " ".join(word for word in words if word)


def _rows(lines: list[tuple[int, str]], separator: str, width: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for row_start, row in lines:
        if not row.strip():
            break
        cells = _cells(row, separator)
        if len(cells) == width:
            rows.append([(row_start + offset, cell) for offset, cell in cells])
    return rows


def _cells(row: str, separator: str) -> list[Cell]:
    """A row's cells and their offsets in the row."""
    cells: list[Cell] = []
    start, quoted = 0, False
    for position, char in enumerate(row):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            cells.append((start, row[start:position]))
            start = position + 1
    cells.append((start, row[start:]))
    return cells


def _separator(line: str) -> str | None:
    """The separator of a CSV heading: three or more semicolons, tabs or commas."""
    for separator in (";", "\t", ","):
        if line.count(separator) >= 3:
            return separator
    return None
