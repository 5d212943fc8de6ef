"""Look-alike letters, digits and punctuation: the other invisible watermark.

A Cyrillic "а" in "Pаris" or a letter O in "2O19" looks right to a reader and survives
copying, so a sender can give each recipient a different pattern of them. Each word is
brought to its script, judged from the document's script and the word's confusable
skeleton (`word_script_of`): a Latin word's Cyrillic letters become Latin however many
there are, a genuinely Cyrillic name stays Cyrillic. Data: the UTS #39 confusables table.

Also found: words written entirely in look-alike Cyrillic or Greek letters inside Latin
text, compatibility forms (mathematical, fullwidth) mixed into ordinary words, symbols
posing as letters inside words, digits of other scripts and styled digits in a text that
writes ASCII digits (whole numbers too), and punctuation imitating ASCII punctuation.
Kept: accents (ü, ã), typographic quotes and dashes (their mixing is `patterns`'s
business), €, a script's own digits in its own text, and fullwidth forms in Chinese,
Japanese or Korean text. Normalising twice changes nothing more (a Hypothesis property).
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
from workstation.fingerprints.combining_marks import is_mark
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.scripts import (
    LATIN,
    NEUTRAL,
    confusable_characters,
    confusable_class,
    digit_lookalike,
    lookalike_in,
    lookalikes,
    most_common_script,
    script,
)


def word_pattern(text: str) -> re.Pattern[str]:
    """Runs of letters, digits, marks and letter-like symbols; zero-width characters do
    not split a word. Built from the marks and symbols this text holds."""
    extras = "" if text.isascii() else "".join(sorted(_extras(set(text))))
    return _word_pattern(extras)


def _extras(chars: set[str]) -> Iterator[str]:
    symbols = letter_symbols()
    for char in chars:
        if not char.isascii() and (is_mark(char) or char in symbols):
            yield char


@functools.lru_cache(maxsize=256)
def _word_pattern(extras: str) -> re.Pattern[str]:
    other = f"|[{re.escape(extras)}]" if extras else ""
    return re.compile(f"(?:[\\w\u00ad\u200b-\u200d\u2060\ufeff]{other})+")


@functools.cache
def letter_symbols() -> frozenset[str]:
    """Symbols UTS #39 says imitate a letter ("℮" an e, "∨" a v, "⍺" an a): inside a word
    they are look-alikes. Typographic signs (×, °) are not among them."""
    return frozenset(
        char
        for char in confusable_characters()
        if unicodedata.category(char)[0] == "S"
        and not char.isascii()
        and char not in TYPOGRAPHIC
        and any(glyph.isalpha() for glyph in confusable_class(char))
    )


NON_ASCII = re.compile(r"[^\x00-\x7f]")
ANY_DIGIT = re.compile(r"\d")
ASCII_DIGIT = re.compile(r"[0-9]")
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
    "symbol-lookalike": "a symbol imitating a letter inside a word can mark a copy",
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
    context = _context(text)
    pattern = word_pattern(text)
    found: dict[int, Swap] = {}
    previous: re.Match[str] | None = None
    for match in pattern.finditer(text):
        word, before, previous = match.group(), previous, match
        if word.isascii():  # most words: only O-for-0 and l-for-1 can hide in them
            if _may_hide_digits(word):
                found.update(_digit_swaps(word, match.start()))
            continue
        quoted = (
            _quoted_scripts(text, match, (before, pattern.search(text, match.end())))
            if context.script == LATIN and not ASCII_LETTER.search(word)
            else frozenset()
        )
        for index, replacement, code in _swaps_in_word(word, context, quoted):
            position = match.start() + index
            found[position] = Swap(position, replacement, code)
    for match in NON_ASCII.finditer(text):
        if match.start() not in found:
            swap = _punctuation_swap(match.group(), match.start(), context.script)
            if swap is not None:
                found[swap.position] = swap
    yield from (found[position] for position in sorted(found))


@dataclass(frozen=True)
class Context:
    """What a word's reading depends on beyond itself: the document's script (counted
    on letters that only that script has) and whether it writes ASCII digits (styled
    ones count: they are ASCII digits in disguise)."""

    script: str
    ascii_digits: bool


def _context(text: str) -> Context:
    plain = ASCII_DIGIT.search(text) is not None or any(
        _is_compatibility(digit) for digit in set(ANY_DIGIT.findall(text))
    )
    return Context(_document_script(text), plain)


def _document_script(text: str) -> str:
    """The script most of the document's distinctive letters are in.

    A letter counts only when no letter of another script imitates it: "k", "m" and "t"
    for Latin, "д" and "ж" for Cyrillic, but not "a" or "а". So a Latin text whose letters
    were swapped for Cyrillic twins, however many, stays a Latin text, and swapping twins
    back never changes what a second pass decides. A text of twins alone (a few words) is
    taken for Latin, the script the twins imitate.
    """
    latin = len(text) - len(distinctive_ascii().sub("", text))
    others = Counter(char for char in NON_ASCII.findall(text) if char.isalpha())
    counts: Counter[str] = Counter()
    for char, count in others.items():
        if _is_compatibility(char):
            counts[LATIN] += count * _distinctive(unicodedata.normalize("NFKC", char))
        elif _distinctive(char):
            counts[script(char)] += count
    counts[LATIN] += latin
    return most_common_script(counts)


@functools.cache
def distinctive_ascii() -> re.Pattern[str]:
    """The ASCII letters no letter of another script imitates ("k", "m", "t", "Q")."""
    return re.compile("[" + "".join(c for c in string.ascii_letters if _distinctive(c)) + "]")


@functools.lru_cache(maxsize=8192)
def _distinctive(char: str) -> bool:
    """A letter no letter of another script imitates (in UTS #39's confusable group of
    it, which is how swaps are chosen, so swapping never makes or unmakes one). An
    accented letter is judged by its base letter, so composing an accent changes nothing."""
    char = unicodedata.normalize("NFD", char)[0]
    own = script(char)
    return not any(
        glyph.isalpha() and script(glyph) not in NEUTRAL and script(glyph) != own
        for glyph in confusable_class(char)
    )


@functools.lru_cache(maxsize=8192)
def _latin_twin(char: str) -> bool:
    """A letter of another script that an ASCII letter imitates (Cyrillic "а", Greek "ο")."""
    return script(char) != LATIN and lookalike_in(char, LATIN, char.isupper()) is not None


def _quoted_scripts(
    text: str, word: re.Match[str], neighbours: tuple[re.Match[str] | None, ...]
) -> frozenset[str]:
    """The scripts of the neighbouring words on the same line that are written in one
    script and hold a letter no Latin letter imitates ("Орехова" beside "Вера"): a word
    there in one of them is a quoted name or phrase, not a disguise. Only asked for a
    Latin text's word without ASCII letters; such neighbours are never changed, so a
    second pass sees the same."""
    scripts: set[str] = set()
    for other in neighbours:
        if other is None:
            continue
        first, second = sorted((word, other), key=lambda m: m.start())
        if "\n" in text[first.end() : second.start()]:
            continue
        letters = [char for char in other.group() if char.isalpha()]
        own = {script(char) for char in letters} - NEUTRAL
        if len(own) == 1 and any(not _latin_twin(char) for char in letters if not char.isascii()):
            scripts |= own
    return frozenset(scripts)


def _may_hide_digits(word: str) -> bool:
    return ("O" in word or "l" in word) and any(char in string.digits for char in word)


def _ascii_digit_swaps(text: str) -> Iterator[Swap]:
    """Fast path for ASCII text: only O-for-0 and l-for-1 inside numbers can hide."""
    for match in word_pattern(text).finditer(text):
        if _may_hide_digits(match.group()):
            yield from _digit_swaps(match.group(), match.start()).values()


@functools.lru_cache(maxsize=65536)
def _swaps_in_word(
    word: str, context: Context, quoted: frozenset[str]
) -> tuple[tuple[int, str, str], ...]:
    """A word's swaps by index; cached, since documents repeat their words."""
    return tuple(
        (swap.position, swap.replacement, swap.code)
        for swap in _word_swaps(word, 0, context, quoted).values()
    )


