"""Whitespace and punctuation habits that differ between copies of one document.

A sender can tell copies apart by giving each a different pattern of double spaces after
sentences, trailing spaces, straight or curly quotes, or hyphens, en or em dashes. A
finding is reported where one document mixes styles (the minority style is the likely
mark); normalisation writes every copy the same fixed way, whatever each copy did, so two
copies that differ only in these habits come out identical:

- one space between sentences, no spaces or tabs at the end of a line;
- straight quotes and apostrophes (" and ');
- a dash between words as a spaced em dash (" — "); an en dash between digits as "-".

Guillemets and other language-specific quotation marks are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workstation.fingerprints.character_labels import markers
from workstation.fingerprints.finding import FingerprintFinding

TRAILING = re.compile(r"[ \t]+(?=[\n\f]|\Z)")
SENTENCE_GAP = re.compile(r"(?<=[.!?])(?:[\"')\]’”])?( +)(?=[^\s])")
DOUBLE_QUOTES = {'"': "straight", "“": "curly", "”": "curly", "„": "low", "‟": "curly"}
SINGLE_QUOTES = {"'": "straight", "‘": "curly", "’": "curly", "‚": "low", "‛": "curly"}
WORD_DASH = re.compile(
    r"(?<=\S)(?:[ ]*[—―]|[ ]+(?:--|–|-)(?=[ —―])|(?<=[—―])[ ]*(?:--|–|-))+[ ]*(?=\S)"
    r"|(?<=\w)--(?=\w)"
)
"""A dash between words with the spaces around it: an em dash or bar however spaced, a
hyphen, en dash or double hyphen with spaces on both sides or right after an em dash, or
a double hyphen between letters. Dashes in a row are one dash."""
RANGE_DASH = re.compile(r"(?<=\d)[-–](?=\d)")
CANONICAL_DASH = " — "

WHY = {
    "trailing-space": "spaces at the end of some lines only can tell copies apart",
    "sentence-spacing": "two spaces after some sentences and one after others can tell "
    "copies apart",
    "mixed-quotes": "a mix of straight and curly quotes can tell copies apart",
    "mixed-dashes": "a mix of dash styles can tell copies apart",
}


@dataclass(frozen=True)
class _Styled:
    start: int
    end: int
    style: str
    replacement: str


def find(text: str) -> list[FingerprintFinding]:
    """Trailing spaces, and the minority style wherever a document mixes styles."""
    found = [
        _finding("whitespace", "trailing-space", m.start(), m.end(), m.group(), "")
        for m in TRAILING.finditer(text)
    ]
    gaps = [
        _Styled(m.start(1), m.end(1), "double" if len(m.group(1)) > 1 else "single", " ")
        for m in SENTENCE_GAP.finditer(text)
    ]
    found += [
        _finding(
            "whitespace",
            "sentence-spacing",
            gap.start,
            gap.end,
            text[gap.start : gap.end],
            gap.replacement,
        )
        for gap in _when_mixed(gaps, only="double")
    ]
    for styled in (_quotes(text, DOUBLE_QUOTES, '"'), _quotes(text, SINGLE_QUOTES, "'")):
        found += [
            _finding(
                "punctuation", "mixed-quotes", q.start, q.end, text[q.start : q.end], q.replacement
            )
            for q in _minority(styled)
        ]
    for dashes in (_word_dashes(text), _range_dashes(text)):
        found += [
            _finding(
                "punctuation", "mixed-dashes", d.start, d.end, text[d.start : d.end], d.replacement
            )
            for d in _minority(dashes)
        ]
    return sorted(found, key=lambda finding: finding.start)


def fix_whitespace(text: str) -> str:
    """No trailing spaces; one space between sentences."""
    text = TRAILING.sub("", text)
    return SENTENCE_GAP.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " ", text)


def fix_punctuation(text: str) -> str:
    """Straight quotes; spaced em dashes between words; hyphens in number ranges."""
    text = text.translate(str.maketrans({**_to(DOUBLE_QUOTES, '"'), **_to(SINGLE_QUOTES, "'")}))
    text = WORD_DASH.sub(CANONICAL_DASH, text)
    return RANGE_DASH.sub("-", text)


def _to(styles: dict[str, str], canonical: str) -> dict[str, str | int | None]:
    return {char: canonical for char in styles if char != canonical}


def _quotes(text: str, styles: dict[str, str], canonical: str) -> list[_Styled]:
    pattern = "[" + re.escape("".join(styles)) + "]"
    return [
        _Styled(m.start(), m.end(), styles[m.group()], canonical)
        for m in re.finditer(pattern, text)
    ]


def _word_dashes(text: str) -> list[_Styled]:
    return [
        _Styled(m.start(), m.end(), m.group().strip(), CANONICAL_DASH)
        for m in WORD_DASH.finditer(text)
    ]


def _range_dashes(text: str) -> list[_Styled]:
    return [_Styled(m.start(), m.end(), m.group(), "-") for m in RANGE_DASH.finditer(text)]


def _minority(items: list[_Styled]) -> Iterator[_Styled]:
    """The items written in a less common style, when there is more than one style."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.style] = counts.get(item.style, 0) + 1
    if len(counts) < 2:
        return
    majority = max(sorted(counts), key=counts.__getitem__)
    yield from (item for item in items if item.style != majority)


def _when_mixed(items: list[_Styled], only: str) -> Iterator[_Styled]:
    if len({item.style for item in items}) > 1:
        yield from (item for item in items if item.style == only)


def _finding(
    kind: str, code: str, start: int, end: int, found: str, replacement: str
) -> FingerprintFinding:
    shown = _show(found)
    return FingerprintFinding(kind, code, WHY[code], start, end, 1, shown, replacement)


def _show(found: str, visible: Callable[[str], bool] = lambda c: c not in " \t") -> str:
    """Spaces as markers (<SP>, <TAB>); quotes and dashes as they are."""
    return "".join(
        char if visible(char) else "<SP>" if char == " " else markers(char).replace("U+0009", "TAB")
        for char in found
    )
