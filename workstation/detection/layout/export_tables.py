"""The columns of a CSV export, read by their headings.

Finders that know what a column holds from its heading ("autorizó", "id_doc") ask
for the cells under the headings they want; this module finds the heading lines,
parts the cells with the one splitter the CSV finders share (``cell_spans``: a
separator inside quotes parts nothing, a doubled quote is one) and keeps their offsets.
The heading's shape is the one every CSV finder asks of a heading (``HEADING``,
``heading_separator``): short labels, no space after a separator and no word of a
sentence, so a paragraph with three commas is no table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from workstation.detection.layout.tables import lines_with_offsets
from workstation.detection.layout.words import word_set

Cell = tuple[int, str]  # where a cell starts in the text, and the cell as written

# A heading line of a comma-, semicolon- or tab-separated export: at least three short
# labels, each starting with a letter, and no space after a separator (prose puts one
# there: "her passport, her phone, her laptop").
_LABEL = r'"?[^\W\d][\w .°º#/()-]{0,30}"?'
HEADING = re.compile(
    rf"(?m)^(?P<line>{_LABEL}(?P<sep>[,;\t])(?:{_LABEL}(?P=sep)){{1,40}}{_LABEL})[ \t]*\r?$"
)
# Words of a sentence that no column heading holds: pronouns, articles and the verbs
# a sentence runs on ("They took her passport,and").
_SENTENCE_WORDS = word_set(
    """
    you he she it we they me him her us them my your his its our their the an this
    that these those was were is are am be been has have had did does do took went said
    told which who when while because but then there
    """
)


def columns_headed(text: str, wanted: Callable[[str], bool]) -> Iterator[list[Cell]]:
    """The cells under each heading ``wanted`` accepts (headings read in lower case,
    "_" and "-" as spaces), one list a column, down to the table's end; rows of
    another width than the heading are left out."""
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        separator = heading_separator(line)
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
    """A row's cells, without their quotes, and their offsets in the row."""
    return [(start, row[start:end]) for start, end in cell_spans(row, 0, len(row), separator)]


def cell_spans(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value on one line, without its quotes (a doubled quote
    inside quotes is one quote); none when text follows a closing quote: another CSV."""
    cells = []
    position = start
    while position <= end:
        if text.startswith('"', position):
            close = position + 1
            while (close := text.find('"', close, end)) != -1 and text.startswith('""', close):
                close += 2
            if close == -1:
                return []
            cells.append((position + 1, close))
            position = close + 1
        else:
            stop = text.find(separator, position, end)
            stop = end if stop == -1 else stop
            cells.append((position, stop))
            position = stop
        if position < end and text[position] != separator:
            return []  # text after a closing quote: not this separator's CSV
        position += 1
    return cells


def heading_separator(line: str) -> str | None:
    """The separator of a line shaped as a CSV heading ("n°;apellidos;nombres;cedula"),
    else None: four labels or more, each a few words long, none a word of a sentence."""
    match = HEADING.fullmatch(line.rstrip(" \t\r"))
    if match is None:
        return None
    separator = match.group("sep")
    labels = line.split(separator)
    return separator if len(labels) >= 4 and plain_labels(labels) else None


def plain_labels(cells: list[str]) -> bool:
    """Whether cells read as column labels: four words each at most, and no word of a
    sentence ("her phone", "and her keys")."""
    for cell in cells:
        words = label(cell).split()
        if len(words) > 4 or any(word in _SENTENCE_WORDS for word in words):
            return False
    return True
