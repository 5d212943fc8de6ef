"""Released text: each accepted span replaced the way the policy says.

``block`` hides the length removed (always ``width`` characters); ``label`` names the
entity; ``pseudonym`` numbers each distinct value per entity, so "[PERSON 3]" is the
same person everywhere in the document (values are compared folded: case, diacritics
and spacing do not make a new person).
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.detection.folding import fold_term
from workstation.policy.model import Rendering
from workstation.release.invisible import strip_invisible

PAGE_BREAK = "\f"
SHOWN_AS = {"DENY_LIST": "REDACTED"}
"""A label must not tell readers that a name was on the newsroom's list of sources."""


@dataclass(frozen=True)
class Redaction:
    """An accepted span of the document text, by proposal id."""

    id: str
    start: int
    end: int
    entity: str


class Replacements:
    """The replacement text for each redaction, numbering pseudonyms consistently."""

    def __init__(self, rendering: Rendering) -> None:
        self.rendering = rendering
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: dict[str, int] = {}

    def for_span(self, entity: str, value: str) -> str:
        entity = SHOWN_AS.get(entity, entity)
        style = self.rendering.style
        if style == "block":
            return self.rendering.block * self.rendering.width
        if style == "label":
            return f"[{entity}]"
        key = (entity, fold_term(value))
        if key not in self._numbers:
            self._counts[entity] = self._counts.get(entity, 0) + 1
            self._numbers[key] = self._counts[entity]
        return f"[{entity} {self._numbers[key]}]"


def merged(redactions: list[Redaction], length: int) -> list[Redaction]:
    """Sorted, clipped to the text, overlapping spans joined (the first one's entity)."""
    result: list[Redaction] = []
    for span in sorted(redactions, key=lambda r: (r.start, r.end)):
        start, end = max(0, span.start), min(length, span.end)
        if end <= start:
            continue
        if result and start < result[-1].end:
            last = result[-1]
            result[-1] = Redaction(last.id, last.start, max(last.end, end), last.entity)
            continue
        result.append(Redaction(span.id, start, end, span.entity))
    return result


def redact_text(text: str, redactions: list[Redaction], rendering: Rendering) -> str:
    """The text with every span replaced; page breaks become blank lines, invisibles go."""
    names = Replacements(rendering)
    pieces: list[str] = []
    cursor = 0
    for span in merged(redactions, len(text)):
        pieces.append(text[cursor : span.start])
        pieces.append(names.for_span(span.entity, text[span.start : span.end]))
        cursor = span.end
    pieces.append(text[cursor:])
    return strip_invisible("".join(pieces).replace(PAGE_BREAK, "\n\n"))


def as_markdown(redacted: str) -> str:
    """Markdown that shows the text as written: markup characters are escaped."""
    escaped = "".join("\\" + char if char in "\\`*_{}[]<>#|~" else char for char in redacted)
    return escaped.replace("\n\n\n", "\n\n")