def _word_swaps(
    word: str, offset: int, context: Context, quoted: frozenset[str] = frozenset()
) -> dict[int, Swap]:
    found = _digit_swaps(word, offset, context)
    found.update(_foreign_digit_swaps(word, offset, context))
    letters = [  # what is left a letter once the digits are digits
        char
        for index, char in enumerate(word)
        if char.isalpha() and not _is_compatibility(char) and offset + index not in found
    ]
    if word.isascii() or not letters:
        found.update(
            _compatibility_swaps(word, offset, found, bool(letters), LATIN, context.script)
        )
        return found
    document_script = context.script
    scripts = {script(char) for char in letters} - NEUTRAL
    symbols = letter_symbols().intersection(word)
    if scripts == {document_script} and not _has_compatibility(word) and not symbols:
        return found  # the common case: a word in the document's own script
    styled = [unicodedata.normalize("NFKC", char) for char in word if _is_compatibility(char)]
    letters += [char for char in styled if char.isalpha()]  # judged as what they fold to
    word_script = word_script_of(letters, document_script)
    upper_context = sum(char.isupper() for char in letters) * 2 > len(letters)
    if word_script not in quoted and _imitates_whole_word(letters, word_script, document_script):
        word_script, code = document_script, "whole-word"
    else:
        code = "mixed-script"
    for index, char in enumerate(word):
        position = offset + index
        if char in symbols and position not in found:
            upper = char.isupper() if index == 0 else upper_context
            replacement = lookalike_in(char, word_script, upper)
            if replacement is not None:
                found[position] = Swap(position, replacement, "symbol-lookalike")
            continue
        if position in found or not char.isalpha() or _is_compatibility(char):
            continue
        if script(char) in NEUTRAL or script(char) == word_script:
            continue
        upper = char.isupper() if index == 0 else upper_context
        replacement = lookalike_in(char, word_script, upper)
        if replacement is not None:
            found[position] = Swap(position, replacement, code)
    found.update(_compatibility_swaps(word, offset, found, True, word_script, document_script))
    return found


