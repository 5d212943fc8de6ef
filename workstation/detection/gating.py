"""Running an expensive recognizer only on the lines that could hold a match.

presidio's phone recognizer runs python-phonenumbers' matcher once per region over
the whole text and parses every digit run it meets (dates, reference numbers); its
URL recognizer is one regex with a thousand-way alternation of top-level domains.
Neither can match across a line break, and neither looks further than the line it
matches in, so running them on just the lines that pass a cheap necessary condition
(a *gate*) finds exactly the same spans, much faster.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Gate:
    """A cheap pattern that every line holding a match of a recognizer contains."""

    recognizer: str
    pattern: re.Pattern[str]


PHONE = Gate(
    "PhoneRecognizer",
    # The shortest number valid in any region has four digits (in Germany);
    # phonenumbers' candidates never span a line break.
    re.compile(r"\d(?:[^\d\n]*\d){3}"),
)
GATES = (
    # A URL has a dot followed by a top-level domain.
    Gate("UrlRecognizer", re.compile(r"[a-z0-9.\-]\.[a-z]", re.IGNORECASE)),
    Gate("EmailRecognizer", re.compile("@")),  # an email address has an @
)
GATE_FOR = {gate.recognizer: gate for gate in GATES}  # the phone recognizer gates itself


def gated_lines(text: str, gate: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text`` that the gate matches, in order.

    ``end`` is the position of the line's newline (or the end of the text), so the
    window holds the line without its line break.
    """
    position = 0
    while True:
        match = gate.search(text, position)
        if match is None:
            return
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end == -1 else end
        yield start, end
        position = end + 1
