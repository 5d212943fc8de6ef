"""Look-alike letters, digits and punctuation: the other invisible watermark.

A Cyrillic "а" in "Pаris" or a letter O in "2O19" looks right to a reader and survives
copying, so a sender can give each recipient a different pattern of them. Each word is
brought to its own dominant script (a Latin word's Cyrillic letters become Latin; a
genuinely Cyrillic name stays Cyrillic), using the UTS #39 confusables table.

Also found: words written entirely in look-alike Cyrillic or Greek letters inside Latin
text, compatibility forms (mathematical, fullwidth) mixed into ordinary words, foreign or
mathematical digits among ASCII digits, and punctuation imitating ASCII punctuation.
Kept: accents (ü, ã), typographic quotes and dashes (their mixing is `patterns`'s
business), €, and fullwidth punctuation in Chinese, Japanese or Korean text.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.fingerprints.character_labels import describe
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.scripts import (
    LATIN,
    NEUTRAL,
    digit_lookalike,
    dominant_script,
    lookalike_in,
    lookalikes,
    most_common_script,
    script,
)

WORD = re.compile(
    r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    r"\u00ad\u200b-\u200d\u2060\ufeff]+"
)
"""Runs of letters, digits and marks; zero-width characters do not split a word."""
NON_ASCII = re.compile(r"[^\x00-\x7f]")
ASCII_LETTER = re.compile(r"[A-Za-z]+")
WHOLE_WORD_IMITATORS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})
CJK = frozenset({"HAN", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO"})
TYPOGRAPHIC = frozenset("‘’‚‛“”„‟–—―‐…•·§¶€£¥¢©®™°×÷±«»‹›′″")
"""Punctuation with a typographic job; quotes and dashes are regularised by `patterns`."""

WHY = {
    "mixed-script": "letters from another script hidden in a word can mark one recipient's copy",
    "whole-word": "a word spelt entirely in look-alike letters of another script can mark a copy",
    "compatibility-form": "a styled variant of a letter or digit mixed into a word can mark a copy",
    "digit-lookalike": "a letter or foreign digit posing as a digit can mark a copy",
    "punctuation-lookalike": "punctuation imitating an ordinary sign can mark a copy",
}


@dataclass(frozen=True)
class Swap:
    """One character to replace, and with what."""

    position: int
    replacement: str
    code: str


def find(text: str) -> list[FingerprintFinding]:
    """Every look-alike character, one finding per character, with its replacement."""
    return [
        FingerprintFinding(
            "homoglyph",
            swap.code,
            WHY[swap.code],
            swap.position,
            swap.position + 1,
            1,
            f"{describe(text[swap.position])} -> {swap.replacement}",
            swap.replacement,
        )
        for swap in swaps(text)
    ]


def fix(text: str) -> str:
    """The text with every look-alike replaced by the character it imitates."""
    chars = list(text)
    for swap in swaps(text):
        chars[swap.position] = swap.replacement
    return "".join(chars)


def swaps(text: str) -> Iterator[Swap]:
    """The replacements `find` reports and `fix` makes, in text order."""
    if text.isascii():
        yield from _ascii_digit_swaps(text)
        return
    document_script = _document_script(text)
    found: dict[int, Swap] = {}
    for match in WORD.finditer(text):
        word = match.group()
        if word.isascii():  # most words: only O-for-0 and l-for-1 can hide in them
            if _may_hide_digits(word):
                found.update(_digit_swaps(word, match.start()))
            continue
        for index, replacement, code in _swaps_in_word(word, document_script):
            position = match.start() + index
            found[position] = Swap(position, replacement, code)
    for match in NON_ASCII.finditer(text):
        if match.start() not in found:
            swap = _punctuation_swap(match.group(), match.start(), document_script)
            if swap is not None:
                found[swap.position] = swap
    yield from (found[position] for position in sorted(found))


def _document_script(text: str) -> str:
    """The script most of the document's letters are in (ASCII letters counted in bulk)."""
    latin = len(text) - len(ASCII_LETTER.sub("", text))
    others = [char for char in NON_ASCII.findall(text) if char.isalpha()]
    counts = Counter(script(char) for char in others)
    counts[LATIN] += latin
    return most_common_script(counts)


def _may_hide_digits(word: str) -> bool:
    return ("O" in word or "l" in word) and any(char in string.digits for char in word)


def _ascii_digit_swaps(text: str) -> Iterator[Swap]:
    """Fast path for ASCII text: only O-for-0 and l-for-1 inside numbers can hide."""
    for match in WORD.finditer(text):
        if _may_hide_digits(match.group()):
            yield from _digit_swaps(match.group(), match.start()).values()


