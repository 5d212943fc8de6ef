"""The text side of the pass: find every fingerprint, normalise, and what a release refuses.

These are the functions the review and release layers call:

- `find(text)`: every text finding, in text order, positions into `text`;
- `normalise(text, rules)`: the kinds the policy says to normalise, rewritten the same
  fixed way whatever each copy did (see each module for exactly how);
- `residual(text, allowed)`: what is still there after normalisation, for the release
  gate to refuse. Copy markings are left to review and redaction, so they are not
  residual: a marking an editor decided to keep is the editor's call.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from workstation.fingerprints import (
    combining_marks,
    copy_markings,
    homoglyphs,
    invisible,
    patterns,
)
from workstation.fingerprints.finding import FingerprintFinding

if TYPE_CHECKING:  # pydantic is slow to import, and the parser child imports this package
    from workstation.policy.model import FingerprintRules

MECHANICAL_KINDS = (
    "invisible",
    "unusual_space",
    "homoglyph",
    "combining_mark",
    "whitespace",
    "punctuation",
)
"""Text kinds normalisation can remove, in the order it removes them."""

_FINDERS: tuple[Callable[[str], list[FingerprintFinding]], ...] = (
    invisible.find,
    homoglyphs.find,
    combining_marks.find,
    patterns.find,
    copy_markings.find,
)
_FIXES: dict[str, Callable[[str], str]] = {
    "invisible": invisible.remove_invisible,
    "unusual_space": invisible.ordinary_spaces,
    "homoglyph": homoglyphs.fix,
    "combining_mark": combining_marks.fix,
    "whitespace": patterns.fix_whitespace,
    "punctuation": patterns.fix_punctuation,
}


def find(text: str) -> list[FingerprintFinding]:
    """Every text finding, ordered by position."""
    found = [finding for finder in _FINDERS for finding in finder(text)]
    return sorted(found, key=lambda finding: (finding.start, finding.end, finding.kind))


def normalise(text: str, rules: FingerprintRules | None = None, also: Collection[str] = ()) -> str:
    """The text with every kind the policy normalises (plus `also`, kinds an editor
    accepted) rewritten. Accented letters are always composed (NFC) first when
    homoglyphs or marks are normalised, so "é" written two ways comes out one way."""
    kinds = normalised_kinds(rules or _default_rules(), also)
    for kind in MECHANICAL_KINDS:
        if kind == "homoglyph" and kind in kinds:
            text = combining_marks.compose(text)
        if kind in kinds:
            text = _FIXES[kind](text)
    return text


def residual(text: str, allowed: Collection[str] = ()) -> list[FingerprintFinding]:
    """Mechanical findings still in `text` (an output about to be released), except the
    kinds in `allowed` (kinds an editor reviewed and chose to keep)."""
    return [
        finding
        for finding in find(text)
        if finding.kind in MECHANICAL_KINDS and finding.kind not in allowed
    ]


def _default_rules() -> FingerprintRules:
    from workstation.policy.model import FingerprintRules  # noqa: PLC0415

    return FingerprintRules()


def normalised_kinds(rules: FingerprintRules, also: Collection[str] = ()) -> set[str]:
    return {kind for kind in MECHANICAL_KINDS if rules.action(kind) == "normalise"} | set(also)