def word_script_of(letters: list[str], document_script: str) -> str:
    """The script a word is written in, judged by its confusable skeleton.

    A script every letter of the word belongs to or has a twin in can write the whole word.
    In a Latin text Latin wins when it can ("Тһe" is "The", however many of its letters
    were swapped): Latin is the skeleton UTS #39 maps look-alikes to, and a Latin text
    quotes few words spelt only in letters that look Latin. Otherwise the script most of
    the word's letters are in wins, ties going to the document's script (a Cyrillic text
    quotes Latin names, so "Pаris" there is "Paris"). A word no one script can write
    ("Ивaнов": no Latin letter imitates "И") is in the script most of its letters are in,
    and only letters with a twin there are changed, so a second pass finds nothing more.
    """
    scripts = {script(char) for char in letters} - NEUTRAL
    writable = [
        name
        for name in scripts
        if all(
            script(char) in NEUTRAL
            or script(char) == name
            or lookalike_in(char, name, char.isupper()) is not None
            for char in letters
        )
    ]
    if document_script == LATIN and LATIN in writable:
        return LATIN
    counts = Counter(script(char) for char in letters if script(char) in (writable or scripts))
    return most_common_script(counts, prefer=document_script)


def _has_compatibility(word: str) -> bool:
    return any(_is_compatibility(char) for char in word)


def _imitates_whole_word(letters: list[str], word_script: str, document_script: str) -> bool:
    """A Latin text's word made only of Cyrillic or Greek letters that all look Latin."""
    if document_script != LATIN or word_script not in WHOLE_WORD_IMITATORS:
        return False
    return all(lookalike_in(char, LATIN, char.isupper()) is not None for char in letters)


