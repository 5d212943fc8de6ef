"""Words of a text and multi-word phrases looked up in them, for the phrase recognizers.

Every phrase recognizer needs the same list of words, so it is made once per text
(the last few texts are kept). A :class:`Lexicon` finds its phrases by walking a trie
of lower-cased words from each word of the text: one dictionary lookup per word,
however many phrases it holds, where a regular expression with a thousand-way
alternation would be tried at every character.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

# A word: letters and digits, with inner hyphens and apostrophes ("HIV-positive",
# "d'emprisonnement" stays two words: the apostrophe after a single letter splits;
# "l'adjudant-chef" keeps its hyphen after the elision).
WORD_RE = re.compile(
    r"\w+(?:[-\u2010\u2011]\w+)*(?:['\u2019](?!s\b)\w{2,}(?:[-\u2010\u2011]\w+)*)*"
)
_ELISION = re.compile(r"(?i)\b[dlnjmstc]['\u2019](?=\w)|\bqu['\u2019](?=\w)")


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    lower: str


@functools.lru_cache(maxsize=4)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text`` in order; a French elision ("d'", "l'") is a word of its own."""
    found: list[Word] = []
    for match in WORD_RE.finditer(text):
        start, end = match.span()
        elided = _ELISION.match(text, start)
        if elided and elided.end() < end:
            found.append(Word(start, elided.end(), elided.group(), elided.group().lower()))
            start = elided.end()
        piece = text[start:end]
        found.append(Word(start, end, piece, piece.lower()))
    return tuple(found)


def gap_is_space(text: str, left: Word, right: Word, *, line_breaks: bool = True) -> bool:
    """Whether only spaces (and at most one line break) stand between two words."""
    between = text[left.end : right.start]
    if left.text.endswith(("'", "\u2019")):
        return between == ""
    if not between or between.strip(" \t\n" if line_breaks else " \t"):
        return False
    return between.count("\n") <= 1


class Lexicon:
    """Phrases of one or more words, matched case-insensitively, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._trie: dict[str, dict] = {}  # type: ignore[type-arg]
        for phrase in phrases:
            node = self._trie
            for word in split(phrase):
                node = node.setdefault(word, {})
            node[""] = {}  # the end of a phrase

    def __contains__(self, word: str) -> bool:
        return word in self._trie

    def candidates(self, found: tuple[Word, ...]) -> list[int]:
        """Indexes of the words a phrase may start at: a set lookup per word, so a finder
        looks further only where its vocabulary has a first word."""
        roots = self._trie
        return [index for index, word in enumerate(found) if word.lower in roots]

    def longest(self, text: str, found: tuple[Word, ...], index: int) -> int:
        """How many words from ``found[index]`` make the longest phrase (0: none)."""
        node, best = self._trie, 0
        position = index
        while position < len(found):
            word = found[position]
            if position > index and not gap_is_space(text, found[position - 1], word):
                break
            child = node.get(word.lower)
            if child is None:
                break
            node = child
            position += 1
            if "" in node:
                best = position - index
        return best


_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def joined_lines(text: str) -> str:
    """The text with each single line break read as a space, so a name wrapped at a line's
    end matches as one; a blank line still parts paragraphs. Same length: offsets hold."""
    return _SINGLE_BREAK.sub(" ", text)


def split(phrase: str) -> list[str]:
    """A phrase's words as :func:`words` cuts them, lower-cased."""
    return [w.lower for w in words(phrase)]


def word_set(text: str) -> frozenset[str]:
    """The words of a list written one after another, for membership tests."""
    return frozenset(text.split())


def phrase_list(text: str) -> list[str]:
    """Phrases written one per line or separated by commas."""
    return [p.strip() for line in text.splitlines() for p in line.split(",") if p.strip()]
