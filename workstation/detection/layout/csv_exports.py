"""Cells of a CSV export under a heading that names them: ``apellidos,nombres,cedula``."""

from __future__ import annotations

from collections.abc import Iterator

from workstation.detection.layout.columns import (
    COLUMN_ENTITY,
    SCORES,
    column_entity,
    plausible,
    vouched,
)
from workstation.detection.layout.export_tables import HEADING, cell_spans, plain_labels
from workstation.detection.layout.name_columns import names_a_person
from workstation.detection.layout.spans import LayoutSpan


def csv_cells(text: str) -> Iterator[LayoutSpan]:
    """Cells of a CSV export under a heading that names them: ``apellidos,nombres,cedula``."""
    for header in HEADING.finditer(text):
        separator = header.group("sep")
        labels = [text[a:b] for a, b in cell_spans(text, header.start(), header.end(), separator)]
        if not plain_labels(labels):
            continue  # a sentence with commas: "her passport,her phone,and her keys"
        entities = [_column_entity(label) for label in labels]
        if not any(entities):
            continue
        position = header.end() + 1
        found: list[tuple[str, str, LayoutSpan]] = []
        while position < len(text):
            end = text.find("\n", position)
            end = len(text) if end == -1 else end
            if not text[position:end].strip():
                break
            cells = cell_spans(text, position, end, separator)
            if len(cells) == len(labels):
                for (start, stop), entity, label in zip(cells, entities, labels, strict=True):
                    value = text[start:stop].strip()
                    if entity and plausible(entity, value):
                        first = start + text[start:stop].index(value)
                        reason = f"in the '{label}' column of an export"
                        score = SCORES.get(entity, 0.7)
                        span = LayoutSpan(first, first + len(value), entity, score, reason)
                        found.append((label, value, span))
            position = end + 1
        yield from vouched(found)


def _column_entity(label: str) -> str | None:
    """The entity a column heading names: the whole heading, else its first word."""
    words = label.strip().strip('"').casefold().replace("_", " ").split()
    if not words:
        return None
    whole = COLUMN_ENTITY.get(" ".join(words))
    named = "PERSON" if names_a_person(words) else None
    return whole or column_entity(label) or COLUMN_ENTITY.get(words[0]) or named
