"""Which script a character belongs to, and its look-alikes, from Unicode's own data.

Both come from the confusable-homoglyphs package: its `categories.json` is Unicode's
Scripts.txt, its `confusables.json` the UTS #39 confusables table grouped by prototype.
Nothing here is a hand-made list of look-alike letters.
"""

from __future__ import annotations

import functools
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from types import ModuleType

LATIN = "LATIN"
NEUTRAL = frozenset({"COMMON", "INHERITED", "Unknown"})
ASCII_LETTERS = frozenset(string.ascii_letters)
_BIDI_MARKS = "\u200e\u200f"
"""The data wraps right-to-left glyphs in LRMs for display; they are not part of them."""


@functools.cache
def _tables() -> tuple[ModuleType, ModuleType]:
    """The package reads both tables (1 MB of JSON) when imported: only on first use."""
    from confusable_homoglyphs import categories, confusables  # noqa: PLC0415

    return categories, confusables


@functools.lru_cache(maxsize=8192)
def script(char: str) -> str:
    """The Unicode script of a character: LATIN, CYRILLIC, GREEK, COMMON, ..."""
    if char in ASCII_LETTERS:
        return LATIN
    return str(_tables()[0].alias(char))


@functools.lru_cache(maxsize=8192)
def lookalikes(char: str) -> tuple[str, ...]:
    """Single characters UTS #39 says can be mistaken for `char` (itself excluded)."""
    found = _tables()[1].confusables_data.get(char) or []
    glyphs = (str(entry["c"]).strip(_BIDI_MARKS) for entry in found)
    return tuple(glyph for glyph in glyphs if len(glyph) == 1 and glyph != char)


@functools.cache
def confusable_characters() -> frozenset[str]:
    """Every single character the confusables table lists."""
    return frozenset(char for char in _tables()[1].confusables_data if len(char) == 1)


@functools.lru_cache(maxsize=8192)
def confusable_class(char: str) -> tuple[str, ...]:
    """Every single character in `char`'s confusable group.

    The table lists, for most characters, only the group's prototype (Cyrillic "І" -> "l");
    the prototype's own entry lists the whole group ("I", "1", "|", ...).
    """
    members = dict.fromkeys(lookalikes(char))
    for glyph in list(members):
        members.update(dict.fromkeys(lookalikes(glyph)))
    members.pop(char, None)
    return tuple(members)


def dominant_script(letters: Iterable[str], prefer: str = LATIN) -> str:
    """The script most letters are written in; a tie goes to `prefer` when it is tied."""
    return most_common_script(Counter(script(char) for char in letters), prefer)


def most_common_script(counts: Counter[str], prefer: str = LATIN) -> str:
    """The script with the highest count, ignoring neutral ones; ties go to `prefer`."""
    counts = Counter({name: n for name, n in counts.items() if name not in NEUTRAL and n})
    if not counts:
        return prefer
    best = max(counts.values())
    tied = sorted(name for name, count in counts.items() if count == best)
    return prefer if prefer in tied else tied[0]


def lookalike_in(char: str, target: str, upper: bool) -> str | None:
    """The letter of script `target` that `char` imitates, or None.

    When several qualify (Cyrillic "І" looks like Latin "I" and "l") the one of the
    expected case wins, then an ASCII letter, then the one whose Unicode name ends the
    same way ("... LETTER A" for "... LETTER A").
    """
    candidates = [
        glyph
        for glyph in confusable_class(char)
        if glyph.isalpha() and script(glyph) == target and (glyph.isascii() or target != LATIN)
    ]
    if not candidates:
        return None
    suffix = unicodedata.name(char, "").rsplit(" ", 1)[-1]

    def rank(glyph: str) -> tuple[bool, bool, bool]:
        same_case = glyph.isupper() == upper if glyph.lower() != glyph.upper() else True
        named = unicodedata.name(glyph, "").rsplit(" ", 1)[-1] == suffix
        return (not same_case, not glyph.isascii(), not named)

    return min(candidates, key=rank)


def digit_lookalike(char: str) -> str | None:
    """The ASCII digit `char` imitates ("O" and Cyrillic "О" for 0, "l" for 1), or None."""
    if char.isdigit():
        return None
    for glyph in lookalikes(char):
        if glyph in string.digits:
            return glyph
    if char in string.ascii_letters:
        return None
    for glyph in lookalikes(char):  # Cyrillic О -> Latin O -> 0
        for second in lookalikes(glyph) if glyph.isascii() else ():
            if second in string.digits:
                return second
    return None
