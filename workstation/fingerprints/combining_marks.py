"""Combining marks that do not belong: stacked or stray accents, and decomposed letters.

A mark that composes with nothing (a dot above a Latin "t", a doubled acute, a Cyrillic
titlo on a Latin letter) changes how the word looks by a pixel and can mark a copy. So
can an accent that does compose but that the word does not have: "offi" + acute + "ce"
would become "offíce", a canary that survives composing; it is removed instead. An
accent counts as the word's own when the document writes accents itself (another word
carries a precomposed accented letter: "café" written decomposed in a French text) and
the same word does not also appear without it. Such an accent is composed (NFC), so an
accented letter written decomposed in one copy and composed in another comes out one way.

Marks on letters of scripts whose writing needs them (Arabic, Hebrew, Indic scripts,
Thai, ...) are left alone, as are the invisible selectors `invisible` reports.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from workstation.fingerprints.character_labels import describe
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.scripts import NEUTRAL, script

MARKED_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC", "COMMON"})
"""Scripts whose accented letters Unicode has precomposed."""
SELECTORS = frozenset(
    [chr(code) for code in (0x034F, 0x180B, 0x180C, 0x180D, 0x180F)]
    + [chr(code) for code in range(0xFE00, 0xFE10)]
    + [chr(code) for code in range(0xE0100, 0xE01F0)]
)
"""Marks (category Mn) that print nothing: reported as invisible characters instead."""
GENERAL_DIACRITICS = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
"""The blocks of marks no one script owns."""
STRAY_WHY = "an accent that composes with no letter changes a word by a pixel and can mark a copy"
ALPHABET_LETTERS = frozenset("йЙёЁїЇўЎґҐ")
"""Cyrillic letters that are letters of their alphabets, not accented ones: "й" written
as "и" and a breve is composed, never stripped to "и" (that would change the name)."""
DECOMPOSED_WHY = (
    "an accented letter written as letter plus accent looks the same but can tell copies apart"
)


def present_marks(text: str) -> str:
    """The combining marks (not the invisible selectors) the text holds, as one string:
    patterns are built from these few rather than from all of Unicode's, which makes
    scanning a text without marks nearly free."""
    return "".join(sorted(char for char in set(text) if not char.isascii() and is_mark(char)))


@functools.lru_cache(maxsize=8192)
def is_mark(char: str) -> bool:
    """A combining mark (Mn, Me) that prints, i.e. not one of the invisible selectors."""
    return unicodedata.category(char) in ("Mn", "Me") and char not in SELECTORS


@functools.lru_cache(maxsize=256)
def _run(marks: str) -> re.Pattern[str]:
    """A character followed by the combining marks on it."""
    return re.compile(f"(.)([{re.escape(marks)}]+)", re.DOTALL)


@functools.lru_cache(maxsize=256)
def _word(marks: str) -> re.Pattern[str]:
    return re.compile(f"(?:\\w|[{re.escape(marks)}])+")


@dataclass(frozen=True)
class Run:
    """A letter and its marks, and what becomes of it."""

    start: int
    end: int
    marks: str
    stray: str  # the marks that do not belong (all of them, for an accent not the word's)
    replacement: str


def find(text: str) -> list[FingerprintFinding]:
    """Every letter-and-marks run that is not a precomposed accented letter of its word."""
    found = []
    for run in runs(text):
        code, why = ("stray-mark", STRAY_WHY) if run.stray else ("decomposed", DECOMPOSED_WHY)
        shown = ", ".join(describe(char) for char in (run.stray or run.marks))
        count = len(run.stray) or len(run.marks)
        found.append(
            FingerprintFinding(
                "combining_mark", code, why, run.start, run.end, count, shown, run.replacement
            )
        )
    return found


def runs(text: str) -> Iterator[Run]:
    """Each run of marks on a letter of a script with precomposed letters, judged."""
    marks = present_marks(text)
    if not marks:
        return
    matches = [m for m in _run(marks).finditer(text) if _judged(m.group(1), m.group(2))]
    if not matches:
        return
    words = _Words(text, marks)
    for match in matches:
        base, marks = match.group(1), match.group(2)
        composed = unicodedata.normalize("NFC", base + marks)
        stray = "".join(char for char in composed if unicodedata.category(char)[0] == "M")
        if not stray and composed not in ALPHABET_LETTERS and not words.accent_belongs(
            match.start()
        ):
            stray, composed = marks, base
        replacement = _without_marks(composed) if stray else composed
        yield Run(match.start(), match.end(), marks, stray, replacement)


def compose(text: str) -> str:
    """NFC for every accent that belongs to its word; other marks stay as they are, to be
    reported (composing "offi" + acute + "ce" would hide a mark in plain sight)."""
    kept = ((run.start, run.end, text[run.start : run.end]) for run in runs(text) if run.stray)
    return _rewritten(text, kept)


def fix(text: str) -> str:
    """Accents that belong composed (NFC); every other mark on a Latin, Greek or
    Cyrillic letter removed."""
    return _rewritten(text, ((run.start, run.end, run.replacement) for run in runs(text)))


def _rewritten(text: str, replaced: Iterable[tuple[int, int, str]]) -> str:
    """The text NFC between the (start, end, replacement) places, in order, and each
    place's replacement as given."""
    pieces, last = [], 0
    for start, end, replacement in replaced:
        pieces += [unicodedata.normalize("NFC", text[last:start]), replacement]
        last = end
    pieces.append(unicodedata.normalize("NFC", text[last:]))
    return "".join(pieces)


def _judged(base: str, marks: str) -> bool:
    """Any mark on a letter of a script with precomposed letters; on a neutral base (a
    digit, a tatweel) only the general diacritics (an Arabic vowel sign after a tatweel
    is Arabic writing)."""
    base_script = script(base)
    if base_script not in MARKED_SCRIPTS:
        return False
    return base_script not in NEUTRAL or bool(GENERAL_DIACRITICS.fullmatch(marks))


def _without_marks(composed: str) -> str:
    return "".join(char for char in composed if not unicodedata.category(char).startswith("M"))


@functools.lru_cache(maxsize=4096)
def _is_accented(char: str) -> bool:
    """A precomposed letter with an accent ("é", "й"), not a plain or styled one."""
    if char.isascii() or not char.isalpha():
        return False
    return any(unicodedata.category(part) == "Mn" for part in unicodedata.normalize("NFD", char))


class _Words:
    """The document's words, for judging whether a decomposed accent is the word's own."""

    def __init__(self, text: str, marks: str) -> None:
        self.spans = [(m.start(), m.end(), m.group()) for m in _word(marks).finditer(text)]
        self.starts = [start for start, _, _ in self.spans]
        self.accented = [any(_is_accented(char) for char in word) for _, _, word in self.spans]
        self.plain = {
            word.casefold()
            for _, _, word in self.spans
            if all(not unicodedata.category(char).startswith("M") for char in word)
            and not any(_is_accented(char) for char in word)
        }

    def accent_belongs(self, position: int) -> bool:
        """The document writes accents precomposed in another word, and this word is not
        also written without its marks."""
        index = max(0, self._index(position))
        if _without_marks(self.spans[index][2]).casefold() in self.plain:
            return False
        return any(flag for other, flag in enumerate(self.accented) if other != index)

    def _index(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position) - 1
