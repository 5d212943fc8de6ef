"""Skeletons and the word-aligned, edit-bounded search of `legible`."""

from __future__ import annotations

import pytest

from workstation.pixels.legible import (
    allowed_edits,
    legible_terms,
    name_parts,
    skeleton,
    skeleton_words,
)


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("Gregor", "Qreqor"),  # q for g
        ("Ilija", "1lija"),  # 1 for I
        ("Olga", "0lga"),  # zero for O
        ("Miriam", "Mlriam"),
        ("Samir", "5amir"),
        ("Bob", "8ob"),
        ("Amir", "Arnir"),  # rn for m
        ("Wawa", "VVawa"),
        ("Claude", "Ciaude"),
        ("Jürgen", "Jiirgen"),  # the English model's umlaut
        ("Marić", "Maric"),
        ("Strauß", "STRAUSS"),
        ("ﬁnn", "Finn"),  # ligature
    ],
)
def test_ocr_look_alikes_share_a_skeleton(shown: str, read: str) -> None:
    assert skeleton(shown) == skeleton(read)


def test_punctuation_splits_words() -> None:
    assert skeleton_words("Vesk's, (Jean-Luc)") == ("vesk", "s", "jean", "luc")


@pytest.mark.parametrize(
    "words",
    [
        ["met", "Radomir", "Vesk", "today"],
        ["met", "RadomirVesk", "today"],  # the space lost
        ["met", "Rado-", "mir", "Vesk"],  # hyphenated across a line
        ["met", "Radomir", "Vesk,"],
        ["met", "Radomlr", "Vesk"],  # l for i: same skeleton
        ["met", "Radonir", "Vesk"],  # one letter wrong: within the budget of 11
        ["met", "Radnir", "Vesk"],  # two edits, still within it
    ],
)
def test_a_name_is_found_through_ocr_noise(words: list[str]) -> None:
    assert legible_terms(["Radomir Vesk"], words) == [0]


@pytest.mark.parametrize(
    ("term", "words"),
    [
        ("Ann", ["the", "annual", "report"]),  # inside a longer word
        ("Vesk", ["Vesko", "was", "here"]),  # short terms: no edits allowed
        ("Radomir Vesk", ["Radomir", "Vukovic"]),
        ("Radomir Vesk", ["Rado", "was", "mir", "Vesk"]),  # not consecutive
    ],
)
def test_other_words_are_not_the_term(term: str, words: list[str]) -> None:
    assert legible_terms([term], words) == []


def test_a_budget_grows_with_length() -> None:
    assert [allowed_edits(n) for n in (3, 5, 6, 10, 11, 30)] == [0, 0, 1, 1, 2, 2]


def test_only_the_terms_that_are_legible_are_named() -> None:
    terms = ["Luka Ferenc", "Radomir Vesk", "Mirela Kostov"]
    assert legible_terms(terms, ["Kostov", "met", "Mirela", "Kostov"]) == [2]


def test_name_parts_skip_initials_particles_and_single_words() -> None:
    assert name_parts("Radomir Vesk") == ["Radomir", "Vesk"]
    assert name_parts("Ludwig van der Berg") == ["Ludwig", "Berg"]
    assert name_parts("J. R. Li") == []
    assert name_parts("Jean-Luc Picard") == ["Jean", "Luc", "Picard"]
    assert name_parts("Radomir") == []
