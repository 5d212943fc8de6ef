"""Released text: each accepted span replaced the way the policy says, the rest normalised.

``block`` hides the length removed (always ``width`` characters); ``label`` names the
entity; ``pseudonym`` numbers each distinct value per entity, so "[PERSON 3]" is the
same person everywhere in the document (values are compared folded: case, diacritics
and spacing do not make a new person).

The words between redactions are normalised with the policy's fingerprint rules
(invisible characters, look-alikes, spacing, quotes: see workstation.fingerprints), so
copies that differ only in such marks release identically. Proposals are offsets into
the original text, so each redacted span is first held by one private-use character
the text does not contain: the whole text is normalised in context with no offsets to
map, and the replacements go in afterwards, untouched.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from workstation.fingerprints import normalise
from workstation.policy.model import FingerprintRules, Rendering
from workstation.text.folding import fold_term

PAGE_BREAK = "\f"
REMOVED = "REMOVED"
"""The entity of a span cut out without a trace: hidden content nobody saw on the page."""
SHOWN_AS = {"DENY_LIST": "PERSON"}
"""A label must not tell readers that a name was on the newsroom's list of sources: a
deny-list span (source names) renders, and is numbered, as any other person."""


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


class NormalisationMovedSpans(Exception):
    """Normalising lost or added a held span: a bug; nothing must be released."""


def redact_text(
    text: str,
    redactions: list[Redaction],
    rendering: Rendering,
    fingerprints: FingerprintRules | None = None,
    also: Collection[str] = (),
) -> str:
    """The text with every span replaced and the rest normalised (the policy's
    `fingerprints` rules plus `also`, kinds editors accepted); page breaks become
    blank lines."""
    names = Replacements(rendering)
    holder = _unused_private_character(text)
    pieces: list[str] = []
    replacements: list[str] = []
    cursor = 0
    for span in merged(redactions, len(text)):
        if span.entity == REMOVED:  # cut before normalising, so no gap is left behind
            pieces.append(text[cursor : span.start])
            cursor = span.end
            continue
        pieces += [text[cursor : span.start], holder]
        value = normalise(text[span.start : span.end], fingerprints, also)  # marks do
        replacements.append(names.for_span(span.entity, value))  # not make a new person
        cursor = span.end
    pieces.append(text[cursor:])
    held = "".join(pieces).replace(PAGE_BREAK, "\n\n")
    parts = normalise(held, fingerprints, also).split(holder)
    if len(parts) != len(replacements) + 1:
        raise NormalisationMovedSpans("normalising the text lost a redacted span")
    out = [parts[0]]
    for replacement, part in zip(replacements, parts[1:], strict=True):
        out += [replacement, part]
    return "".join(out)


def _unused_private_character(text: str) -> str:
    """A private-use character (which no normalisation touches) absent from the text."""
    present = set(text)
    for code in range(0xE000, 0xF900):
        if chr(code) not in present:
            return chr(code)
    raise NormalisationMovedSpans("the text uses every private-use character")


def as_markdown(redacted: str) -> str:
    """Markdown that shows the text as written: markup characters are escaped."""
    escaped = "".join("\\" + char if char in "\\`*_{}[]<>#|~" else char for char in redacted)
    return escaped.replace("\n\n\n", "\n\n")
