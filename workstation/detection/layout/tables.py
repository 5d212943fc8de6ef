"""Cells of aligned plain-text tables whose column heading names what they hold."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.detection.layout.columns import SCORES, column_entity, plausible, vouched
from workstation.detection.layout.spans import LayoutSpan

_CELL = re.compile(r"\S+(?:[ ]\S+)*")
# A line that only draws the table: "|---|:--:|", "+-----+", "=====  ====".
_RULE = re.compile(r"[\s|:+=_-]*")


@dataclass(frozen=True)
class _Column:
    start: int
    entity: str | None
    label: str


def table_cells(text: str) -> Iterator[LayoutSpan]:
    """Cells of aligned plain-text tables whose column heading names what they hold."""
    lines = lines_with_offsets(text)
    index = 0
    while index < len(lines):
        line = lines[index][1]
        after_blank = index == 0 or not lines[index - 1][1].strip()
        columns = _header(_without_pipes(line), _piped(line)) if after_blank else None
        if columns is None:
            index += 1
            continue
        piped = _piped(line)
        index += 1
        found: list[tuple[str, str, LayoutSpan]] = []
        while index < len(lines) and lines[index][1].strip():
            row_start, row = lines[index]
            if _RULE.fullmatch(row):
                pass
            else:
                spans = (
                    _pipe_row(row_start, row, columns) if piped else _row(row_start, row, columns)
                )
                found.extend((label, text[s.start : s.end], s) for label, s in spans)
            index += 1
        yield from vouched(found)


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Each line of the text with the offset it starts at."""
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def _piped(line: str) -> bool:
    return line.lstrip().startswith("|")


def _without_pipes(line: str) -> str:
    """ "| Name | Amount |": a pipe table's heading read as the gaps of aligned columns."""
    if not _piped(line):
        return line
    return line.replace(" |", "  ").replace("| ", "  ").replace("|", " ")


def _pipe_row(row_start: int, row: str, columns: list[_Column]) -> Iterator[tuple[str, LayoutSpan]]:
    """A pipe table's row, its cells taken in order: the bars, not the spacing, say
    which column a cell is in."""
    bars = [i for i, c in enumerate(row) if c == "|"]
    cells = [(a + 1, row[a + 1 : b]) for a, b in itertools.pairwise(bars)]
    if not row.rstrip().endswith("|"):
        cells.append((bars[-1] + 1, row[bars[-1] + 1 :]))
    if len(cells) != len(columns):
        return
    for (start, cell), column in zip(cells, columns, strict=True):
        value = cell.strip()
        if column.entity and value:
            first = row_start + start + cell.index(value)
            yield from ((column.label, span) for span in _cell(first, value, column))


def _header(line: str, piped: bool = False) -> list[_Column] | None:
    """The columns a heading line names, or None. Headings in lower case count only
    between bars ("| date | payee | amount (SHK) |"): the bars, not the capitals, then
    say it is a heading."""
    if "  " not in line.strip() and "\t" not in line:
        return None
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line.replace("\t", "    "))]
    if len(cells) < 2 or any(len(cell.split()) > 4 or _numeric(cell) for _, cell in cells):
        return None
    columns = []
    for position, cell in cells:
        label = cell.casefold().rstrip(".:")
        entity = column_entity(cell)
        bare = cell.lstrip("\"'\u201c\u00ab")  # '"Equipment"': a quoted heading is still one
        if entity is None and not piped and not bare[:1].isupper() and label not in {"no", "#"}:
            return None
        columns.append(_Column(position, entity, cell))
    if not any(column.entity for column in columns):
        return None
    return columns


def _numeric(cell: str) -> bool:
    return sum(c.isdigit() for c in cell) * 2 > len(cell.replace(" ", ""))


def _row(row_start: int, row: str, columns: list[_Column]) -> Iterator[tuple[str, LayoutSpan]]:
    for match in _CELL.finditer(row):
        column = min(columns, key=lambda c: abs(c.start - match.start()))
        entity = column.entity
        if entity is None:
            continue
        spans = _cell(row_start + match.start(), match.group(), column)
        yield from ((column.label, span) for span in spans)


def _cell(cell_start: int, cell: str, column: _Column) -> Iterator[LayoutSpan]:
    """The values in one cell (several when split by "/" or ";") its column vouches for."""
    entity = column.entity
    if entity is not None:
        for part in re.finditer(r"[^/;]+", cell):
            value = part.group()
            value_start = cell_start + part.start() + len(value) - len(value.lstrip())
            value = value.strip()
            paren = value.find(" (")
            if paren > 0:
                value = value[:paren]
            if entity == "STREET_ADDRESS" and ", " in value:
                street, _, place = value.rpartition(", ")
                if not any(c.isdigit() for c in place):
                    value = street  # "Ulica Rudara 7, Drevna": the town is a place
            if entity == "PERSON" and value.startswith('"') and value.endswith('"'):
                value_start, value = value_start + 1, value[1:-1]
            if not plausible(entity, value):
                continue
            yield LayoutSpan(
                value_start,
                value_start + len(value),
                entity,
                SCORES.get(entity, 0.7),
                f"in the '{column.label}' column of a table",
            )