@functools.lru_cache(maxsize=65536)
def _swaps_in_word(word: str, document_script: str) -> tuple[tuple[int, str, str], ...]:
    """A word's swaps by index; cached, since documents repeat their words."""
    return tuple(
        (swap.position, swap.replacement, swap.code)
        for swap in _word_swaps(word, 0, document_script).values()
    )


def _word_swaps(word: str, offset: int, document_script: str) -> dict[int, Swap]:
    found = _digit_swaps(word, offset)
    letters = [char for char in word if char.isalpha() and not _is_compatibility(char)]
    if word.isascii() or not letters:
        found.update(_compatibility_swaps(word, offset, found, has_plain=bool(letters)))
        return found
    scripts = {script(char) for char in letters} - NEUTRAL
    if scripts == {document_script} and not _has_compatibility(word):
        return found  # the common case: a word in the document's own script
    word_script = dominant_script(letters, prefer=document_script)
    upper_context = sum(char.isupper() for char in letters) * 2 > len(letters)
    if _imitates_whole_word(letters, word_script, document_script):
        word_script, code = document_script, "whole-word"
    else:
        code = "mixed-script"
    for index, char in enumerate(word):
        position = offset + index
        if position in found or not char.isalpha() or _is_compatibility(char):
            continue
        if script(char) in NEUTRAL or script(char) == word_script:
            continue
        upper = char.isupper() if index == 0 else upper_context
        replacement = lookalike_in(char, word_script, upper)
        if replacement is not None:
            found[position] = Swap(position, replacement, code)
    found.update(_compatibility_swaps(word, offset, found, has_plain=True))
    return found


def _has_compatibility(word: str) -> bool:
    return any(_is_compatibility(char) for char in word)


def _imitates_whole_word(letters: list[str], word_script: str, document_script: str) -> bool:
    """A Latin text's word made only of Cyrillic or Greek letters that all look Latin."""
    if document_script != LATIN or word_script not in WHOLE_WORD_IMITATORS:
        return False
    return all(lookalike_in(char, LATIN, char.isupper()) is not None for char in letters)


def _digit_swaps(word: str, offset: int) -> dict[int, Swap]:
    """Letters and foreign digits among ASCII digits ("2O19", "2٠19")."""
    digits = sum(char in string.digits for char in word)
    if digits < 2:
        return {}
    found = {}
    for index, char in enumerate(word):
        if char in string.digits:
            continue
        replacement = _as_ascii_digit(char)
        if replacement is None:
            continue
        flanked = _is_digit(word, index - 1) and _is_digit(word, index + 1)
        only_odd_one = digits >= 3 and digits == len(word) - 1
        if flanked or only_odd_one or char.isdigit():
            found[offset + index] = Swap(offset + index, replacement, "digit-lookalike")
    return found


def _as_ascii_digit(char: str) -> str | None:
    if char.isdigit():
        value = unicodedata.decimal(char, None)
        return None if value is None else str(value)
    return digit_lookalike(char)


def _is_digit(word: str, index: int) -> bool:
    return 0 <= index < len(word) and (word[index].isdigit() or word[index] in "Ol")


@functools.lru_cache(maxsize=8192)
def _is_compatibility(char: str) -> bool:
    """Mathematical, fullwidth and similar styled forms of an ASCII letter or digit.

    Forms that fold to another non-ASCII letter (Greek lunate sigma to final sigma) are
    letters of their script and are judged by script instead.
    """
    if char.isascii():
        return False
    folded = unicodedata.normalize("NFKC", char)
    return len(folded) == 1 and folded.isascii() and folded.isalnum()


def _compatibility_swaps(
    word: str, offset: int, found: dict[int, Swap], has_plain: bool
) -> dict[int, Swap]:
    """Styled letters among plain ones; a word styled throughout is left alone."""
    if not has_plain:
        return {}
    return {
        offset + index: Swap(
            offset + index, unicodedata.normalize("NFKC", char), "compatibility-form"
        )
        for index, char in enumerate(word)
        if offset + index not in found and _is_compatibility(char)
    }


def _punctuation_swap(char: str, position: int, document_script: str) -> Swap | None:
    """Punctuation that imitates ASCII punctuation (Greek question mark for ";")."""
    category = unicodedata.category(char)
    if char in TYPOGRAPHIC or not (category[0] in "PS" or category == "Lm"):
        return None
    if document_script in CJK and unicodedata.east_asian_width(char) in ("F", "W"):
        return None
    folded = unicodedata.normalize("NFKC", char)
    if len(folded) == 1 and folded.isascii() and folded in string.punctuation:
        return Swap(position, folded, "punctuation-lookalike")
    for glyph in lookalikes(char):
        if glyph in string.punctuation:
            return Swap(position, glyph, "punctuation-lookalike")
    return None
