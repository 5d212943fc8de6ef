"""Surname-first names in lists and tables: ``AL-HARBI, Omar``, ``- Kaboré, Rasmata``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, TITLES, word_set

_LETTERS = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+"
# A list's entry may open with its case or file number before a dash: "File 12345/99 --
# HAIDARI, Zainab", "Case 2 - ROSSI, Marta", "Dossier n° 14 : KONÉ Awa".
_ENTRY_LABEL = (
    r"(?:[^\W\d_]{2,12}\.?[ ](?:n[o°º]\.?[ ]?)?[\w/.-]*\d[\w/.-]*[ ]+(?:--?|\u2013|\u2014|:)[ ]+)?"
)
# Where else an entry starts: after a form's label ("Line manager:   ", "From: "), after a
# table's first cell that holds a number ("LE-2019-0883  "), or inside quotes (a mail
# client's display name, a spreadsheet cell: "Sarkis, Hélène").
_LEAD = (
    r"(?P<lead>[^\W\d_]+(?:[ ][^\W\d_]+){0,3}:[ \t]+"
    r"|(?=[\w/.-]*\d)[^\W_][\w/.-]*+[ \t]{2,}(?=[^\W\d_]))?"
)
_INVERTED_PREFIX = (
    r"(?m)^[ \t]*(?:>[ \t]?)*(?P<marker>(?:\d{1,3}[.)]?|[-*•])[ \t]+)?"
    + _LEAD
    + _ENTRY_LABEL
    + r"(?P<quote>\")?"
)
# The name ends the entry, or a dash, "and", a colon or the closing quote follows it.
_INVERTED_TAIL = (
    rf"(?P<comma>,[ ]|[ ])(?P<given>{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}?))"
    r"(?=,|:|\"|[ \t]{2,}|[ \t]*$|[ ]\(|[ ](?:-|\u2013|\u2014|and|y|et|und)[ ])"
)
_INVERTED = re.compile(
    rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}){_INVERTED_TAIL}"
)
# the same with a one-word surname, for "OUATTARA Mariam, présidente"
_INVERTED_SHORT = re.compile(rf"{_INVERTED_PREFIX}(?P<name>(?P<surname>{_LETTERS}){_INVERTED_TAIL}")
INVERTED_VALUE = re.compile(rf"{_LETTERS}(?:[ ]{_LETTERS})?,[ ]{_LETTERS}(?:[ ]{_LETTERS}){{0,2}}")
# Countries, states and cities that are also given names: "Buenos Aires, Argentina",
# "Atlanta, Georgia", "Amman, Jordan" have the shape of a surname-first name.
_PLACES_NAMED_LIKE_PEOPLE = word_set(
    "argentina france georgia jordan chad india israel kenya china florence victoria "
    "virginia carolina austin dallas houston paris sydney regina adelaide santiago "
    "salvador trinidad dolores lourdes mercedes concepción concepcion asunción asuncion "
    "charlotte lincoln savannah orlando augusta beatrice alexandria valencia granada "
    "lorraine normandie bretagne jersey montana nevada dakota cuba malta lima"
)


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
    quoted = match.group("quote") is not None and match.string.startswith('"', match.end())
    entry = match.group("marker") or match.group("lead") or quoted
    if match.group("quote") and not quoted:
        return None  # a quotation that runs on is prose, not a name in a cell
    listed = entry and match.group("comma") == ", " and _listed_surname(surname, given, match)
    if not (capitals or (listed and surname[0].isupper())):
        return None
    if not all(w[0].isupper() and not w.isupper() for w in given.split()):
        return None
    words = [*surname.split(), *given.split()]
    if any(w.casefold() in NOT_NAME or w.casefold() in TITLES for w in words):
        return None
    score = 0.86 if capitals else 0.6  # "Paris, France" has the shape of a listed name too
    return LayoutSpan(match.start("name"), match.end("name"), "PERSON", score, "surname-first name")


def _listed_surname(surname: str, given: str, match: re.Match[str]) -> bool:
    """Whether "surname, given" in a list, a field or a cell is one name. A bullet's
    one-word surname is enough ("- Mbaye, Ousseynou"); a double surname ("Cruz Xolalpa,
    Petrona") or one after a label or in a cell needs a given name we know, since
    "Location: Lyon, Rhône" has the same shape."""
    from workstation.detection.phrases.given_names import known_given_name  # noqa: PLC0415

    bulleted = match.group("marker") and not match.group("lead")
    if bulleted and " " not in surname:
        return True
    first = given.split(maxsplit=1)[0]
    known = known_given_name(first) and first.casefold() not in _PLACES_NAMED_LIKE_PEOPLE
    return known and all(word[0].isupper() and not word.isupper() for word in surname.split())
