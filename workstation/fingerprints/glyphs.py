"""One-cell glyphs that make invisible characters visible in the review view.

The review view maps each character of the text to one terminal cell, so a caret, a
mouse click and a proposal's highlight all land on the right offset. A zero-width
space takes no cell and a bidi override reorders the line, which would break that
mapping (and hide a canary trap); so each such character is drawn as one visible
glyph instead, never as a longer label. The help screen explains the glyphs.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from workstation.fingerprints.invisible import invisible_pattern, space_pattern

UNUSUAL_SPACE = "\u2423"  # ␣ a space that is not the ordinary space
INVISIBLE = "\u00a6"  # ¦ zero-width characters, joiners, soft hyphen, tags, selectors
DIRECTION = "\u21c4"  # ⇄ bidi controls: they reorder text on screen
LINE_BREAK = "\u21b5"  # ↵ line and paragraph separators
CONTROL = "\u00b7"  # · any other control or unassigned character

LEGEND = (
    (UNUSUAL_SPACE, "unusual space (no-break, thin, hair, figure, ideographic...)"),
    (INVISIBLE, "invisible character (zero-width space, joiner, soft hyphen, BOM...)"),
    (DIRECTION, "direction control (bidi): reorders text on screen"),
    (LINE_BREAK, "line or paragraph separator"),
    (CONTROL, "other control character (tab, page break, ...)"),
)
"""Each glyph and what it stands for, for the help screen."""

BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
SEPARATORS = frozenset("\u2028\u2029\u0085")
UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


@functools.cache
def glyph(char: str) -> str | None:
    """The glyph drawn for ``char``, or None when it prints as itself (newlines too)."""
    if char == "\n":
        return None
    if char in BIDI:
        return DIRECTION
    if char in SEPARATORS:
        return LINE_BREAK
    if space_pattern().fullmatch(char):
        return UNUSUAL_SPACE
    if invisible_pattern().fullmatch(char):
        return INVISIBLE
    if unicodedata.category(char) in UNPRINTABLE:
        return CONTROL
    return None


def with_glyphs(text: str) -> tuple[str, list[int]]:
    """The text with each invisible character replaced by its glyph (same length, so
    offsets are unchanged), and the offsets replaced, in order."""
    table = {ord(char): shown for char in set(text) if (shown := glyph(char)) is not None}
    if not table:
        return text, []
    replaced = re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")
    return text.translate(table), [match.start() for match in replaced.finditer(text)]
