"""The fingerprint test corpus: documents written by the tests, with each kind planted at
a known position, so every finding can be checked against where it was put.

Nothing here is a real document; names are fictional.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from workstation.fingerprints.scripts import LATIN, confusable_class, lookalike_in, script


@dataclass(frozen=True)
class Planted:
    """A text with marks planted at known offsets: kind, code and position of each."""

    text: str
    marks: list[tuple[str, str, int]]


def plant(pieces: list[str | tuple[str, str, str]]) -> Planted:
    """Join plain strings and (kind, code, planted) pieces, recording where each went."""
    text, marks = "", []
    for piece in pieces:
        if isinstance(piece, tuple):
            kind, code, planted = piece
            marks.append((kind, code, len(text)))
            text += planted
        else:
            text += piece
    return Planted(text, marks)


WATERMARKED_MEMO = plant(
    [
        "MEMORANDUM\n\nThe minister met ",
        ("invisible", "ZWSP", "\u200b"),
        "the envoy in Corvenna on Tuesday.",
        ("invisible", "ZWNJ", "\u200c"),
        " The talks with J",
        ("homoglyph", "mixed-script", "о"),  # Cyrillic o
        "hn Marsh went well. Budget: 2",
        ("homoglyph", "digit-lookalike", "O"),
        "19 figures, ",
        ("unusual_space", "THINSP", "\u2009"),
        "approved",
        ("invisible", "WJ", "\u2060"),
        ". Signed",
        ("invisible", "SHY", "\u00ad"),
        " off by ",
        ("invisible", "RLO", "\u202e"),
        "the office",
        ("invisible", "TAG", "\U000e0041\U000e0042"),
        ".",
        ("whitespace", "trailing-space", "  "),
        "\nCopy ",
        "of the note follows",
        ("invisible", "BOM", "\ufeff"),
        ": all is well",
        ("unusual_space", "NBSP", "\u00a0"),
        "here",
        ("invisible", "VS", "\ufe0f"),
        ".\n",
    ]
)


def recoverable_lookalikes() -> dict[str, list[str]]:
    """For each ASCII letter, the Cyrillic and Greek letters of the same case that imitate it
    and that the normaliser maps back to it (UTS #39 data, not a hand list)."""
    table: dict[str, list[str]] = {}
    for letter in string.ascii_letters:
        candidates = [
            glyph
            for glyph in confusable_class(letter)
            if glyph.isalpha()
            and script(glyph) in ("CYRILLIC", "GREEK")
            and glyph.isupper() == letter.isupper()
            and lookalike_in(glyph, LATIN, letter.isupper()) == letter
        ]
        if candidates:
            table[letter] = candidates
    return table
