"""Folding text for forgiving matches, keeping a map back to the original offsets.

Deny-list terms must be found however they were typed: any case, with or without
diacritics ("Marić" = "Maric"), with runs of spaces or a line break between words, and
across a hyphenated line break ("Ha-\\nddad"). Folding produces a simplified string
and, for each of its characters, the offset in the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_HYPHENS = "-\u00ad\u2010\u2011"
# Printable ASCII but the hyphen, in words joined by single spaces: folds to itself in
# lower case.
_PLAIN = re.compile(r"[\x21-\x2c\x2e-\x7e]+(?: [\x21-\x2c\x2e-\x7e]+)*")


@dataclass(frozen=True)
class Folded:
    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in the original of folded character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a folded span."""
        return self.offsets[start], self.offsets[end - 1] + 1


@functools.cache
def fold_char(char: str) -> str:
    """Case- and diacritic-free form of one character (may be empty or several)."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> Folded:
    """Fold case and diacritics, collapse whitespace, and join words hyphenated at line ends."""
    out: list[str] = []
    offsets: list[int] = []
    after_space = False
    index, length = 0, len(text)
    while index < length:
        plain = _PLAIN.match(text, index)
        if plain:  # most of a document: copied in one piece
            out.append(plain.group().lower())
            offsets.extend(range(index, plain.end()))
            index, after_space = plain.end(), False
            continue
        char = text[index]
        if char in _HYPHENS and _line_break_follows(text, index + 1):
            index = _skip_space(text, index + 1)
            continue
        if char.isspace():
            if out and not after_space:
                out.append(" ")
                offsets.append(index)
                after_space = True
            index = _skip_space(text, index)
            continue
        for piece in fold_char(char):
            out.append(piece)
            offsets.append(index)
            after_space = piece == " "
        index += 1
    return Folded("".join(out), tuple(offsets))


@functools.lru_cache(maxsize=65_536)
def fold_term(term: str) -> str:
    return fold(term).text.strip()


def _line_break_follows(text: str, index: int) -> bool:
    while index < len(text) and text[index] in " \t":
        index += 1
    return index < len(text) and text[index] in "\r\n"


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index