def _digit_swaps(word: str, offset: int, context: Context | None = None) -> dict[int, Swap]:
    """Letters and foreign digits among ASCII digits ("2O19", "2٠19"), counting the
    digits this pass makes ASCII, until no more change (so a second pass finds nothing).
    Combining marks are looked through: the marks step removes a stray one after this."""
    if sum(_ends_ascii(char, context) for char in word if char.isdigit()) < 2:
        return {}
    chars = list(word)
    unmarked = sum(not _is_mark(char) for char in word)
    found: dict[int, Swap] = {}
    changed = True
    while changed:
        changed = False
        digits = sum(char.isdigit() for char in chars)
        for index, char in enumerate(chars):
            if char.isdigit() and (char in string.digits or offset + index in found):
                continue
            replacement = None if _is_mark(char) else _as_ascii_digit(char)
            if replacement is None:
                continue
            flanked = _is_digit(chars, index, -1) and _is_digit(chars, index, 1)
            only_odd_one = digits >= 3 and digits == unmarked - 1
            if flanked or only_odd_one or char.isdigit():
                found[offset + index] = Swap(offset + index, replacement, "digit-lookalike")
                chars[index] = replacement
                changed = True
    return found


def _ends_ascii(digit: str, context: Context | None) -> bool:
    """An ASCII digit, a styled one, or a foreign one this pass turns ASCII."""
    if digit in string.digits:
        return True
    if _is_compatibility(digit):  # styled: folded unless a fullwidth digit of CJK text
        return context is None or not (
            context.script in CJK and unicodedata.east_asian_width(digit) == "F"
        )
    return context is not None and bool(_foreign_digit_swaps(digit, 0, context))


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def _as_ascii_digit(char: str) -> str | None:
    if char.isdigit():
        value = unicodedata.decimal(char, None)
        return None if value is None else str(value)
    return digit_lookalike(char)


def _foreign_digit_swaps(word: str, offset: int, context: Context) -> dict[int, Swap]:
    """Digits of another script or styled digits (mathematical, fullwidth) in a text that
    writes ASCII digits, even a number written entirely in them ("٢٠١٩", "𝟐𝟎𝟏𝟗").
    Kept: a script's own digits in a text of that script (Arabic-Indic digits in Arabic),
    fullwidth digits in Chinese, Japanese or Korean text."""
    if not context.ascii_digits:
        return {}
    document_script = context.script
    found = {}
    for index, char in enumerate(word):
        if char.isascii() or not char.isdigit():
            continue
        value = unicodedata.decimal(char, None)
        if value is None or script(char) == document_script:
            continue
        if document_script in CJK and unicodedata.east_asian_width(char) == "F":
            continue
        found[offset + index] = Swap(offset + index, str(value), "digit-lookalike")
    return found


def _is_digit(word: str | list[str], index: int, step: int) -> bool:
    """The nearest character before (step -1) or after (step 1), marks skipped, is a
    digit or a character that can pose as one ("O", Cyrillic "О", "l")."""
    index += step
    while 0 <= index < len(word) and _is_mark(word[index]):
        index += step
    return 0 <= index < len(word) and _as_ascii_digit(word[index]) is not None


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
    word: str,
    offset: int,
    found: dict[int, Swap],
    has_plain: bool,
    word_script: str = LATIN,
    document_script: str = LATIN,
) -> dict[int, Swap]:
    """Styled letters among plain ones, folded (NFKC) and written in the word's script (a
    fullwidth "ｅ" in a Cyrillic word is its "е"); a word styled throughout is left alone,
    and so are fullwidth forms in Chinese, Japanese or Korean text (its own habit)."""
    if not has_plain:
        return {}
    return {
        offset + index: Swap(offset + index, _folded(char, word_script), "compatibility-form")
        for index, char in enumerate(word)
        if offset + index not in found
        and _is_compatibility(char)
        and not (document_script in CJK and unicodedata.east_asian_width(char) == "F")
    }


def _folded(char: str, word_script: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if not folded.isalpha() or script(folded) == word_script:
        return folded
    return lookalike_in(folded, word_script, folded.isupper()) or folded


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
