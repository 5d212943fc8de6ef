"""Characters a reader cannot see but a copy can carry: zero-width, bidi controls, tags.

They are how a leaked copy gets fingerprinted (canary traps) and how a name can hide
from a naive search, so released text loses them and the gate refuses any that remain.
"""

from __future__ import annotations

import unicodedata

_FILLERS = frozenset("\u115f\u1160\u2800\u3164\uffa0\u034f")
"""Letters that render as nothing (Hangul fillers, braille blank, grapheme joiner)."""


def is_invisible(char: str) -> bool:
    """Format characters (Cf: zero-width, bidi, tags, soft hyphen), variation selectors,
    fillers, and control characters other than tab and line breaks."""
    code = ord(char)
    if char in "\t\n\r":
        return False
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return char in _FILLERS or unicodedata.category(char) in ("Cf", "Cc")


def first_invisible(text: str) -> tuple[int, str] | None:
    """Offset and code point (U+XXXX) of the first invisible character, if any."""
    for index, char in enumerate(text):
        if is_invisible(char):
            return index, f"U+{ord(char):04X}"
    return None


def strip_invisible(text: str) -> str:
    return "".join(char for char in text if not is_invisible(char))
