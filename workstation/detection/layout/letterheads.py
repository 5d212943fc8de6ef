"""The body a memo comes from, in capitals on its first line, and the state after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import word_set

_LETTERHEAD_NOT = word_set(
    """
    note notes report briefing memo memorandum plan minutes order summary draft
    confidential secret restricted unclassified classified internal urgent copy
    """
)


def letterheads(text: str) -> Iterator[LayoutSpan]:
    """The body a memo comes from, in capitals on its first line: ``MINISTRY OF THE
    INTERIOR - INTERNAL AUDIT UNIT``; a state named after it is a place."""
    match = re.match(r"\s*(?P<line>[^\n]+)", text)
    if not match or not match.group("line").strip().isupper():
        return
    line_start = match.start("line")
    head = re.split(r"[ ]+[-\u2013|][ ]+|[ ]{3,}", match.group("line").strip())[0]
    if ":" in head or any(word.casefold() in _LETTERHEAD_NOT for word in re.findall(r"\w+", head)):
        return
    state = re.search(r"[ ]OF[ ]THE[ ](?:REPUBLIC|KINGDOM|STATE|FEDERATION)[ ]OF[ ]", head)
    body = head[: state.start()] if state else head
    if len(re.findall(r"\w+", body)) < 2:
        return
    yield LayoutSpan(line_start, line_start + len(body), "ORGANIZATION", 0.6, "letterhead")
    if state:
        place_start = line_start + state.end()
        yield LayoutSpan(place_start, line_start + len(head), "LOCATION", 0.6, "letterhead")
