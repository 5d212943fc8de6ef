"""Spreadsheets released as tables: the sheet layout read back into rows, after redaction.

Intake lays a spreadsheet out as text (`workstation.intake.sheet_layout`): each sheet a
``[sheet: Name]`` line and one CSV line per row, the first row its heading, then perhaps
a ``[comments]`` block. Redaction works on that text, so the released tables are made
from the redacted text, parsed back into rows: a redacted cell holds the policy's
rendering ("[PERSON 1]", a block) where its words were. Markdown keeps each sheet as a
table under its name, the heading row as the table's header; CSV holds the cells alone
(comments are notes about cells, not cells, and stay out of it).

A cell that a spreadsheet program would run as a formula when the CSV is opened
("=HYPERLINK(...)", "@SUM(...)", "+cmd|...") is written with a leading apostrophe, the
usual defence against formula injection; signed numbers and phone numbers are left alone.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

SPREADSHEET_KINDS = frozenset({"xlsx", "ods", "csv"})
"""Document kinds intake lays out as sheets: released as tables, and allowed as CSV."""
SHEET_PREFIX = "[sheet: "
COMMENTS = "[comments]"
_FORMULA_START = ("=", "@", "+", "-", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-][\d .,()/-]*")
_MARKDOWN_SPECIAL = "\\`*_{}[]<>#|~"


@dataclass
class Block:
    """A run of lines between blank lines: a sheet (with a title) or other text."""

    title: str | None
    lines: list[str] = field(default_factory=list)

    def rows(self) -> list[list[str]]:
        """The sheet's rows as cells, each row as wide as the widest."""
        parsed = list(csv.reader(self.lines))
        width = max((len(row) for row in parsed), default=0)
        return [row + [""] * (width - len(row)) for row in parsed]


def blocks(text: str) -> list[Block]:
    """The laid-out text's blocks; a ``[sheet: ...]`` line opens a sheet only at a block's
    start, where intake put it (inside a sheet, no line is blank)."""
    found: list[Block] = []
    current: Block | None = None
    for line in text.split("\n"):
        if not line.strip():
            current = None
        elif current is None:
            is_sheet = line.startswith(SHEET_PREFIX) and line.endswith("]")
            title = line[len(SHEET_PREFIX) : -1] if is_sheet else None
            current = Block(title, [] if is_sheet else [line])
            found.append(current)
        else:
            current.lines.append(line)
    return found


def as_markdown_tables(redacted: str) -> str:
    """Each sheet as a Markdown table under its name; other blocks as escaped paragraphs."""
    parts = []
    for block in blocks(redacted):
        if block.title is None:
            parts.append("\n".join(_escaped(line) for line in block.lines))
            continue
        parts.append(f"## {_escaped(block.title)}")
        rows = block.rows()
        if rows:
            parts.append(_table(rows))
    return "\n\n".join(parts) + "\n"


def _table(rows: list[list[str]]) -> str:
    width = max(len(rows[0]), 1)
    lines = [_table_row(rows[0] or [""]), "| " + " | ".join(["---"] * width) + " |"]
    lines += [_table_row(row) for row in rows[1:]]
    return "\n".join(lines)


def _table_row(cells: list[str]) -> str:
    return "| " + " | ".join(_escaped(cell) for cell in cells) + " |"


def _escaped(value: str) -> str:
    """Markdown shows the words as written: every markup character escaped."""
    return "".join("\\" + char if char in _MARKDOWN_SPECIAL else char for char in value)


def as_csv(redacted: str) -> str:
    """The sheets' cells as CSV: one sheet as a plain table; several, each opened by a
    one-cell row naming it and closed by an empty row."""
    sheets = [block for block in blocks(redacted) if block.title is not None]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for block in sheets:
        if len(sheets) > 1:
            writer.writerow([_inert(f"{SHEET_PREFIX}{block.title}]")])
        writer.writerows([_inert(cell) for cell in row] for row in block.rows())
        if len(sheets) > 1:
            writer.writerow([])
    return buffer.getvalue()


def _inert(cell: str) -> str:
    """The cell, with an apostrophe first if a spreadsheet program would run it."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_cells(data: str) -> str:
    """A CSV file's cells, one per line, as a reader's spreadsheet program shows them."""
    return "\n".join(cell for row in csv.reader(io.StringIO(data)) for cell in row)
