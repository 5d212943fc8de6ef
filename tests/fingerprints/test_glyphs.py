"""The review view's glyphs: every invisible character is one visible cell, offsets kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from workstation.fingerprints import find
from workstation.fingerprints.glyphs import (
    CONTROL,
    DIRECTION,
    INVISIBLE,
    LINE_BREAK,
    UNUSUAL_SPACE,
    glyph,
    with_glyphs,
)

HIDDEN = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f\ufe0f\U000e0041\u3164"
SPACES = "\u00a0\u2009\u200a\u2007\u3000\u202f"
BIDI = "\u200e\u200f\u202a\u202e\u2066\u2069\u061c"


def test_each_family_has_its_glyph() -> None:
    assert {glyph(char) for char in HIDDEN} == {INVISIBLE}
    assert {glyph(char) for char in SPACES} == {UNUSUAL_SPACE}
    assert {glyph(char) for char in BIDI} == {DIRECTION}
    assert {glyph(char) for char in "\u2028\u2029\u0085"} == {LINE_BREAK}
    assert {glyph(char) for char in "\t\x0c\x1b\ue000"} == {CONTROL}
    assert [glyph(char) for char in "\n aé€—Ж"] == [None] * 7


def test_a_canary_trap_is_drawn_one_cell_per_character() -> None:
    text = "The amb\u200bass\u200b\u200bador met P\u0430ris.\u00a0Noted \u202eevil\u202c.\n"
    shown, offsets = with_glyphs(text)
    assert shown == "The amb¦ass¦¦ador met P\u0430ris.␣Noted ⇄evil⇄.\n"
    assert offsets == [7, 11, 12, 28, 35, 40]
    assert cell_len(shown[:-1]) == len(text) - 1  # the newline takes no cell
    hidden = [f.start for f in find(text) if f.kind in ("invisible", "unusual_space")]
    assert set(hidden) <= set(offsets)  # every finding's place carries a glyph


def test_text_without_invisible_characters_is_left_alone() -> None:
    text = "Radomir Vesk met the envoy — “quietly”, in Zürich.\n"
    assert with_glyphs(text) == (text, [])


@given(st.lists(st.sampled_from(list("ab c\n") + list(HIDDEN + SPACES + BIDI)), max_size=60))
def test_offsets_never_move(chars: list[str]) -> None:
    text = "".join(chars)
    shown, offsets = with_glyphs(text)
    assert len(shown) == len(text)
    assert cell_len(shown.replace("\n", "")) == len(text.replace("\n", ""))
    assert offsets == [i for i, (a, b) in enumerate(zip(text, shown, strict=True)) if a != b]
