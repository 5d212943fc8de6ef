"""Surname-first names in lists and tables: ``AL-HARBI, Omar``, ``- Kaboré, Rasmata``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, TITLES

_LETTERS = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+"
# A list's entry may open with its case or file number before a dash: "File 12345/99 --
# HAIDARI, Zainab", "Case 2 - ROSSI, Marta", "Dossier n° 14 : KONÉ Awa".
_ENTRY_LABEL = (
    r"(?:[^\W\d_]{2,12}\.?[ ](?:n[o°º]\.?[ ]?)?[\w/.-]*\d[\w/.-]*[ ]+(?:--?|\u2013|\u2014|:)[ ]+)?"
)
_INVERTED_PREFIX = (
    r"(?m)^[ \t]*(?:>[ \t]?)*(?P<marker>(?:\d{1,3}[.)]?|[-*•])[ \t]+)?" + _ENTRY_LABEL
)
_INVERTED_TAIL = (
    rf"(?P<comma>,[ ]|[ ])(?P<given>{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}?))"
    r"(?=,|[ \t]{2,}|[ \t]*$|[ ]\()"
)
_INVERTED = re.compile(
    rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}(?:[ ]{_LETTERS})?){_INVERTED_TAIL}"
)
# the same with a one-word surname, for "OUATTARA Mariam, présidente"
_INVERTED_SHORT = re.compile(rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}){_INVERTED_TAIL}")
INVERTED_VALUE = re.compile(rf"{_LETTERS}(?:[ ]{_LETTERS})?,[ ]{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}")


def inverted_names(text: str) -> Iterator[LayoutSpan]:
    """Surname-first names in lists and tables: ``AL-HARBI, Omar``, ``ZAJÍC Petr``, and in a
    bulleted or numbered list (also quoted in a reply) ``- Kaboré, Rasmata``."""
    for match in _INVERTED.finditer(text):
        found = _inverted_span(match)
        if found is None and (short := _INVERTED_SHORT.match(text, match.start())):
            found = _inverted_span(short)
        if found is not None:
            yield found


def _inverted_span(match: re.Match[str]) -> LayoutSpan | None:
    surname, given = match.group("surname"), match.group("given")
    capitals = surname.replace("-", "").replace("'", "").isupper() and len(surname) >= 2
    listed = match.group("marker") and match.group("comma") == ", " and " " not in surname
    if not (capitals or (listed and surname[0].isupper())):
        return None
    if not all(w[0].isupper() and not w.isupper() for w in given.split()):
        return None
    words = [*surname.split(), *given.split()]
    if any(w.casefold() in NOT_NAME or w.casefold() in TITLES for w in words):
        return None
    score = 0.86 if capitals else 0.6  # "Paris, France" has the shape of a listed name too
    return LayoutSpan(match.start("name"), match.end("name"), "PERSON", score, "surname-first name")
