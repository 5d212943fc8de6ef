"""Running an expensive recognizer only on the lines that could hold a match.

presidio's phone recognizer runs python-phonenumbers' matcher once per region over
the whole text and parses every digit run it meets (dates, reference numbers); its
URL recognizer is one regex with a thousand-way alternation of top-level domains.
Neither can match across a line break, and neither looks further than the line it
matches in, so running them on just the lines that pass a cheap necessary condition
(a *gate*) finds exactly the same spans, much faster. A URL or an email address cannot
even hold a space: their patterns have no part that matches one and look around only
for word boundaries (which a space or the end of a word gives alike), so they are
looked for only in the words (runs without ASCII white space) that pass the gate; the
URL regex otherwise retries every word of a long header line.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Gate:
    """A cheap pattern that every line (or word) holding a match of a recognizer contains."""

    recognizer: str
    pattern: re.Pattern[str]
    words: bool = False  # the recognizer's matches never hold ASCII white space
    # A stricter condition, searched only inside the pieces the pattern lets through.
    confirm: re.Pattern[str] | None = None

    def windows(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each piece of ``text`` to run the recognizer on."""
        found = gated_words(text, self.pattern) if self.words else gated_lines(text, self.pattern)
        confirm = self.confirm
        if confirm is None:
            return found
        return ((s, e) for s, e in found if confirm.search(text, s, e))


PHONE = Gate(
    "PhoneRecognizer",
    # The shortest number valid in any region has four digits (in Germany);
    # phonenumbers' candidates never span a line break.
    re.compile(r"\d(?:[^\d\n]*\d){3}"),
)
GATES = (
    # A URL has a dot followed by a top-level domain of two letters or more.
    Gate("UrlRecognizer", re.compile(r"[a-z0-9.\-]\.[a-z]{2}", re.IGNORECASE), words=True),
    Gate("EmailRecognizer", re.compile("@"), words=True),  # an email address has an @
    # An IPv4 address has a digit, a dot and a digit; every IPv6 form has two colons.
    # Neither holds a space, and the patterns look around only for word boundaries.
    Gate("IpRecognizer", re.compile(r"\d\.\d|:[^ \t\n\r\f\v]*:"), words=True),
    # Every form of presidio's driving licence patterns has a letter (or its stray ']')
    # next to a digit, or six digits, and none holds a space; any letter, as
    # case-insensitive [A-Z] also matches a few non-ASCII ones.
    Gate("UsLicenseRecognizer", re.compile(r"(?:[^\W\d_]|\])[0-9]|[0-9](?:[^\W\d_]|[0-9]{5})")),
    # An IBAN opens with its country's two capitals and two check digits; its groups are
    # split by a space or a hyphen, never a line break (presidio's pattern, no IGNORECASE).
    Gate("IbanRecognizer", re.compile(r"[A-Z]{2}[0-9]{2}")),
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


_UP_TO_LAST_SPACE = re.compile(r".*[ \t\n\r\f\v]", re.DOTALL)
_WORD_END = re.compile(r"[ \t\n\r\f\v]|\Z")


def gated_words(text: str, gate: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of ``text`` without ASCII white space that the gate matches."""
    position = 0
    while True:
        match = gate.search(text, position)
        if match is None:
            return
        before = _UP_TO_LAST_SPACE.match(text, position, match.start())
        start = before.end() if before else position
        end = _WORD_END.search(text, match.end()).start()  # type: ignore[union-attr] # \Z
        yield start, end
        position = end + 1
