"""Whether a term can be read in OCR words, however noisy the reading.

OCR misreads in predictable ways — q for g, l or 1 for I, 0 for O, rn for m — and a
name it misreads is still a name a reader sees. So both sides are reduced to a
*skeleton* that merges those look-alikes, and compared word by word:

- **skeleton**: compatibility forms (ligatures) and diacritics folded, case folded, a
  few letters spelt out (ß ss, æ ae, ø o, ł l); then each character of one OCR
  confusion class becomes the class's letter (`CONFUSIONS`) and `rn`, `vv`, `cl` and
  `ll` become `m`, `w`, `d` and `u` (the English model reads ü as "ii", which the class
  of i has made "ll"). Characters that are neither letters nor digits split words
  (so "Vesk's" holds the word "vesk").
- **aligned to words**: a term matches a run of consecutive words (in reading order,
  across line ends) whose skeletons, joined, are the term's skeleton without spaces —
  so "Radomir Vesk" is found as two words, as "RadomirVesk", or split "Rado- mir Vesk",
  but "Ann" is not found inside "annual".
- **within an edit budget**: what the classes do not cover (a dropped or wrong
  letter) is allowed by length: `allowed_edits` gives no edit under 6 skeleton
  characters, 1 from 6 to 10, 2 from 11. Shorter terms must match their skeleton
  exactly: a budget there would match ordinary words.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

CONFUSIONS = ("o0", "l1i|!", "s5$", "b8", "gq9", "z2")
"""OCR confusion classes: every character of a class becomes its first."""
_SPELT = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "l", "þ": "th"}
_CLASSES = str.maketrans({c: group[0] for group in CONFUSIONS for c in group[1:]} | _SPELT)
_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("ll", "u"))
_SPLIT = re.compile(r"[^\w]+|_+")
NAME_PART_MIN = 3
"""Parts of a name shorter than this (initials, "Li") are not searched on their own."""
NAME_PARTICLES = frozenset(
    {"al", "bin", "bint", "da", "dal", "de", "degli", "del", "della", "der", "di", "dos"}
    | {"du", "el", "la", "le", "van", "von", "ibn", "ben", "ter", "ten"}
)
"""Lower-case particles of names: common words, never searched as a part."""


@functools.lru_cache(maxsize=65_536)
def skeleton_words(text: str) -> tuple[str, ...]:
    """The skeletons of the words of `text`, in order."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    merged = plain.translate(_CLASSES)
    words = []
    for piece in _SPLIT.split(merged):
        word = piece
        for pair, letter in _PAIRS:
            word = word.replace(pair, letter)
        if word:
            words.append(word)
    return tuple(words)


def skeleton(text: str) -> str:
    """The skeleton of `text`, words joined without spaces."""
    return "".join(skeleton_words(text))


def allowed_edits(length: int) -> int:
    """Edits (insert, delete, substitute) tolerated for a skeleton of `length`."""
    return 0 if length < 6 else 1 if length < 11 else 2


def name_parts(name: str) -> list[str]:
    """The parts of a multi-word name searched on their own: every word of
    `NAME_PART_MIN` letters or more that is not a particle ("van", "de", "bin")."""
    words = [word for word in re.split(r"[\s\-‐]+", name) if word]
    if len(words) < 2:
        return []
    return [
        word
        for word in words
        if len(skeleton(word)) >= NAME_PART_MIN and word.casefold() not in NAME_PARTICLES
    ]


@dataclass(frozen=True)
class Haystack:
    """OCR words reduced to skeletons, joined, with where each word starts and ends;
    `owners[i]` is the index (into the words given) of the word skeleton `i` came from."""

    text: str
    starts: frozenset[int]
    ends: frozenset[int]
    owners: tuple[int, ...]

    @classmethod
    def of(cls, words: Iterable[str]) -> Haystack:
        pieces: list[str] = []
        owners: list[int] = []
        for index, word in enumerate(words):
            for piece in skeleton_words(word):
                pieces.append(piece)
                owners.append(index)
        starts, ends, position = [], [], 0
        for piece in pieces:
            starts.append(position)
            position += len(piece)
            ends.append(position)
        return cls("".join(pieces), frozenset(starts), frozenset(ends), tuple(owners))


def find(term: str, haystack: Haystack) -> bool:
    """Whether `term` is legible in the words of `haystack` (see the module's rules)."""
    needle = skeleton(term)
    if not needle:
        return False
    edits = allowed_edits(len(needle))
    for start in _candidates(needle, haystack.text, edits):
        if _aligned_match(needle, haystack, start, edits):
            return True
    return False


def _candidates(needle: str, text: str, edits: int) -> set[int]:
    """Where a match could start: one of `edits + 1` pieces of the needle must appear
    unchanged (pigeonhole), so searching for each piece finds every match."""
    count = edits + 1
    size = len(needle) // count
    found: set[int] = set()
    for index in range(count):
        offset = index * size
        piece = needle[offset : offset + size] if index < count - 1 else needle[offset:]
        position = text.find(piece)
        while position >= 0:
            found.add(position - offset)
            position = text.find(piece, position + 1)
    return found


def _aligned_match(needle: str, haystack: Haystack, start: int, edits: int) -> bool:
    """A run of whole words starting within `edits` of `start` whose joined skeleton is
    within `edits` of the needle."""
    for begin in range(start - edits, start + edits + 1):
        if begin not in haystack.starts:
            continue
        for end in range(begin + len(needle) - edits, begin + len(needle) + edits + 1):
            if end in haystack.ends and within(haystack.text[begin:end], needle, edits):
                return True
    return False


def within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of `a` and `b` is at most `limit` (banded, stops early)."""
    if a == b:
        return True
    if limit == 0 or abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def legible_terms(terms: Sequence[str], words: Iterable[str]) -> list[int]:
    """Indexes of the `terms` legible in `words` (OCR words in reading order)."""
    haystack = Haystack.of(words)
    return [index for index, term in enumerate(terms) if find(term, haystack)]
