"""ODS (OpenDocument spreadsheet): every table's cells as CSV blocks, streamed.

Our own reader over zip and defusedxml (no DTD, no entities, nothing fetched): the
content part is streamed, so a large sheet never sits in memory as a tree. ODS
compresses runs of identical rows and cells into one element with a repeat count, and
files routinely end with "1,048,576 empty rows"; empty runs are counted, never expanded,
and every expanded cell is charged to the `SheetBudget`, so a repeat count cannot be
turned into a bomb. Cell comments (office:annotation) go to the comments block.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, Protocol

from workstation.confined.limits import ChildLimits
from workstation.intake import sheet_layout
from workstation.intake.outcome import Parsed, Refused
from workstation.intake.safe_xml import (
    MAX_PART_BYTES,
    entities_refused,
    iter_part,
    refuse_doctypes,
)
from workstation.intake.zipguard import check_zip

CONTENT = "content.xml"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
MAX_REPEAT = 1_048_576
CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")
MAX_SPACES = 1000


class ContentReader(Protocol):
    """What takes the stream of an OpenDocument file's content.xml."""

    def read(self, stream: Any) -> None: ...


def read_content(data: bytes, limits: ChildLimits, reader: ContentReader) -> None:
    """Check the zip and refuse DTDs, then stream content.xml (where every OpenDocument
    file keeps its body) into `reader`, bounded and with entities refused."""
    check_zip(data, limits)
    refuse_doctypes(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            info = archive.getinfo(CONTENT)
        except KeyError:
            raise Refused("unreadable") from None
        if info.file_size > MAX_PART_BYTES * 4:
            raise Refused("part_too_big")
        with archive.open(info) as stream, entities_refused():
            reader.read(stream)


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Check the zip, then stream content.xml table by table."""
    reader = _Reader()
    read_content(data, limits, reader)
    details = {"sheets": len(reader.sheets), "rows": reader.budget.rows}
    if reader.comments:
        details["comments"] = len(reader.comments)
    return Parsed(sheet_layout.render(reader.sheets, reader.comments), details)


class _Reader:
    """Builds sheets from the event stream; only the current row is kept as elements."""

    def __init__(self) -> None:
        self.budget = sheet_layout.SheetBudget()
        self.sheets: list[sheet_layout.Sheet] = []
        self.comments: list[str] = []
        self._row: list[str] = []
        self._pending_empty = 0

    def read(self, stream: Any) -> None:
        for event, element in iter_part(stream):
            if event == "start" and element.tag == f"{TABLE}table":
                self.sheets.append(sheet_layout.Sheet(str(element.get(f"{TABLE}name", ""))))
                self.budget.sheets += 1
            elif event == "end" and element.tag in CELLS:
                self._cell(element)
            elif event == "end" and element.tag == f"{TABLE}table-row":
                self._end_row(element)
                element.clear()

    def _cell(self, element: Any) -> None:
        """A cell's displayed text (its paragraphs), repeated as declared."""
        value = " ".join(_paragraph_text(p) for p in element.findall(f"{TEXT}p"))
        for note in element.findall(f"{OFFICE}annotation"):
            words = " ".join(_paragraph_text(p) for p in note.iter(f"{TEXT}p"))
            if words.strip():
                self.comments.append(f"{self.sheets[-1].title if self.sheets else ''}: {words}")
        repeat = _repeat(element, "number-columns-repeated")
        value = " ".join(value.split())
        if not value:
            self._pending_empty += repeat
            return
        self.budget.ensure(len(self._row) + self._pending_empty + repeat)
        self._row.extend([""] * self._pending_empty + [value] * repeat)
        self._pending_empty = 0

    def _end_row(self, element: Any) -> None:
        row, self._row, self._pending_empty = self._row, [], 0
        if not row or not self.sheets:
            return
        repeat = _repeat(element, "number-rows-repeated")
        self.budget.ensure(len(row) * repeat)
        for _ in range(repeat):
            sheet_layout.add_row(self.sheets[-1], row, self.budget)


def _repeat(element: Any, attribute: str) -> int:
    try:
        count = int(element.get(f"{TABLE}{attribute}", "1"))
    except ValueError:
        raise Refused("unreadable") from None
    if not 1 <= count <= MAX_REPEAT:
        raise Refused("unreadable")
    return count


def paragraph_text(element: Any) -> str:
    """A paragraph's text as an editor sees it (comments left out); shared with `odt_text`."""
    return _paragraph_text(element)


def _paragraph_text(element: Any) -> str:
    """Text of a paragraph with its spans and links, spaces (text:s) and tabs, in order.

    Nesting deeper than Python's recursion limit is refused as "too_deep" by the child.
    """
    pieces = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            pieces.append(" " * min(_count(child), MAX_SPACES))
        elif child.tag in (f"{TEXT}tab", f"{TEXT}line-break"):
            pieces.append(" ")
        elif child.tag != f"{OFFICE}annotation":
            pieces.append(_paragraph_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _count(element: Any) -> int:
    try:
        return max(int(element.get(f"{TEXT}c", "1")), 1)
    except ValueError:
        return 1
