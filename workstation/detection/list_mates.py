"""Names listed beside a name: "Anh, Tuan Nguyen and Pham Thi Lan" once one is a name.

Writers list people as they list anything else, with commas and a final "and", and the
model often finds the names it knows in such a list and leaves the others ("Anh", a
transliterated name, a name in a language it was not trained on). A capitalised word or
two standing as an item of a list in which a person was found is a person too: so each
person's name is followed, left and right, across ", " and "and" ("&", "et", "y", "e",
"und", "or") over items of one to three capitalised words.

A list is a list only with its conjunction: "Ana Lopez, Brussels" is a name and where
she is, "Ana Lopez, Brussels and Kessa" is a list. So the items are proposed only when
a conjunction joins the chain. An item another finding touches (a place, a body) ends
the chain; an item that is a title, a word that cannot be part of a name, or a word
that starts sentences, a place's or a body's head word ("Port", "Times") or a firm's
("Shipping", "ApS") is no item. Items are proposed for review at a modest score, with
the plain reason, so the policy's thresholds and allow lists still apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.findings import Finding
from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.words import word_set
from workstation.detection.phrases.given_names import SENTENCE_WORDS, surname_like
from workstation.detection.punctuation_joins import LEGAL_FORMS

ENTITY = "PERSON"
SCORE = 0.5
RECOGNIZER = "list-mates"
PATTERN = "an item of a list in which a person was named"

_WORD = r"[^\W\d_][\w'\u2019.-]*"
_ITEM = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_CONJUNCTION = r"(?:and|&|et|y|e|und|or|ou|o)"
_SEPARATOR = rf"(?:,[ ]{_CONJUNCTION}[ ]|,[ ]|[ ]{_CONJUNCTION}[ ])"
_NEXT = re.compile(rf"(?P<separator>{_SEPARATOR})(?P<item>{_ITEM})")
_PREVIOUS = re.compile(rf"(?<![\w'\u2019.-])(?P<item>{_ITEM})(?P<separator>{_SEPARATOR})\Z")
# Where an item ends: punctuation, a line's end, or a lower-case word.
_ITEM_END = re.compile(r"(?:[,.;:)\]!?]|\s*$|\n|[ ][a-z&])")
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.\Z")
# Words that make an item a firm rather than a person ("Nordvik Shipping ApS").
_FIRM_WORDS = LEGAL_FORMS | word_set(
    "shipping logistics trading holdings group media print printing services bank "
    "transport motors foods textiles mining petroleum construction airlines"
)
_MAX_ITEMS = 6
_LOOK = 120


def mates(findings: list[Finding], text: str) -> list[Finding]:
    """New findings for the items of lists in which a person was found (see the module)."""
    taken = sorted((f.start, f.end) for f in findings)
    people = [f for f in findings if f.entity == ENTITY]
    found: dict[tuple[int, int], Finding] = {}
    for person in people:
        right, joined_right = _until_taken(list(_rightwards(person, text)), taken, people)
        left, joined_left = _until_taken(list(_leftwards(person, text)), taken, people)
        for start, end in [*left, *right] if joined_left or joined_right else []:
            found.setdefault((start, end), _finding(start, end))
    return sorted(found.values(), key=lambda f: f.start)


def _rightwards(person: Finding, text: str) -> Iterator[tuple[int, int, str]]:
    position = person.end
    for _ in range(_MAX_ITEMS):
        match = _NEXT.match(text, position, min(len(text), position + _LOOK))
        if match is None:
            return
        start, end = _trimmed_item(match.start("item"), match.end("item"), text)
        if start == end or not _ITEM_END.match(text, end):
            return
        yield start, end, match.group("separator")
        position = end


def _leftwards(person: Finding, text: str) -> Iterator[tuple[int, int, str]]:
    position = person.start
    for _ in range(_MAX_ITEMS):
        floor = max(0, position - _LOOK)
        match = _PREVIOUS.search(text[floor:position])
        if match is None:
            return
        start, end = floor + match.start("item"), floor + match.end("item")
        start = _first_name_word(start, end, text)
        if start == end or _sentence_start(text, start):
            return
        yield start, end, match.group("separator")
        position = start


def _trimmed_item(start: int, end: int, text: str) -> tuple[int, int]:
    """The item's name words, up to the first word that is not one."""
    position = start
    for word in text[start:end].split(" "):
        if not _name_word(word):
            break
        position += len(word) + 1
    end = max(start, min(end, position - 1))
    if text[start:end].endswith(".") and not _INITIAL.search(text, start, end):
        end -= 1  # the stop that ends the sentence, not an initial's
    return start, end


def _first_name_word(start: int, end: int, text: str) -> int:
    """Where the item's run of name words ending at ``end`` starts."""
    position = end
    for word in reversed(text[start:end].split(" ")):
        if not _name_word(word):
            break
        position -= len(word) + 1
    return min(end, position + 1) if position < end else end


def _name_word(word: str) -> bool:
    bare = word.rstrip(".")
    return (
        len(bare) > 1
        and not bare.endswith(("'s", "\u2019s"))
        and bare[0].isupper()
        and not bare.isupper()
        and bare.casefold() not in SENTENCE_WORDS
        and is_name_word(bare)
        and surname_like(bare)
        and bare.casefold() not in _FIRM_WORDS
    )


def _sentence_start(text: str, start: int) -> bool:
    """Whether the item opens a sentence (its capital says nothing); a list may open a
    line or follow a colon, and a word that opens sentences is no item anyway."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?"


def _until_taken(
    items: list[tuple[int, int, str]], taken: list[tuple[int, int]], people: list[Finding]
) -> tuple[list[tuple[int, int]], bool]:
    """The items up to the first another finding touches, without those another
    person's finding holds (which do not end the list), and whether a conjunction
    joins the chain up to there."""
    kept, joined = [], False
    for start, end, separator in items:
        touching = [(s, e) for s, e in taken if s < end and e > start]
        if any(not _is_person(s, e, people) for s, e in touching):
            break
        joined = joined or _joins(separator)
        if not touching:
            kept.append((start, end))
    return kept, joined


def _is_person(start: int, end: int, people: list[Finding]) -> bool:
    return any((p.start, p.end) == (start, end) for p in people)


def _joins(separator: str) -> bool:
    return separator.strip(" ,") != ""


def _finding(start: int, end: int) -> Finding:
    return Finding(start, end, ENTITY, SCORE, RECOGNIZER, pattern=PATTERN)
