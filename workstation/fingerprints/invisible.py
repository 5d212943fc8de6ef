"""Invisible and format characters, and spaces that are not the ordinary space.

Zero-width characters, joiners, soft hyphens, bidi controls, Unicode tags and variation
selectors print as nothing, so a sender can put a different pattern of them into each
recipient's copy and read the recipient back from a published quote. Unusual spaces
(no-break, thin, hair, figure, ideographic) look like spaces and do the same job.

Every variation selector counts, the Mongolian free variation selectors (U+180B-U+180D,
U+180F) too: they are marks (category Mn), not format characters, but print as nothing.

Kept, because writing systems need them: joiners between letters of scripts that join
(Arabic, Persian, the Indic scripts), joiners and variation selectors inside emoji
sequences, variation selectors after ideographs, Mongolian free variation selectors
after Mongolian letters, and tag characters spelling a flag.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from workstation.fingerprints.character_labels import markers
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.homoglyphs import letter_symbols
from workstation.fingerprints.scripts import script

JOINERS = "\u200c\u200d"
MONGOLIAN_SELECTORS = "\u180b\u180c\u180d\u180f"
VISIBLE_FORMAT = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u08e2\U000110bd\U000110cd"
)
"""Format characters (Cf) that print something: Arabic number signs and the like."""
EXTRA_INVISIBLE = "\u034f\u115f\u1160\u3164\uffa0\u2800"
"""Invisible characters outside category Cf: combining grapheme joiner, Hangul fillers,
the blank Braille pattern."""
LINE_SEPARATORS = "\u2028\u2029\u0085"
JOINING_SCRIPTS = (
    "ARABIC",
    "SYRIAC",
    "NKO",
    "MONGOLIAN",
    "DEVANAGARI",
    "BENGALI",
    "GURMUKHI",
    "GUJARATI",
    "ORIYA",
    "TAMIL",
    "TELUGU",
    "KANNADA",
    "MALAYALAM",
    "SINHALA",
    "MYANMAR",
    "KHMER",
    "TIBETAN",
)
BLACK_FLAG = "\U0001f3f4"

INVISIBLE_WHY = (
    "invisible characters print as nothing, so their pattern can carry a recipient's id "
    "through a published quote"
)
SPACE_WHY = (
    "unusual spaces look like ordinary ones; which of them a copy uses can tell copies apart"
)


def is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or char in MONGOLIAN_SELECTORS


def is_tag(char: str) -> bool:
    return 0xE0000 <= ord(char) <= 0xE007F


@functools.cache
def invisible_pattern() -> re.Pattern[str]:
    """Runs of invisible characters (built once; scans the Unicode database)."""
    chars = {
        chr(code)
        for code in _scanned_code_points()
        if unicodedata.category(chr(code)) == "Cf" and chr(code) not in VISIBLE_FORMAT
    }
    chars |= set(EXTRA_INVISIBLE) | set(MONGOLIAN_SELECTORS)
    chars |= {chr(code) for code in range(0xFE00, 0xFE10)} | {
        chr(code) for code in range(0xE0100, 0xE01F0)
    }
    return re.compile(_character_class(chars) + "+")


@functools.cache
def space_pattern() -> re.Pattern[str]:
    """Runs of spaces that are not U+0020, and the line and paragraph separators."""
    chars = {
        chr(code)
        for code in _scanned_code_points()
        if unicodedata.category(chr(code)) == "Zs" and code != 0x20
    }
    chars |= set(LINE_SEPARATORS)
    return re.compile(_character_class(chars) + "+")


def _character_class(chars: set[str]) -> str:
    """A regex class written as ranges: a few dozen items scan far faster than 200."""
    ranges: list[list[int]] = []
    for code in sorted(ord(char) for char in chars):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return (
        "["
        + "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)
        + "]"
    )


def _scanned_code_points() -> Iterator[int]:
    """Planes 2, 3, 15 and 16 hold no format or space character (see workstation.terminal)."""
    yield from range(0x20000)
    yield from range(0xE0000, 0xF0000)


def find(text: str) -> list[FingerprintFinding]:
    """Every run of invisible characters and of unusual spaces, with its position."""
    found = [
        FingerprintFinding(
            "invisible",
            _code(run),
            INVISIBLE_WHY,
            start,
            start + len(run),
            len(run),
            markers(run),
            "",
        )
        for start, run in _suspicious_runs(text)
    ]
    for match in space_pattern().finditer(text):
        run = match.group()
        found.append(
            FingerprintFinding(
                "unusual_space",
                _code(run),
                SPACE_WHY,
                match.start(),
                match.end(),
                len(run),
                markers(run),
                _space_replacement(run),
            )
        )
    return sorted(found, key=lambda finding: finding.start)


def remove_invisible(text: str) -> str:
    """The text without the invisible characters `find` reports."""
    pieces, last = [], 0
    for start, run in _suspicious_runs(text):
        pieces.append(text[last:start])
        last = start + len(run)
    pieces.append(text[last:])
    return "".join(pieces)


def made_visible(text: str) -> str:
    """Every invisible character and unusual space written as its marker, for display."""
    text = invisible_pattern().sub(
        lambda match: markers(match.group(), limit=len(match.group())), text
    )
    return space_pattern().sub(lambda match: markers(match.group(), limit=len(match.group())), text)


def ordinary_spaces(text: str) -> str:
    """Unusual spaces become one ordinary space; line separators a newline."""
    return space_pattern().sub(lambda match: _space_replacement(match.group()), text)


def _space_replacement(run: str) -> str:
    return "\n" if any(char in LINE_SEPARATORS for char in run) else " "


def _suspicious_runs(text: str) -> Iterator[tuple[int, str]]:
    """Runs of invisible characters, minus the ones a writing system needs."""
    for match in invisible_pattern().finditer(text):
        kept_run = ""
        run_start = match.start()
        for offset, char in enumerate(match.group()):
            position = match.start() + offset
            if _legitimate(text, position):
                if kept_run:
                    yield run_start, kept_run
                kept_run, run_start = "", position + 1
            else:
                kept_run += char
        if kept_run:
            yield run_start, kept_run


def _legitimate(text: str, position: int) -> bool:
    char = text[position]
    before = text[position - 1] if position > 0 else ""
    after = text[position + 1] if position + 1 < len(text) else ""
    if char in JOINERS:
        return _joins_letters(before, after) or (char == "\u200d" and _emoji_around(before, after))
    if char in MONGOLIAN_SELECTORS:
        return before.isalpha() and script(before) == "MONGOLIAN"
    if is_variation_selector(char):  # not after a symbol posing as a letter ("℮")
        return bool(before) and (
            (_is_emoji(before) and before not in letter_symbols()) or _is_ideograph(before)
        )
    if is_tag(char):
        return _in_flag_sequence(text, position)
    return False


def _joins_letters(before: str, after: str) -> bool:
    if not before or not after:
        return False
    return script(before) in JOINING_SCRIPTS and script(after) == script(before)


def _emoji_around(before: str, after: str) -> bool:
    if not before or not after:
        return False
    return (_is_emoji(before) or is_variation_selector(before)) and _is_emoji(after)


def _is_emoji(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F3FB <= ord(char) <= 0x1F3FF


def _is_ideograph(char: str) -> bool:
    return "CJK" in unicodedata.name(char, "")


def _in_flag_sequence(text: str, position: int) -> bool:
    """Tags spelling a subdivision flag: black flag, tag letters, cancel tag."""
    start = position
    while start > 0 and is_tag(text[start - 1]):
        start -= 1
    return start > 0 and text[start - 1] == BLACK_FLAG


def _code(run: str) -> str:
    """The finding's code: the marker name of the run's characters, or "mixed"."""
    names = {_family(markers(char).strip("<>")) for char in run}
    return names.pop() if len(names) == 1 else "mixed"


def _family(name: str) -> str:
    """Tags and variation selectors are one family each, whatever their number."""
    return "TAG" if name.startswith("TAG-") else "VS" if name.startswith(("VS", "FVS")) else name
