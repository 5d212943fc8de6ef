"""Untrusted text printed by the CLI carries no live control, bidi or invisible character."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.terminal import UNSAFE_CATEGORIES, neutralise, neutralise_line

# Written out here, not taken from the module, so narrowing the module fails these tests.
MUST_ESCAPE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})

BRIEFED_CHARACTERS = (
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t"]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + ["\u061c", "\u200e", "\u200f"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\U000e0041"]
    + ["\u2028", "\u2029", "\udcff"]
)

hostile_text = st.text(
    st.one_of(
        st.characters(exclude_categories=()),
        st.characters(categories=["Cc", "Cf", "Cs", "Zl", "Zp"]),
        st.sampled_from([*BRIEFED_CHARACTERS, "\n", "\t", "\\"]),
    )
)
printable_text = st.text(st.characters(categories=["L", "M", "N", "P", "S", "Zs"]))


def unsafe_in(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in MUST_ESCAPE]


@given(hostile_text)
def test_document_output_keeps_only_newlines_and_tabs(text: str) -> None:
    assert set(unsafe_in(neutralise(text))) <= {"\n", "\t"}


@given(hostile_text)
def test_line_output_has_no_unsafe_character_at_all(text: str) -> None:
    assert unsafe_in(neutralise_line(text)) == []


@given(hostile_text)
def test_neutralising_twice_changes_nothing_more(text: str) -> None:
    once = neutralise(text)
    assert neutralise(once) == once


@given(printable_text)
def test_printable_text_passes_unchanged(text: str) -> None:
    assert neutralise(text) == text
    assert neutralise_line(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Café déjà vu, Ærøskøbing, naïve façade",
        "外交电报 機密 외교 전문",
        "Посольство США, Москва",
        "سفارة الولايات المتحدة",
        "Sources 🙂🔒📄 and flags 🇵🇰",
        "C:\\Users\\editor\\cable.txt",
        "line one\n\tindented line two\n",
    ],
)
def test_real_world_text_is_untouched(text: str) -> None:
    assert neutralise(text) == text


@pytest.mark.parametrize("char", [*BRIEFED_CHARACTERS, "\n", "\t"])
def test_each_character_becomes_its_repr_escape(char: str) -> None:
    assert neutralise_line(char) == repr(char)[1:-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b]0;owned\x07title", "\\x1b]0;owned\\x07title"),
        ("\x1b[2J\x1b[31mred", "\\x1b[2J\\x1b[31mred"),
        ("secret\rpublic", "secret\\rpublic"),
        ("report\u202efdp.exe", "report\\u202efdp.exe"),
        ("Dario\u200bMellavec", "Dario\\u200bMellavec"),
        ("tag\U000e0068\U000e0069", "tag\\U000e0068\\U000e0069"),
        ("a\u2028b", "a\\u2028b"),
        ("\x9b31m", "\\x9b31m"),
    ],
)
def test_attacks_are_shown_not_performed(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_crlf_keeps_the_newline_but_shows_the_carriage_return() -> None:
    assert neutralise("one\r\ntwo") == "one\\r\ntwo"


def test_one_line_fields_cannot_fake_extra_lines() -> None:
    assert neutralise_line("cable.txt\nOK: verified\tsigned") == (
        "cable.txt\\nOK: verified\\tsigned"
    )
    assert neutralise("cable.txt\n", keep_newlines=False) == "cable.txt\\n"


def test_megabytes_of_text_are_fast() -> None:
    clean = "Ambassador met the minister; Привет, 中文, café. " * 100_000  # ~5 MB
    dirty = "line\r\n" * 200_000
    neutralise("warm up the cached pattern")
    started = time.perf_counter()
    assert neutralise(clean) == clean
    assert neutralise(dirty).count("\\r") == 200_000
    assert time.perf_counter() - started < 2.0


def test_the_published_categories_are_the_escaped_ones() -> None:
    assert UNSAFE_CATEGORIES == MUST_ESCAPE
