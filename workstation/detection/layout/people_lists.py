"""Indented lists and tables whose first cells are mostly names of people."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import name_words
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.tables import lines_with_offsets

_LIST_ROW = re.compile(
    r"[ \t]+(?:(?:[-*•]|\(?[A-Za-z]?\d{1,3}[.)]?|[a-z][.)])[ \t]+)?"
    r"(?P<cell>[\"“]?[^\W\d_][^\n]*?)(?=[ \t]{2,}|,|[ \t]\(|[ \t]-[ \t]|$)"
)
# A form's label before the value in a list's first cell ("D./Dña.: ", "Nom : ",
# "Witness 2: "): the label is no part of the name.
_LABEL = re.compile(r"[^:\n]{1,24}?[ ]?:[ \t]+(?=\S)")
_PHONE_LIKE = re.compile(r"\(?\+?\d[\d ()-]{6,}\d|@")


def people_lists(text: str) -> Iterator[LayoutSpan]:
    """First cells of indented lists and tables that are mostly names of people.

    A block of two or more indented lines ("   Lenka Dušková      Lindmarské listy",
    "  - Marko Dalen, editor") whose leading cells are, in the main, two to four
    capitalised name words, is a list of people; every leading cell of it that is a
    name (in any case, "ivo němec") is proposed.
    """
    lines = lines_with_offsets(text)
    index = 0
    while index < len(lines):
        block = []
        while index < len(lines) and re.match(r"[ \t]+\S", lines[index][1]):
            block.append(lines[index])
            index += 1
        index += 1
        if len(block) < 2:
            continue
        cells = []
        for start, line in block:
            match = _LIST_ROW.match(line)
            if match:
                cell = match.group("cell").strip('"“”')
                offset = match.start("cell") + (1 if match.group("cell")[0] in '"“' else 0)
                if label := _LABEL.match(cell):  # "D./Dña.: KASTRATI GJONI": the value only
                    cell, offset = cell[label.end() :], offset + label.end()
                in_column = line[match.end("cell") : match.end("cell") + 2] == "  "
                phone = in_column and bool(_PHONE_LIKE.search(line))
                cells.append((start + offset, cell, in_column, phone))
        capitalised = [c for c in cells if _list_name(c[1])]
        lower = [c for c in cells if c[2] and _lower_name(c[1])]
        evident = capitalised + [c for c in lower if c[3]]
        if len(evident) < 2 or len(evident) * 2 < len(cells):
            continue
        chosen = capitalised + (lower if len(capitalised) >= 2 else [c for c in lower if c[3]])
        for start, cell, *_ in sorted(chosen):
            yield LayoutSpan(start, start + len(cell), "PERSON", 0.5, "in a list of people")


def _list_name(cell: str) -> bool:
    words = cell.split()
    return 2 <= len(words) <= 4 and name_words(cell)


def _lower_name(cell: str) -> bool:
    """A name written in lower case, as in a list of contacts ("camila ortega")."""
    words = cell.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)
