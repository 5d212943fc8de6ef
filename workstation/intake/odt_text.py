"""ODT (OpenDocument text): paragraphs and headings in order, comments and deleted text.

Our own streaming reader over zip and defusedxml, like `ods_text`: no DTD, no entities,
nothing fetched. Footnotes are read where they are anchored; comments (office:annotation)
and text kept in tracked deletions go to their own blocks, since both are easy to
forget and must be reviewed like the body.
"""

from __future__ import annotations

from typing import Any

from workstation.confined.limits import ChildLimits
from workstation.intake.ods_text import OFFICE, TEXT, paragraph_text, read_content
from workstation.intake.outcome import Parsed
from workstation.intake.safe_xml import (
    iter_part,
)

PARAGRAPHS = (f"{TEXT}p", f"{TEXT}h")
TRACKED = f"{TEXT}tracked-changes"


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Check the zip, then stream content.xml paragraph by paragraph."""
    reader = _Reader()
    read_content(data, limits, reader)
    blocks = ["\n".join(reader.paragraphs)]
    if reader.comments:
        blocks.append("[comments]\n" + "\n".join(reader.comments))
    if reader.deleted:
        blocks.append("[deleted text]\n" + "\n".join(reader.deleted))
    details = {"paragraphs": len(reader.paragraphs)}
    if reader.comments:
        details["comments"] = len(reader.comments)
    return Parsed("\n\n".join(block for block in blocks if block), details)


class _Reader:
    """Keeps only the outermost open paragraph as elements; the rest is text already."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.comments: list[str] = []
        self.deleted: list[str] = []
        self._open = 0
        self._in_tracked = 0

    def read(self, stream: Any) -> None:
        for event, element in iter_part(stream):
            if element.tag == TRACKED:
                self._in_tracked += 1 if event == "start" else -1
            elif element.tag in PARAGRAPHS and event == "start":
                self._open += 1
            elif element.tag in PARAGRAPHS:
                self._open -= 1
                if self._open == 0:
                    self._paragraph(element)
                    element.clear()

    def _paragraph(self, element: Any) -> None:
        for note in element.iter(f"{OFFICE}annotation"):
            words = " ".join(paragraph_text(p) for p in note.iter(f"{TEXT}p"))
            if words.strip():
                self.comments.append(" ".join(words.split()))
        text = paragraph_text(element)
        if self._in_tracked:
            if text.strip():
                self.deleted.append(text)
        else:
            self.paragraphs.append(text)
